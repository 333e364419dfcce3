// Checks that two builds of the library give byte-identical evaluations: the companion of
// bench/ab.mjs for a change meant to make evaluation faster without changing a single answer
// or a single line of its explanation. Not part of `npm run bench`.
//
//   node bench/same.mjs DIR_A DIR_B [--households N]
//
// Evaluates, with both builds, every household of the seeded population (bench/population.mjs)
// at the bench's three dates, and every fixture (fixtures/**/*.yaml) and example household at its
// own date and four more, and compares JSON.stringify of each evaluation (or the error's message).
// Prints the count, the first differences, and exits 1 when any differ. DIR_A and DIR_B are as
// for bench/ab.mjs (copies of dist/ inside this repository).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { loadBuilds } from "./builds.mjs";
import { DATES, population } from "./population.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { households: { type: "string", default: "20000" } } });
const [a, b] = await loadBuilds(positionals, "node bench/same.mjs DIR_A DIR_B [--households N]");

const outcome = (lib, household, options) => {
  try {
    return JSON.stringify(lib.evaluate(household, options));
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
};

/** Every .yaml fixture's household and every example household. */
function files(dir, ext) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...files(path, ext));
    else if (name.endsWith(ext)) found.push(path);
  }
  return found;
}
const cases = [
  ...population(Number(opt.households)).flatMap((h, i) => DATES.map((date) => ({ name: `population #${i} at ${date}`, household: h, options: { date } }))),
  ...[...files(join(root, "fixtures"), ".yaml").map((f) => [f, parse(readFileSync(f, "utf8")).household]), ...files(join(root, "examples"), ".json").map((f) => [f, JSON.parse(readFileSync(f, "utf8"))])]
    .filter(([, h]) => h !== undefined && typeof h === "object" && "members" in h)
    .flatMap(([f, h]) => [undefined, "2015-06-01", "2023-12-31", "2024-11-01", "2026-01-15"].map((date) => ({ name: `${f.slice(root.length)}${date ? ` at ${date}` : ""}`, household: h, options: date ? { date } : {} }))),
];
let differ = 0;
for (const c of cases) {
  if (outcome(a, c.household, c.options) !== outcome(b, c.household, c.options) && differ++ < 5) console.log(`differs: ${c.name}`);
}
console.log(`same: ${cases.length} evaluations, ${differ} differ`);
process.exit(differ === 0 ? 0 : 1);
