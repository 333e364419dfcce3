// The HTTP API's cost: `kryterium serve` (dist/cli.js, in a process of its own) answering
// POST /v1/decide with examples/household.json under autocannon on localhost, beside `decide`
// called in process on the same household (bench/tasks.mjs latency), so the HTTP overhead is a
// ratio measured in the same run. bench/run.mjs adds its rows; alone:
//
//   node bench/server.mjs [--seconds S] [--connections C]   (after npm run build)

import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));

/** Starts `kryterium serve --port 0` from `dist` and resolves with the child and its URL. */
function startServe(dist) {
  const child = spawn(process.execPath, [join(dist, "cli.js"), "serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (d) => {
      stderr += d;
      const url = /kryterium serve: (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve({ child, url });
    });
    child.on("exit", (code) => reject(new Error(`bench: kryterium serve exited ${code}: ${stderr}`)));
  });
}

const run = (options) => new Promise((resolve, reject) => autocannon(options, (e, r) => (e ? reject(e) : resolve(r))));

/**
 * Requests/s and p50/p99 latency of POST /v1/decide over `connections` keep-alive connections for
 * `seconds` (after a warm-up of a third of that), and `decide` in a fresh process for as long.
 */
export async function serverFigures({ dist = join(root, "dist"), env = process.env, seconds = 10, connections = 8 } = {}) {
  const body = JSON.stringify(JSON.parse(readFileSync(join(root, "examples/household.json"), "utf8")));
  const { child, url } = await startServe(dist);
  try {
    const request = { url: `${url}/v1/decide`, method: "POST", headers: { "content-type": "application/json" }, body, connections };
    await run({ ...request, duration: Math.max(2, Math.round(seconds / 3)) });
    const r = await run({ ...request, duration: seconds });
    if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) throw new Error(`bench: /v1/decide answered ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
    const http = { perSecond: r.requests.average, p50ms: r.latency.p50, p99ms: r.latency.p99, requests: r.requests.total };
    const t = spawnSync(process.execPath, [join(here, "tasks.mjs"), "latency", String(seconds)], { env: { ...env, KRYTERIUM_BENCH_DIST: dist }, encoding: "utf8" });
    if (t.status !== 0) throw new Error(`bench: decide latency failed: ${t.stderr}`);
    const inProcess = JSON.parse(t.stdout.trim().split("\n").pop());
    return { http, inProcess, connections, seconds };
  } finally {
    child.kill("SIGTERM");
  }
}

const fmt = (x, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, " ");

/** The bench table's rows for the figures. */
export function serverRows(f) {
  return [
    ["5", `\`kryterium serve\`: POST /v1/decide, \`examples/household.json\`, autocannon on localhost`, `${f.connections} connections, ${f.seconds} s (${fmt(f.http.requests)} requests)`, `${fmt(f.http.perSecond)} req/s; p50 ${fmt(f.http.p50ms, 1)} ms, p99 ${fmt(f.http.p99ms, 1)} ms`, "—", ""],
    ["5", "the same household through `decide` in process, one call at a time", `${f.seconds} s (${fmt(f.inProcess.calls)} calls)`, `${fmt(f.inProcess.perSecond)} /s (${fmt(f.inProcess.perSecond / f.http.perSecond, 1)}× the HTTP rate); p50 ${fmt(f.inProcess.p50ms * 1000)} µs, p99 ${fmt(f.inProcess.p99ms * 1000)} µs`, "—", ""],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "8" } } });
  const figures = await serverFigures({ seconds: Number(values.seconds), connections: Number(values.connections) });
  process.stdout.write(`${serverRows(figures).map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
  process.stderr.write(`${JSON.stringify(figures)}\n`);
}
