// Bundle sizes, each entry minified by esbuild without the three runtime dependencies
// (decimal.js, zod, date-fns stay external), measured gzipped. Run after `npm run build`.
//
// The budget is on the core, `kryterium/core` (dist/core.js): the engine, the household schema,
// the helpers, the explanations — everything but the law. It is 70 kB gzip (settled with the
// project's owner). The law is in packs, each a subpath of its own (`kryterium/packs/pl`,
// `…/krakow`, `…/krasnik`), so an app bundles only the law it applies; `kryterium` is the core
// plus every bundled pack (the default engine). Those are reported, as is what importing the
// helpers alone (`decodePesel`, `ageOn`) costs — and that must hold no law: the check fails if a
// citation ("Dz.U.") reaches the core or the helpers.
//
//   node bench/size.mjs                 fails when the core is above the budget, 70 kB gzipped
//   node bench/size.mjs --limit BYTES   fails above another gzipped ceiling for the core
//
// `npm run size` is the check CI runs (.ci/run).

import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const TARGET = 70_000;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/** How an entry is bundled for measuring: minified, the three dependencies left out. */
const MINIFIED = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["decimal.js", "zod", "date-fns"],
  write: false,
  outfile: "measured.min.js",
  logLevel: "silent",
};

/** What the law looks like in a bundle: every rule version carries a citation, and they name a Dz.U. position. */
const LAW = "Dz.U.";

async function measure(options) {
  const code = (await build({ ...MINIFIED, ...options })).outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code).length, law: Buffer.from(code).toString("utf8").includes(LAW) };
}

const file = (name) => {
  const path = `${dist}${name}.js`;
  if (!existsSync(path)) throw new Error(`size: ${path} not found — run npm run build first`);
  return path;
};

/**
 * Measures the built entries: { core, helpers, whole, packs: { pl, krakow, krasnik } }, each
 * { bytes, gzip, law } — minified bytes, gzipped bytes, and whether a citation is in it.
 */
export async function bundleSizes() {
  const core = await measure({ entryPoints: [file("core")] });
  const helpers = await measure({ stdin: { contents: `export { decodePesel, ageOn } from ${JSON.stringify(file("core"))};`, resolveDir: dist } });
  const whole = await measure({ entryPoints: [file("index")] });
  const packs = {};
  for (const id of ["pl", "krakow", "krasnik"]) packs[id] = await measure({ entryPoints: [file(`packs/${id}`)] });
  return { core, helpers, whole, packs };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const both = (m) => `${kB(m.bytes)} minified, ${kB(m.gzip)} gzipped`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--limit");
  const limit = i > 0 ? Number(process.argv[i + 1]) : TARGET;
  if (!Number.isFinite(limit) || limit <= 0) {
    console.error("size: --limit expects a number of bytes (gzipped)");
    process.exit(2);
  }
  const { core, helpers, whole, packs } = await bundleSizes();
  const failures = [];
  if (core.gzip > limit) failures.push(`the core is ${kB(core.gzip)} gzipped, over ${kB(limit)}`);
  if (core.law) failures.push(`the core holds law (a "${LAW}" citation)`);
  if (helpers.law) failures.push(`decodePesel and ageOn alone pull in law (a "${LAW}" citation)`);
  console.log(`size: ${failures.length === 0 ? "ok" : "FAILED"} — without decimal.js, zod, date-fns:`);
  console.log(`  kryterium/core           ${both(core)} (gzipped limit ${kB(limit)}${limit === TARGET ? "" : `; budget ${kB(TARGET)}`})`);
  console.log(`  decodePesel + ageOn      ${both(helpers)}`);
  for (const [id, m] of Object.entries(packs)) console.log(`  kryterium/packs/${id.padEnd(8)} ${both(m)} (its rules and the few lines that freeze them)`);
  console.log(`  kryterium                ${both(whole)} (the core and every bundled pack)`);
  for (const f of failures) console.log(`size: ${f}`);
  if (failures.length > 0) process.exit(1);
}
