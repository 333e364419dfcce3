// Core bundle size budget: dist/index.js minified by esbuild, without its three runtime
// dependencies (decimal.js, zod, date-fns stay external), measured gzipped — the budget is
// 70 kB gzip (settled with the project's owner). Run after `npm run build`.
//
//   node bench/size.mjs                 fails above the budget, 70 kB gzipped (70 000 bytes)
//   node bench/size.mjs --limit BYTES   fails above another gzipped ceiling
//
// Prints the size and what takes it: the compiled rules (rules/generated.ts), the messages
// and labels in two languages (src/explain/messages.ts, labels.ts), the zod household schema
// (src/household/schema.ts), and the rest of the code — the parts a split of the core would
// move out, and what would stay.
// `npm run size` is the check CI runs (.ci/run).

import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const TARGET = 70_000;
const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** How the core is bundled for measuring: minified, its three dependencies left out. */
const MINIFIED_CORE = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["decimal.js", "zod", "date-fns"],
  write: false,
  metafile: true,
  outfile: "core.min.js",
  logLevel: "silent",
};

/**
 * Measures dist/index.js (or `file`): { bytes, gzip, rules, text, schema }, the last three the
 * shares of the compiled rule data, of the messages and labels, and of the zod household schema.
 */
export async function coreSize(file = entry) {
  if (!existsSync(file)) throw new Error(`size: ${file} not found — run npm run build first`);
  const result = await build({ ...MINIFIED_CORE, entryPoints: [file] });
  const code = result.outputFiles[0].contents;
  const bytes = code.length;
  const gzip = gzipSync(code).length;
  return { bytes, gzip, ...(await shares()) };
}

/** The source files of each share, by the end of their path under src/. */
const SHARES = {
  rules: ["rules/generated.ts"],
  text: ["explain/messages.ts", "explain/labels.ts"],
  schema: ["household/schema.ts"],
};

/** Bytes of the minified core that each share takes (bundling src/, as dist/index.js is one file); undefined without src/. */
async function shares() {
  const src = fileURLToPath(new URL("../src/index.ts", import.meta.url));
  if (!existsSync(fileURLToPath(new URL("../rules/generated.ts", import.meta.url)))) return {};
  try {
    const result = await build({ ...MINIFIED_CORE, entryPoints: [src], define: { __KRYTERIUM_VERSION__: '"0.0.0"' } });
    const inputs = Object.entries(result.metafile.outputs["core.min.js"].inputs);
    const of = (files) => inputs.filter(([k]) => files.some((f) => k.endsWith(f))).reduce((a, [, v]) => a + v.bytesInOutput, 0);
    return { rules: of(SHARES.rules), text: of(SHARES.text), schema: of(SHARES.schema) };
  } catch {
    return {};
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--limit");
  const limit = i > 0 ? Number(process.argv[i + 1]) : TARGET;
  if (!Number.isFinite(limit) || limit <= 0) {
    console.error("size: --limit expects a number of bytes (gzipped)");
    process.exit(2);
  }
  const { bytes, gzip, rules, text, schema } = await coreSize();
  const verdict = gzip <= limit ? "ok" : "FAILED";
  const share =
    rules === undefined
      ? ""
      : ` (compiled rules about ${kB(rules)}, messages and labels ${kB(text)}, zod household schema ${kB(schema)}, the rest of the code ${kB(bytes - rules - text - schema)})`;
  console.log(`size: ${verdict} — core bundle ${kB(bytes)} minified${share}, ${kB(gzip)} gzipped, without decimal.js, zod, date-fns; gzipped limit ${kB(limit)}${limit === TARGET ? "" : `; budget ${kB(TARGET)}`}`);
  if (gzip > limit) process.exit(1);
}
