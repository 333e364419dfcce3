// Compares two builds of the library on the full catalogue, for a change too small to see
// through this machine's drift: fresh processes of the `throughput` task alternate between build
// A and build B, and the medians are compared. Not part of `npm run bench`.
//
//   node bench/ab.mjs DIR_A DIR_B [--households N] [--rounds R]
//
// DIR_A and DIR_B each hold a built index.js (a copy of dist/). They must sit inside this
// repository (e.g. node_modules/.cache/ab/a) so that index.js finds decimal.js, zod and date-fns:
//   mkdir -p node_modules/.cache/ab/a && cp dist/index.js node_modules/.cache/ab/a/
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = fileURLToPath(new URL("./", import.meta.url));
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { households: { type: "string", default: "1500" }, rounds: { type: "string", default: "8" } },
});
if (positionals.length !== 2) {
  console.error("usage: node bench/ab.mjs DIR_A DIR_B [--households N] [--rounds R]");
  process.exit(2);
}
const dirs = positionals.map((d) => resolve(d));
for (const d of dirs) {
  if (!existsSync(join(d, "index.js"))) {
    console.error(`ab: ${d}/index.js not found`);
    process.exit(2);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const us = [[], []];
for (let r = 0; r < Number(opt.rounds); r++) {
  for (const i of [0, 1]) {
    const run = spawnSync(process.execPath, [join(here, "tasks.mjs"), "throughput", opt.households], {
      env: { ...process.env, KRYTERIUM_BENCH_DIST: dirs[i] },
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`ab: build ${"AB"[i]} failed: ${run.stderr}`);
    const t = JSON.parse(run.stdout.trim().split("\n").pop());
    if (t.errors > 0) throw new Error(`ab: build ${"AB"[i]}: evaluate() threw on ${t.errors} households`);
    us[i].push(1e6 / t.perSecond);
    process.stderr.write(`ab: round ${r + 1}, ${"AB"[i]}: ${(1e6 / t.perSecond).toFixed(1)} µs\n`);
  }
}
const [a, b] = us.map(median);
console.log(`A ${a.toFixed(1)} µs, B ${b.toFixed(1)} µs per evaluation (medians of ${opt.rounds} fresh runs each, interleaved): B/A = ${(b / a).toFixed(3)}`);
