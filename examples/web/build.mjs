// Builds the screener page into examples/web/dist/: app.js bundled with the library (the
// built ESM of this repository, dist/index.js and dist/questions.js — run `npm run build` first)
// for browsers.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { build } from "esbuild";

const here = new URL("./", import.meta.url);
const out = new URL("dist/", here);
const library = new URL("../../dist/index.js", here).pathname;
const questions = new URL("../../dist/questions.js", here).pathname;
if (!existsSync(library)) {
  console.error("build:web: dist/index.js is missing — run `npm run build` first");
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [new URL("app.js", here).pathname],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  alias: { kryterium: library, "kryterium/questions": questions },
  outfile: new URL("app.js", out).pathname,
  metafile: true,
  logLevel: "warning",
});
for (const f of ["index.html", "style.css"]) copyFileSync(new URL(f, here), new URL(f, out));
const bytes = Object.values(result.metafile.outputs).reduce((a, o) => a + o.bytes, 0);
console.log(`build:web: wrote examples/web/dist/ (app.js ${(bytes / 1024).toFixed(1)} KiB)`);
