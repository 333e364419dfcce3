// The consumer test: what a user of the published package gets. Builds and packs the package,
// checks the tarball holds only what a user needs, installs it into a fresh ESM project and a
// fresh CommonJS project, type-checks both with TypeScript (nodenext, and bundler resolution
// for the ESM one), runs them — each evaluates a household — and type-checks and runs every
// API example in docs/examples/ against the installed package. Needs the npm registry for the
// package's own dependencies. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const work = mkdtempSync(join(tmpdir(), "kryterium-consumer-"));
const keep = process.env.KEEP_CONSUMER === "1";
const log = (s) => console.log(`consumer: ${s}`);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const npm = (args, cwd) => run(process.platform === "win32" ? "npm.cmd" : "npm", args, cwd);
const json = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
let failures = 0;
let passes = 0;
const check = (ok, what) => {
  console.log(`${ok ? "ok" : "not ok"} - ${what}`);
  if (ok) passes++;
  else failures++;
};

try {
  // 1. The tarball.
  // Build first, then pack without scripts, so that stdout is npm's JSON alone.
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], root));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path).sort();
  log(`${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
  for (const f of packed.files) log(`  ${String(f.size).padStart(8)}  ${f.path}`);
  // The entries and their shared chunks (ESM code splitting; type declarations split likewise) under dist/, nothing else.
  const entries = ["index", "core", "questions", "packs/pl", "packs/krakow", "packs/krasnik"];
  const required = [
    "CHANGELOG.md", "LICENSE", "README.md", "package.json", "household.schema.json", "rule.schema.json", "dist/cli.js", "dist/serve.js", "dist/THIRD-PARTY-NOTICES.md",
    ...entries.flatMap((e) => [".js", ".cjs", ".d.ts", ".d.cts"].map((x) => `dist/${e}${x}`)),
  ];
  const shared = /^dist\/[a-z]+-[A-Za-z0-9_-]{8}\.(js|d\.ts|d\.cts)$/;
  const extra = files.filter((f) => !required.includes(f) && !shared.test(f));
  const absent = required.filter((f) => !files.includes(f));
  check(extra.length === 0 && absent.length === 0, `the tarball holds the entries ${entries.join(", ")}, their shared chunks, the CLI (with its server bundle) and the schemas, nothing else (missing: ${absent.join(", ") || "none"}; unexpected: ${extra.join(", ") || "none"})`);

  const household = JSON.stringify({
    evaluationDate: "2025-03-15",
    householdType: "single",
    situations: ["ubostwo"],
    members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen",
      incomes: [{ type: "emerytura-renta", gross: "900.00", healthContribution: "81.00" }] }],
  });
  const compilerOptions = { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], types: [], outDir: "build", rootDir: "src", skipLibCheck: false, resolveJsonModule: true };

  // 2. A fresh ESM project.
  const esm = join(work, "esm");
  mkdirSync(join(esm, "src/examples"), { recursive: true });
  json(join(esm, "package.json"), { name: "consumer-esm", private: true, type: "module" });
  npm(["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], esm);
  writeFileSync(join(esm, "src/main.ts"), `
import { evaluate, isHouseholdValidationError, rulesAsOf, rulesFingerprint, version, type Household, type HouseholdInput, type ProgrammeResult } from "kryterium";
import { createEngine } from "kryterium/core";
import { pl } from "kryterium/packs/pl";
import schema from "kryterium/household.schema.json" with { type: "json" };

const input = ${household};
const { results } = evaluate(input);
// the core without law, over the national pack alone: the same answer for a national programme
const typed: HouseholdInput = ${household};
const national = createEngine({ packs: [pl] }).decide(typed).results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
const staly: ProgrammeResult | undefined = results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
if (staly?.outcome !== "eligible" || staly.amount === undefined) throw new Error("zasiłek stały: expected eligible with an amount, got " + staly?.outcome);
if (national?.outcome !== "eligible" || national.amount !== staly.amount) throw new Error("kryterium/core + kryterium/packs/pl: " + national?.outcome);
if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(rulesAsOf) || !/^[0-9a-f]{16}$/.test(rulesFingerprint)) throw new Error("rulesAsOf/rulesFingerprint");
if (version !== ${JSON.stringify(packed.version)}) throw new Error("version " + version);
if ((schema as { title?: string }).title !== "kryterium household") throw new Error("household.schema.json");
try { evaluate({ ...input, members: [] }); throw new Error("no error"); } catch (e) {
  if (!isHouseholdValidationError(e)) throw e;
}
const role: Household["members"][number]["role"] = "applicant";
console.log("esm: zasiłek stały", staly.amount, "zł;", results.length, "programmes; rules as of", rulesAsOf, role);
`);
  const examples = readdirSync(join(root, "docs/examples")).filter((f) => f.endsWith(".ts"));
  for (const f of examples) cpSync(join(root, "docs/examples", f), join(esm, "src/examples", f));
  // One error class across both copies of the package (the dual-package hazard): the CommonJS
  // copy recognises an error thrown by the ESM copy.
  writeFileSync(join(esm, "dual.mjs"), `
import { createRequire } from "node:module";
import { evaluate } from "kryterium";
const require = createRequire(import.meta.url);
const cjs = require("kryterium");
try { evaluate({}); throw new Error("no error"); } catch (e) {
  if (!cjs.isHouseholdValidationError(e)) throw new Error("the CommonJS copy does not recognise the ESM copy's error");
}
require.resolve("kryterium/rule.schema.json");
console.log("dual: the CommonJS copy recognises the ESM copy's errors");
`);
  json(join(esm, "tsconfig.json"), { compilerOptions: { ...compilerOptions, module: "nodenext", moduleResolution: "nodenext" }, include: ["src"] });
  json(join(esm, "tsconfig.bundler.json"), { compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler", noEmit: true }, include: ["src"] });
  try {
    run(process.execPath, [tsc, "-p", "tsconfig.json"], esm);
    check(true, "ESM project type-checks (module nodenext)");
    run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], esm);
    check(true, "ESM project type-checks (moduleResolution bundler)");
  } catch (e) {
    check(false, `ESM project type-checks: ${e.stdout}`);
  }
  try {
    log(run(process.execPath, ["build/main.js"], esm).trim());
    log(run(process.execPath, ["dual.mjs"], esm).trim());
    check(true, "ESM project imports kryterium and evaluates a household");
  } catch {
    check(false, "ESM project imports kryterium and evaluates a household");
  }
  for (const f of examples) {
    try {
      run(process.execPath, [`build/examples/${f.replace(/\.ts$/, ".js")}`], esm);
      check(true, `docs/examples/${f} runs against the installed package`);
    } catch {
      check(false, `docs/examples/${f} runs against the installed package`);
    }
  }
  const bin = join(esm, "node_modules/.bin/kryterium");
  try {
    const out = run(bin, ["check", join(root, "examples/household.json")], esm);
    check(/zasiłek stały/i.test(out), "the installed bin `kryterium check` runs");
  } catch {
    check(false, "the installed bin `kryterium check` runs");
  }
  // The bin carries its dependencies (tsup.config.ts): yaml, which only the CLI uses, is not
  // installed, and `audit` (which reads YAML) and `batch --workers 2` (worker threads) still run.
  check(!existsSync(join(esm, "node_modules/yaml")), "yaml is not installed with the package");
  try {
    run(bin, ["audit", join(root, "fixtures/pl/karta-duzej-rodziny/dzieci"), "--format", "markdown"], esm);
    writeFileSync(join(esm, "h.ndjson"), `${household}\n${household}\n`);
    const lines = run(bin, ["batch", "h.ndjson", "--workers", "2"], esm).trim().split("\n");
    check(lines.length === 2 && lines.every((l) => JSON.parse(l).results.length > 0), "the installed bin runs `audit` and `batch --workers 2` without yaml installed");
  } catch {
    check(false, "the installed bin runs `audit` and `batch --workers 2` without yaml installed");
  }

  // 3. A fresh CommonJS project.
  const cjs = join(work, "cjs");
  mkdirSync(join(cjs, "src"), { recursive: true });
  json(join(cjs, "package.json"), { name: "consumer-cjs", private: true, type: "commonjs" });
  npm(["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], cjs);
  writeFileSync(join(cjs, "src/main.ts"), `
import { evaluate, explainResult, isHouseholdValidationError, rulesAsOf, type Evaluation } from "kryterium";

const evaluation: Evaluation = evaluate(${household});
const staly = evaluation.results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
if (staly?.outcome !== "eligible") throw new Error("zasiłek stały: " + staly?.outcome);
try { evaluate({}); } catch (e) { if (!isHouseholdValidationError(e)) throw e; }
console.log("cjs:", explainResult(staly, "en")[0], "— rules as of", rulesAsOf);
`);
  writeFileSync(join(cjs, "plain.cjs"), `
const k = require("kryterium");
const r = k.evaluate(${household}).results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
if (r.outcome !== "eligible") throw new Error(r.outcome);
require("kryterium/household.schema.json");
const { createEngine } = require("kryterium/core");
const { pl } = require("kryterium/packs/pl");
const n = createEngine({ packs: [pl] }).decide(${household}).results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
if (n.outcome !== "eligible" || n.amount !== r.amount) throw new Error("kryterium/core + kryterium/packs/pl: " + n.outcome);
console.log("cjs plain require:", r.amount, "(the same from kryterium/core over kryterium/packs/pl)");
`);
  json(join(cjs, "tsconfig.json"), { compilerOptions: { ...compilerOptions, module: "nodenext", moduleResolution: "nodenext" }, include: ["src"] });
  try {
    run(process.execPath, [tsc, "-p", "tsconfig.json"], cjs);
    check(true, "CommonJS project type-checks (module nodenext, type commonjs)");
    log(run(process.execPath, ["build/main.js"], cjs).trim());
    log(run(process.execPath, ["plain.cjs"], cjs).trim());
    check(true, "CommonJS project requires kryterium and evaluates a household");
  } catch (e) {
    check(false, `CommonJS project: ${e.stdout ?? e.message}`);
  }
} finally {
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`consumer: ${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
