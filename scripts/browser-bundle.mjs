// The core must run in a browser: bundle src/index.ts for esbuild's "browser" platform, where
// a Node built-in (node:fs, path, worker_threads…) does not resolve and fails the build. Also
// fails on any import of a module outside the three runtime dependencies, and prints the size
// a web page pays (minified, and gzipped). The CLI (src/cli) is Node-only and not checked here.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const allowed = new Set(["decimal.js", "zod", "date-fns"]);
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

let result;
try {
  result = await build({
    entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    outfile: "kryterium.browser.js",
    define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
    logLevel: "silent",
  });
} catch (e) {
  for (const m of e.errors ?? []) {
    const where = m.location ? `${m.location.file}:${m.location.line}: ` : "";
    console.error(`browser-bundle: ${where}${m.text}`);
  }
  console.error("browser-bundle: FAILED — the core imports something a browser does not have (only src/cli may use Node built-ins).");
  process.exit(1);
}

const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const stray = [...packages].filter((p) => !allowed.has(p));
if (stray.length) {
  console.error(`browser-bundle: FAILED — the core pulls in packages other than ${[...allowed].join(", ")}: ${stray.join(", ")}`);
  process.exit(1);
}
const code = result.outputFiles[0].contents;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const inputs = result.metafile.outputs["kryterium.browser.js"].inputs;
const share = (test) => Object.entries(inputs).filter(([k]) => test(k)).reduce((a, [, v]) => a + v.bytesInOutput, 0);
console.log(
  `browser-bundle: ok — ${kb(code.length)} minified, ${kb(gzipSync(code).length)} gzipped ` +
    `(compiled rules ${kb(share((k) => k.endsWith("rules/generated.ts")))}, ` +
    `dependencies ${kb(share((k) => k.includes("node_modules")))}: ${[...packages].sort().join(", ")})`,
);
