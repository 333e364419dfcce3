// Compares two builds of the library, for a change too small to see through this machine's
// drift (±30 % from one minute to the next). Both builds are loaded into one process and
// evaluate the same households in alternating chunks of 100, the order swapped every chunk,
// so a slow minute slows both alike; each round gives a ratio B/A, and the median ratio is
// printed. Both copies share decimal.js, zod and date-fns, so those see both builds equally.
// Not part of `npm run bench`.
//
//   node bench/ab.mjs DIR_A DIR_B [--shared] [--decide] [--validated] [--households N] [--rounds R]
//
//   --shared     the shared decision's three programmes (bench/shared.mjs) instead of the full catalogue
//   --decide     through decide() (no trace) instead of evaluate()
//   --validated  on the households each build's validateHousehold returned (validated before the
//                clock starts, each build its own), which evaluate() and decide() take as they are
//
// DIR_A and DIR_B each hold a built index.js (a copy of dist/). They must sit inside this
// repository (e.g. node_modules/.cache/ab/a) so that index.js finds decimal.js, zod and date-fns:
//   mkdir -p node_modules/.cache/ab/a && cp dist/index.js node_modules/.cache/ab/a/
import { parseArgs } from "node:util";
import { DATES, population } from "./population.mjs";
import { PROGRAMMES } from "./shared.mjs";
import { loadBuilds } from "./builds.mjs";

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { shared: { type: "boolean", default: false }, decide: { type: "boolean", default: false }, validated: { type: "boolean", default: false }, households: { type: "string", default: "3000" }, rounds: { type: "string", default: "6" } },
});
const libs = await loadBuilds(positionals, "node bench/ab.mjs DIR_A DIR_B [--shared] [--decide] [--validated] [--households N] [--rounds R]");
const api = opt.decide ? "decide" : "evaluate";
const pop = population(Number(opt.households));
const households = libs.map((lib) => (opt.validated ? pop.map((h) => lib.validateHousehold(h).household) : pop));
const options = opt.shared ? (date) => ({ date, programmes: Object.values(PROGRAMMES) }) : (date) => ({ date });
const CHUNK = 100;
let sink = 0;
const run = (k, from, to) => {
  const lib = libs[k];
  const hs = households[k];
  for (let i = from; i < to && i < pop.length; i++) for (const d of DATES) sink += lib[api](hs[i], options(d)).results.length;
};

for (let r = 0; r < 2; r++) for (const k of [0, 1]) run(k, 0, pop.length); // warm-up, untimed
const ratios = [];
const total = [0, 0];
for (let r = 0; r < Number(opt.rounds); r++) {
  const ms = [0, 0];
  for (let from = 0, chunk = 0; from < pop.length; from += CHUNK, chunk++) {
    for (const k of [0, 1]) {
      const i = (chunk + r + k) % 2;
      const t = performance.now();
      run(i, from, from + CHUNK);
      ms[i] += performance.now() - t;
    }
  }
  ratios.push(ms[1] / ms[0]);
  total[0] += ms[0];
  total[1] += ms[1];
  process.stderr.write(`ab: round ${r + 1}: B/A = ${(ms[1] / ms[0]).toFixed(3)}\n`);
}
if (sink === 0) throw new Error("ab: the builds evaluated no programme");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const us = total.map((ms) => (ms * 1000) / (Number(opt.rounds) * pop.length * DATES.length));
const what = `${opt.shared ? "the shared decision" : "the full catalogue"} through ${api}()${opt.validated ? " on validated households" : ""}`;
console.log(
  `A ${us[0].toFixed(1)} µs, B ${us[1].toFixed(1)} µs per evaluation of ${what} (${pop.length} households × ${DATES.length} dates, ${opt.rounds} rounds, one process): median B/A = ${median(ratios).toFixed(3)}`,
);
