// One measurement in a fresh process: `node bench/tasks.mjs <task> [args]` prints one JSON line.
// bench/run.mjs starts these and takes medians over fresh runs; each task warms up first.
//
//   single                 full catalogue, one household (examples/household.json): µs per evaluation
//   throughput N [API]     full catalogue over the first N households × the three DATES: households/s,
//                          through `evaluate` (with the trace; the default) or `decide` (API = decide)
//   agree FROM TO          the shared decision through kryterium (`evaluate`, `decide`, and `decide` on
//                          the validated household), the baseline and json-rules-engine on households
//                          FROM..TO-1 × DATES; lists disagreements (exit 1 if any)
//   latency SECONDS        `decide` on examples/household.json, one call at a time for SECONDS: calls/s and the
//                          p50/p99 of one call (bench/server.mjs sets the HTTP API beside it)
//   shared M ROUNDS        the shared decision timed through the three (kryterium both through
//                          `evaluate` and through `decide`, and through `decide` on households
//                          `validateHousehold` returned), on M households × DATES

import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DATES, householdAt, population } from "./population.mjs";
import { decide as baseline } from "./baseline.mjs";
import { createJsonRulesEngine } from "./json-rules-engine.mjs";
import { kryteriumDecider, same, show } from "./shared.mjs";

const root = new URL("../", import.meta.url);
// bench/run.mjs points KRYTERIUM_BENCH_DIST at a snapshot of dist/, so a rebuild during the run changes nothing
const dist = process.env.KRYTERIUM_BENCH_DIST ? pathToFileURL(`${process.env.KRYTERIUM_BENCH_DIST}/`) : new URL("dist/", root);
const lib = await import(new URL("index.js", dist).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const now = () => performance.now();
let sink = 0; // results are consumed so the JIT cannot drop the work

function single() {
  const h = JSON.parse(readFileSync(fileURLToPath(new URL("examples/household.json", root)), "utf8"));
  const run = (count) => {
    for (let i = 0; i < count; i++) sink += lib.evaluate(h).results.length;
  };
  const warm = now();
  while (now() - warm < 1000) run(50);
  // calibrate a batch of ~200 ms, then take the median of 9 batches
  let count = 50;
  for (;;) {
    const t = now();
    run(count);
    if (now() - t > 200) break;
    count *= 2;
  }
  const samples = [];
  for (let b = 0; b < 9; b++) {
    const t = now();
    run(count);
    samples.push(((now() - t) * 1000) / count);
  }
  return { us: median(samples), programmes: lib.evaluate(h).results.length, batch: count };
}

function throughput(n, api = "evaluate") {
  const pop = population(n);
  const run = lib[api];
  let errors = 0;
  const one = (h, date) => {
    try {
      sink += run(h, { date }).results.length;
    } catch {
      errors++;
    }
  };
  // warm-up on the first 2 000 households (untimed)
  for (let i = 0; i < Math.min(n, 2000); i++) for (const d of DATES) one(pop[i], d);
  errors = 0;
  const t = now();
  for (let i = 0; i < n; i++) for (const d of DATES) one(pop[i], d);
  const ms = now() - t;
  return { api, households: n, dates: DATES.length, evaluations: n * DATES.length, ms, perSecond: (n * DATES.length * 1000) / ms, errors };
}

async function agree(from, to) {
  const kry = kryteriumDecider(lib);
  const kryDecide = kryteriumDecider(lib, "decide");
  const jre = createJsonRulesEngine();
  const tally = {};
  const disagreements = [];
  let decisions = 0;
  for (let i = from; i < to; i++) {
    const h = householdAt(i);
    const valid = lib.validateHousehold(h).household;
    for (const d of DATES) {
      decisions++;
      const k = kry(h, d);
      const kd = kryDecide(h, d);
      const kv = kryDecide(valid, d);
      const b = baseline(h, d);
      const j = await jre(h, d);
      if (!same(k, kd) || !same(k, kv) || !same(k, b) || !same(k, j)) {
        if (disagreements.length < 20) disagreements.push({ index: i, date: d, kryterium: show(k), kryteriumDecide: show(kd), kryteriumValidated: show(kv), baseline: show(b), jsonRulesEngine: show(j) });
        else disagreements.push({ index: i, date: d });
        continue;
      }
      for (const key of [`prawo ${k.prawo}`, `popz ${k.popz}`, `staly ${k.staly}${k.amount === undefined ? "" : " (amount)"}`, `70+ ${k.age70}`]) tally[key] = (tally[key] ?? 0) + 1;
    }
  }
  return { from, to, decisions, disagreements: disagreements.length, examples: disagreements.slice(0, 20), tally };
}

async function shared(m, rounds) {
  const pop = population(m);
  const kry = kryteriumDecider(lib);
  const kryDecide = kryteriumDecider(lib, "decide");
  const jre = createJsonRulesEngine();
  const n = m * DATES.length;
  // `households` are decided at each date; `prepare`, if given, turns each into what is decided,
  // once for its dates
  const passSync = (f, households = pop, prepare = undefined) => {
    for (let i = 0; i < m; i++) {
      const h = prepare === undefined ? households[i] : prepare(households[i]);
      for (const d of DATES) sink += f(h, d).amount === undefined ? 0 : 1;
    }
  };
  // A household validated once (validateHousehold), then decided at each date: `decide` takes it
  // without validating it again. Timed two ways: the decisions alone, on households validated
  // before the clock starts; and validation included, once per household for its three dates.
  const validated = (h) => lib.validateHousehold(h).household;
  const valid = pop.map(validated);
  const passAsync = async (f) => {
    for (let i = 0; i < m; i++) {
      const h = pop[i];
      for (const d of DATES) sink += (await f(h, d)).amount === undefined ? 0 : 1;
    }
  };
  // warm-up: one untimed pass each
  passSync(baseline);
  passSync(kry);
  passSync(kryDecide);
  passSync(kryDecide, valid);
  passSync(kryDecide, pop, validated);
  await passAsync(jre);
  // the baseline is fast: repeat its pass until it takes ≥ 300 ms
  let reps = 1;
  for (;;) {
    const t = now();
    for (let r = 0; r < reps; r++) passSync(baseline);
    if (now() - t > 300) break;
    reps *= 2;
  }
  const us = { baseline: [], kryterium: [], kryteriumDecide: [], kryteriumValidated: [], kryteriumValidatedOnce: [], jsonRulesEngine: [] };
  for (let r = 0; r < rounds; r++) {
    let t = now();
    for (let k = 0; k < reps; k++) passSync(baseline);
    us.baseline.push(((now() - t) * 1000) / (n * reps));
    t = now();
    passSync(kry);
    us.kryterium.push(((now() - t) * 1000) / n);
    t = now();
    passSync(kryDecide);
    us.kryteriumDecide.push(((now() - t) * 1000) / n);
    t = now();
    passSync(kryDecide, valid);
    us.kryteriumValidated.push(((now() - t) * 1000) / n);
    t = now();
    passSync(kryDecide, pop, validated);
    us.kryteriumValidatedOnce.push(((now() - t) * 1000) / n);
    t = now();
    await passAsync(jre);
    us.jsonRulesEngine.push(((now() - t) * 1000) / n);
  }
  const b = median(us.baseline);
  const k = median(us.kryterium);
  const kd = median(us.kryteriumDecide);
  const kv = median(us.kryteriumValidated);
  const kvo = median(us.kryteriumValidatedOnce);
  const j = median(us.jsonRulesEngine);
  return {
    households: m,
    decisions: n,
    rounds,
    baselineUs: b,
    kryteriumUs: k,
    kryteriumDecideUs: kd,
    kryteriumValidatedUs: kv,
    kryteriumValidatedOnceUs: kvo,
    jsonRulesEngineUs: j,
    kryteriumRatio: k / b,
    kryteriumDecideRatio: kd / b,
    kryteriumValidatedRatio: kv / b,
    kryteriumValidatedOnceRatio: kvo / b,
    jsonRulesEngineRatio: j / b,
    kryteriumVsJre: j / k,
    kryteriumDecideVsJre: j / kd,
  };
}

function latency(seconds) {
  const h = JSON.parse(readFileSync(fileURLToPath(new URL("examples/household.json", root)), "utf8"));
  const warm = now();
  while (now() - warm < 1000) sink += lib.decide(h).results.length;
  const times = [];
  const start = now();
  while (now() - start < seconds * 1000) {
    const t = now();
    sink += lib.decide(h).results.length;
    times.push(now() - t);
  }
  const elapsed = now() - start;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { calls: times.length, perSecond: (times.length * 1000) / elapsed, p50ms: at(0.5), p99ms: at(0.99) };
}

const [task, ...args] = process.argv.slice(2);
let out;
if (task === "single") out = single();
else if (task === "throughput") out = throughput(Number(args[0]), args[1]);
else if (task === "agree") out = await agree(Number(args[0]), Number(args[1]));
else if (task === "latency") out = latency(Number(args[0] ?? 5));
else if (task === "shared") out = await shared(Number(args[0]), Number(args[1] ?? 3));
else {
  console.error("usage: node bench/tasks.mjs single | throughput N [evaluate|decide] | agree FROM TO | latency SECONDS | shared M [ROUNDS]");
  process.exit(2);
}
out.sink = sink % 1000;
process.stdout.write(`${JSON.stringify(out)}\n`);
if (task === "agree" && out.disagreements > 0) process.exitCode = 1;
