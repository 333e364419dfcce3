// `npm run bench` (issue 8): builds (npm script), then measures kryterium in fresh processes and
// prints a Markdown table. Not part of the test suite.
//
//   node bench/run.mjs [--quick] [--population N] [--throughput N] [--shared N] [--batch-lines N]
//                      [--runs N] [--out FILE]
//
// The issue asks for 100 000 households × 3 dates and a 1 000 000-line batch file. The batch file
// has them (but for --quick); unless given, the throughput and shared-decision sizes are capped by
// a time budget per run (about 40 s and 15 s), computed from the measured cost of one evaluation,
// so the whole bench takes about 15 minutes; the table says which N was used.
//
// Steps, in order:
//   0. snapshot dist/ (so a rebuild by someone else during the run changes nothing);
//   1. agreement: the shared decision through kryterium, the integer baseline and json-rules-engine
//      on every household of the population × the three dates — any disagreement stops the bench;
//   2. full catalogue: one household (µs) and households/s on one core (N households × 3 dates),
//      through `evaluate` and through `decide` (the same answers without the trace), alternating;
//   3. the shared decision timed through the three in the same process (kryterium through
//      `evaluate`, through `decide`, and through `decide` on households `validateHousehold`
//      returned), with ratios to the baseline;
//   4. cold start: import + first evaluation in a fresh process, and `kryterium check` from process start;
//   5. `kryterium batch` on an NDJSON file with --workers 1 and 2: lines/s and peak memory; and,
//      as the machine's own ceiling, two 1-worker processes side by side on the two halves;
//   6. the bundle sizes: the core, the helpers alone, the packs, the whole (bench/size.mjs);
//   7. `kryterium serve`: requests/s and p50/p99 of POST /v1/decide under autocannon, beside `decide`
//      in process (bench/server.mjs, which also runs alone).
// Each timing is the median of several fresh processes, each warmed up first. Nothing is
// extrapolated: every figure is measured on the N the table states.

import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, openSync, closeSync, readSync, rmSync, statSync, writeFileSync, createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DATES, boundaryCount, writeNdjson } from "./population.mjs";
import { TARGET as SIZE_TARGET, bundleSizes } from "./size.mjs";
import { serverFigures, serverRows } from "./server.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));

const { values: opt } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    population: { type: "string" },
    throughput: { type: "string" },
    shared: { type: "string" },
    "batch-lines": { type: "string" },
    runs: { type: "string" },
    out: { type: "string" },
  },
});
const quick = opt.quick;
const num = (v) => (v === undefined ? undefined : Number(v));
// The issue's sizes. Throughput and shared-decision sizes are scaled down to a time budget per run
// (from the measured cost of one evaluation) unless given; the batch file has the issue's
// 1 000 000 lines (about a minute per one-worker run), but for --quick. The table states the N used.
const ISSUE = { throughput: 100_000, batchLines: 1_000_000 };
const BUDGET_S = quick ? { throughput: 5, batch: 5, shared: 3 } : { throughput: 40, shared: 15 };
const SIZES = {
  population: num(opt.population) ?? (quick ? 5_000 : 100_000), // agreement check: every household
  throughput: num(opt.throughput), // full catalogue households/s
  shared: num(opt.shared), // shared-decision timing
  batchLines: num(opt["batch-lines"]), // batch
  runs: num(opt.runs) ?? (quick ? 3 : 5), // fresh runs for single / shared
  heavyRuns: quick ? 1 : 3, // fresh runs for the throughput and batch measurements
  coldRuns: quick ? 5 : 11,
};
/** Down to two significant digits, at least `min`. */
const round2 = (x, min) => {
  if (!(x > min)) return min;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.floor(x / p) * p;
};

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, " ");
const started = performance.now();

// 0. Snapshot of dist/ inside node_modules (so dist/index.js still resolves zod, decimal.js, date-fns;
//    dist/cli.js carries its own).
if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/cli.js"))) {
  console.error("bench: dist/ not built — run npm run bench (it builds first)");
  process.exit(2);
}
const snapshotBase = join(root, "node_modules/.cache/kryterium-bench");
rmSync(snapshotBase, { recursive: true, force: true });
const dist = join(snapshotBase, "dist");
cpSync(join(root, "dist"), dist, { recursive: true });
const env = { ...process.env, KRYTERIUM_BENCH_DIST: dist };

const git = (args) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
const commit = git(["rev-parse", "--short", "HEAD"]);
const dirty = git(["status", "--porcelain", "--", "src", "rules", "scripts", "tsup.config.ts"]).split("\n").filter(Boolean).length;
const load0 = loadavg()[0];

function task(args, what) {
  const r = spawnSync(process.execPath, [join(here, "tasks.mjs"), ...args.map(String)], { env, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0 && !(args[0] === "agree" && r.status === 1)) {
    console.error(r.stderr);
    throw new Error(`bench: ${what} failed (exit ${r.status})`);
  }
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function taskAsync(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, "tasks.mjs"), ...args.map(String)], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve({ code, ...JSON.parse(out.trim().split("\n").pop()) });
      } catch (e) {
        reject(new Error(`bench: agreement worker exited ${code}: ${e.message}`));
      }
    });
  });
}

// 1. Agreement, on both cores (untimed).
log(`agreement: ${fmt(SIZES.population)} households × ${DATES.length} dates through kryterium, the baseline and json-rules-engine …`);
const half = Math.ceil(SIZES.population / 2);
const parts = await Promise.all([taskAsync(["agree", 0, half]), taskAsync(["agree", half, SIZES.population])]);
const agreement = { decisions: 0, disagreements: 0, tally: {}, examples: [] };
for (const p of parts) {
  agreement.decisions += p.decisions;
  agreement.disagreements += p.disagreements;
  agreement.examples.push(...p.examples);
  for (const [k, v] of Object.entries(p.tally)) agreement.tally[k] = (agreement.tally[k] ?? 0) + v;
}
if (agreement.disagreements > 0) {
  console.error(`\nbench: FAILED — kryterium, the baseline and json-rules-engine disagree on ${agreement.disagreements} of ${agreement.decisions} decisions:`);
  for (const e of agreement.examples) {
    console.error(`  household ${e.index} on ${e.date}:\n    kryterium         ${e.kryterium}\n    baseline          ${e.baseline}\n    json-rules-engine ${e.jsonRulesEngine}`);
  }
  console.error("  (regenerate one with: node -e 'import(\"./bench/population.mjs\").then(p => console.log(JSON.stringify(p.householdAt(INDEX))))')");
  process.exit(1);
}
log(`agreement: ${fmt(agreement.decisions)} decisions, 0 disagreements`);

// 2. Full catalogue.
log(`full catalogue, one household: ${SIZES.runs} fresh runs …`);
const singles = Array.from({ length: SIZES.runs }, () => task(["single"], "single"));
const singleUs = median(singles.map((s) => s.us));
// One evaluation of the example household costs about as much as one of the population (which is
// lighter on average) and as one batch line (which adds JSON in and out): size the heavy runs by it.
SIZES.throughput ??= Math.min(ISSUE.throughput, round2((BUDGET_S.throughput * 1e6) / (DATES.length * singleUs), 1000));
SIZES.batchLines ??= quick ? round2((BUDGET_S.batch * 1e6) / singleUs, 2000) : ISSUE.batchLines;
// a shared-decision run makes 4 passes each of kryterium's evaluate (about half a full evaluation),
// its decide three ways (about a quarter each) and json-rules-engine (about one)
SIZES.shared ??= Math.min(ISSUE.throughput, round2((BUDGET_S.shared * 1e6) / (4 * DATES.length * 2.25 * singleUs), 100));
log(`full catalogue: ${fmt(SIZES.throughput)} households × ${DATES.length} dates, ${SIZES.heavyRuns} fresh runs …`);
// evaluate (with the trace) and decide (the same answers without it) alternate, so both see the same minutes
const throughputs = Array.from({ length: SIZES.heavyRuns }, () => ["evaluate", "decide"].map((api) => task(["throughput", SIZES.throughput, api], `throughput (${api})`)));
for (const t of throughputs.flat()) if (t.errors > 0) throw new Error(`bench: ${t.api}() threw on ${t.errors} households`);
const perSecond = median(throughputs.map(([e]) => e.perSecond));
const decidePerSecond = median(throughputs.map(([, d]) => d.perSecond));
const decideSpeedup = median(throughputs.map(([e, d]) => d.perSecond / e.perSecond));

// 3. The shared decision, three ways in one process.
log(`shared decision: ${fmt(SIZES.shared)} households × ${DATES.length} dates, ${SIZES.runs} fresh runs …`);
const shared = Array.from({ length: SIZES.runs }, () => task(["shared", SIZES.shared, 3], "shared"));
const sh = {
  baselineUs: median(shared.map((s) => s.baselineUs)),
  kryteriumUs: median(shared.map((s) => s.kryteriumUs)),
  jsonRulesEngineUs: median(shared.map((s) => s.jsonRulesEngineUs)),
  kryteriumDecideUs: median(shared.map((s) => s.kryteriumDecideUs)),
  kryteriumRatio: median(shared.map((s) => s.kryteriumRatio)),
  kryteriumDecideRatio: median(shared.map((s) => s.kryteriumDecideRatio)),
  kryteriumValidatedUs: median(shared.map((s) => s.kryteriumValidatedUs)),
  kryteriumValidatedRatio: median(shared.map((s) => s.kryteriumValidatedRatio)),
  kryteriumValidatedOnceUs: median(shared.map((s) => s.kryteriumValidatedOnceUs)),
  kryteriumValidatedOnceRatio: median(shared.map((s) => s.kryteriumValidatedOnceRatio)),
  kryteriumDecideVsJre: median(shared.map((s) => s.kryteriumDecideVsJre)),
  jsonRulesEngineRatio: median(shared.map((s) => s.jsonRulesEngineRatio)),
  kryteriumVsJre: median(shared.map((s) => s.kryteriumVsJre)),
};

// 4. Cold start.
log(`cold start: ${SIZES.coldRuns} fresh processes …`);
const colds = [];
const bare = [];
const deps = [];
for (let i = 0; i < SIZES.coldRuns; i++) {
  let t = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  bare.push(performance.now() - t);
  const d = spawnSync(process.execPath, [join(here, "cold.mjs"), "deps"], { env, encoding: "utf8" });
  if (d.status !== 0) throw new Error(`bench: importing the dependencies failed: ${d.stderr}`);
  deps.push(JSON.parse(d.stdout).ms);
  t = performance.now();
  const r = spawnSync(process.execPath, [join(here, "cold.mjs")], { env, encoding: "utf8" });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench: cold start failed: ${r.stderr}`);
  // The command a social worker runs, from process start to its answer (the CLI carries its dependencies).
  t = performance.now();
  const c = spawnSync(process.execPath, [join(dist, "cli.js"), "check", join(root, "examples/household.json")], { encoding: "utf8" });
  const cliWall = performance.now() - t;
  if (c.status !== 0) throw new Error(`bench: kryterium check failed: ${c.stderr}`);
  colds.push({ ...JSON.parse(r.stdout), wall, cliWall });
}
const cold = { ms: median(colds.map((c) => c.ms)), wall: median(colds.map((c) => c.wall)), cli: median(colds.map((c) => c.cliWall)), bare: median(bare), deps: median(deps) };

// 5. Batch.
const tmp = mkdtempSync(join(tmpdir(), "kryterium-bench-"));
const ndjson = join(tmp, "households.ndjson");
log(`batch: writing ${fmt(SIZES.batchLines)} NDJSON lines …`);
{
  const stream = createWriteStream(ndjson);
  await writeNdjson(SIZES.batchLines, stream);
  stream.end();
  await new Promise((r) => stream.on("close", r));
}
const ndjsonBytes = statSync(ndjson).size;
const cli = join(dist, "cli.js");
const timeV = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;

// sanity: the same output with 1 and 2 workers, one record per line, no error records
{
  // the file's first 2 000 lines, written again rather than read: the file is too long for one string
  const small = join(tmp, "small.ndjson");
  const stream = createWriteStream(small);
  await writeNdjson(2000, stream);
  stream.end();
  await new Promise((r) => stream.on("close", r));
  const outs = [1, 2].map((w) => spawnSync(process.execPath, [cli, "batch", small, "--workers", String(w)], { encoding: "utf8", maxBuffer: 256 << 20 }));
  for (const o of outs) if (o.status !== 0) throw new Error(`bench: batch failed: ${o.stderr}`);
  const lines = outs[0].stdout.trim().split("\n");
  if (outs[0].stdout !== outs[1].stdout) throw new Error("bench: batch output differs between --workers 1 and --workers 2");
  if (lines.length !== 2000 || lines.some((l) => l.includes('"error":'))) throw new Error("bench: batch sanity check failed (line count or error records)");
}

function batchRun(workers) {
  const devnull = openSync("/dev/null", "w");
  const args = ["batch", ndjson, "--workers", String(workers)];
  const cmd = timeV ? ["/usr/bin/time", ["-v", process.execPath, cli, ...args]] : [process.execPath, [join(here, "rss.mjs"), cli, ...args]];
  const t = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { stdio: ["ignore", devnull, "pipe"], encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - t;
  closeSync(devnull);
  if (r.status !== 0) throw new Error(`bench: batch --workers ${workers} failed: ${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpuSeconds = ["User", "System"].reduce((a, k) => a + Number(new RegExp(`${k} time \\(seconds\\): ([0-9.]+)`).exec(r.stderr)?.[1] ?? NaN), 0);
  return { ms, linesPerSecond: (SIZES.batchLines * 1000) / ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, cores: (cpuSeconds * 1000) / ms, cpuUsPerLine: (cpuSeconds * 1e6) / SIZES.batchLines };
}
// What this machine's second core gives at all: two independent one-worker processes, each on
// half of the file, side by side. The 2-worker figure is compared with it in the same rounds.
const halves = [join(tmp, "half-1.ndjson"), join(tmp, "half-2.ndjson")];
{
  const fd = openSync(ndjson, "r");
  const probe = Buffer.alloc(1 << 16);
  const read = readSync(fd, probe, 0, probe.length, Math.floor(ndjsonBytes / 2));
  closeSync(fd);
  const cut = Math.floor(ndjsonBytes / 2) + probe.subarray(0, read).indexOf(10) + 1; // after a line break
  await pipeline(createReadStream(ndjson, { end: cut - 1 }), createWriteStream(halves[0]));
  await pipeline(createReadStream(ndjson, { start: cut }), createWriteStream(halves[1]));
}
async function twoProcessesRun() {
  const t = performance.now();
  await Promise.all(
    halves.map(
      (file) =>
        new Promise((resolve, reject) => {
          const p = spawn(process.execPath, [cli, "batch", file, "--workers", "1"], { stdio: ["ignore", "ignore", "pipe"] });
          let err = "";
          p.stderr.on("data", (d) => (err += d));
          p.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`bench: batch of half the file failed: ${err}`))));
        }),
    ),
  );
  return { linesPerSecond: (SIZES.batchLines * 1000) / (performance.now() - t) };
}
const batches = { 1: [], 2: [], processes: [] };
for (let i = 0; i < SIZES.heavyRuns; i++) {
  for (const w of [1, 2]) {
    log(`batch: ${fmt(SIZES.batchLines)} lines, --workers ${w}, run ${i + 1}/${SIZES.heavyRuns} …`);
    batches[w].push(batchRun(w));
  }
  log(`batch: two processes side by side, run ${i + 1}/${SIZES.heavyRuns} …`);
  batches.processes.push(await twoProcessesRun());
}
rmSync(tmp, { recursive: true, force: true });
const batchFigures = (runs) => ({
  lps: median(runs.map((b) => b.linesPerSecond)),
  rss: Math.max(...runs.map((b) => b.rssMB)),
  cores: median(runs.map((b) => b.cores)),
  cpuUs: median(runs.map((b) => b.cpuUsPerLine)),
});
const b1 = batchFigures(batches[1]);
const b2 = batchFigures(batches[2]);
// CPU time (user + system, all threads) from /usr/bin/time -v: how busy the cores were, and what one line cost
const cpuNote = (b) => (Number.isFinite(b.cores) ? `; ${fmt(b.cores, 2)} cores busy, ${fmt(b.cpuUs)} µs CPU per line` : "");
const speedup = median(batches[2].map((b, i) => b.linesPerSecond / batches[1][i].linesPerSecond));
const machineSpeedup = median(batches.processes.map((b, i) => b.linesPerSecond / batches[1][i].linesPerSecond));

// 6. Size.
const size = await bundleSizes();

// 7. The HTTP API: POST /v1/decide under autocannon, beside decide in process (bench/server.mjs).
log("kryterium serve: POST /v1/decide under autocannon, and decide in process …");
const server = await serverFigures({ dist, env, seconds: quick ? 5 : 10 });
rmSync(snapshotBase, { recursive: true, force: true });

// The table.
const yes = (ok) => (ok ? "**met**" : "not met");
const minutes = (performance.now() - started) / 60000;
const cpu = cpus()[0]?.model ?? "unknown CPU";
const rows = [
  ["1", "full catalogue, one household (`examples/household.json`, " + singles[0].programmes + " programmes)", `${SIZES.runs} fresh runs`, `${fmt(singleUs)} µs`, "—", ""],
  ["1", "full catalogue, households/s on one core — `evaluate` (answers with their trace)", `${fmt(SIZES.throughput)} households × ${DATES.length} dates = ${fmt(SIZES.throughput * DATES.length)} evaluations, ${SIZES.heavyRuns} runs${SIZES.throughput < ISSUE.throughput ? ` (not the issue's ${fmt(ISSUE.throughput)}: time budget)` : ""}`, `${fmt(perSecond)} /s`, "≥ 50 000 /s", yes(perSecond >= 50_000)],
  ["1", "full catalogue, households/s on one core — `decide` (the same answers, no trace)", "same households, runs alternating with `evaluate`", `${fmt(decidePerSecond)} /s (${fmt(decideSpeedup, 2)}× \`evaluate\`)`, "≥ 50 000 /s", yes(decidePerSecond >= 50_000)],
  ["2", "shared decision — hand-written integer baseline (`bench/baseline.mjs`)", `${fmt(SIZES.shared)} households × ${DATES.length} dates, ${SIZES.runs} runs`, `${fmt(sh.baselineUs, 2)} µs (1×)`, "—", ""],
  ["2", "shared decision — kryterium (`evaluate` on 3 programmes + `ageOn`)", "same run", `${fmt(sh.kryteriumUs, 1)} µs (${fmt(sh.kryteriumRatio, 1)}× baseline)`, "≤ 3× baseline", yes(sh.kryteriumRatio <= 3)],
  ["2", "shared decision — kryterium (`decide` on 3 programmes + `ageOn`)", "same run", `${fmt(sh.kryteriumDecideUs, 1)} µs (${fmt(sh.kryteriumDecideRatio, 1)}× baseline)`, "≤ 3× baseline", yes(sh.kryteriumDecideRatio <= 3)],
  ["2", "shared decision — kryterium (`decide` as above, on households `validateHousehold` returned before the clock started: the decision without validating)", "same run", `${fmt(sh.kryteriumValidatedUs, 1)} µs (${fmt(sh.kryteriumValidatedRatio, 1)}× baseline)`, "≤ 3× baseline", yes(sh.kryteriumValidatedRatio <= 3)],
  ["2", `shared decision — kryterium (\`validateHousehold\` once per household, then \`decide\` at its ${DATES.length} dates; per decision)`, "same run", `${fmt(sh.kryteriumValidatedOnceUs, 1)} µs (${fmt(sh.kryteriumValidatedOnceRatio, 1)}× baseline)`, "≤ 3× baseline", yes(sh.kryteriumValidatedOnceRatio <= 3)],
  ["2", "shared decision — json-rules-engine (`bench/json-rules-engine.mjs`)", "same run", `${fmt(sh.jsonRulesEngineUs, 1)} µs (${fmt(sh.jsonRulesEngineRatio, 1)}× baseline)`, "kryterium ≥ 10× faster", `${yes(sh.kryteriumVsJre >= 10)} (\`evaluate\` ${fmt(sh.kryteriumVsJre, 2)}×, \`decide\` ${fmt(sh.kryteriumDecideVsJre, 2)}× faster)`],
  ["3", "cold start: import + first evaluation (fresh process)", `${SIZES.coldRuns} processes`, `${fmt(cold.ms, 1)} ms (importing the three dependencies alone: ${fmt(cold.deps, 1)} ms; process ${fmt(cold.wall)} ms; \`node -e 0\` ${fmt(cold.bare)} ms)`, "< 100 ms", yes(cold.ms < 100)],
  ["3", "`kryterium check examples/household.json`: process start to answer", "same processes' rounds", `${fmt(cold.cli)} ms (${fmt(cold.cli - cold.bare)} ms over \`node -e 0\`)`, "—", ""],
  ["4", "`kryterium batch`, 1 worker", `${fmt(SIZES.batchLines)} lines (${fmt(ndjsonBytes / 1e6, 1)} MB), ${SIZES.heavyRuns} runs${SIZES.batchLines < ISSUE.batchLines ? ` (not the issue's ${fmt(ISSUE.batchLines)}: time budget)` : ""}`, `${fmt(b1.lps)} lines/s, peak RSS ${fmt(b1.rss)} MB${cpuNote(b1)}`, "—", ""],
  ["4", "`kryterium batch --workers 2`", "same file", `${fmt(b2.lps)} lines/s (${fmt(speedup, 2)}× 1 worker), peak RSS ${fmt(b2.rss)} MB${cpuNote(b2)}`, "≥ 1.7× 1 worker", yes(speedup >= 1.7)],
  ["4", "reference: two 1-worker `batch` processes side by side, each on half the file (what the second core gives at all)", "same file, same rounds", `${fmt(median(batches.processes.map((b) => b.linesPerSecond)))} lines/s (${fmt(machineSpeedup, 2)}× 1 worker)`, "—", ""],
  ["—", "core bundle `kryterium/core` (no law), minified, without decimal.js / zod / date-fns", "`npm run size`", `${fmt(size.core.bytes / 1000, 1)} kB (gzip ${fmt(size.core.gzip / 1000, 1)} kB; \`decodePesel\` + \`ageOn\` alone gzip ${fmt(size.helpers.gzip / 1000, 1)} kB)`, "gzip ≤ 70 kB, no law", yes(size.core.gzip <= SIZE_TARGET && !size.core.law && !size.helpers.law)],
  ["—", "`kryterium` (the core and every bundled pack), minified, without decimal.js / zod / date-fns", "`npm run size`", `${fmt(size.whole.bytes / 1000, 1)} kB (gzip ${fmt(size.whole.gzip / 1000, 1)} kB; packs gzip: ${Object.entries(size.packs).map(([id, m]) => `${id} ${fmt(m.gzip / 1000, 1)} kB`).join(", ")})`, "—", ""],
  ...serverRows(server),
];
const table = [
  `Agreement first: ${fmt(agreement.decisions)} shared decisions (${fmt(SIZES.population)} households, ${fmt(boundaryCount())} of them boundary cases, × ${DATES.join(", ")}) — kryterium, the baseline and json-rules-engine agree on every outcome, amount and 70+ flag.`,
  "",
  "| # | measurement | N | result | target | |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  `Node ${process.version}, ${cpus().length} × ${cpu}, ${fmt(totalmem() / 2 ** 30)} GiB; commit ${commit}${dirty ? ` + ${dirty} uncommitted file(s) in src/rules` : ""}; load average ${fmt(load0, 1)} at start, ${fmt(loadavg()[0], 1)} at end; ${fmt(minutes, 1)} min. Medians of fresh processes, each warmed up; peak RSS ${timeV ? "from /usr/bin/time -v" : "from process.resourceUsage()"}, the highest of the runs.`,
].join("\n");
process.stdout.write(`${table}\n`);
if (opt.out) writeFileSync(opt.out, `${table}\n`);
