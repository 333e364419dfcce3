import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shiftDays } from "../src/dates.js";
import { checkPacks } from "../src/packs/check.js";
import { Decimal } from "../src/money.js";
import { fnv1a64 } from "../src/rules/fnv1a64.js";
import { RULES_AS_OF, RULES_FINGERPRINT } from "../rules/generated.js";
import { allRules, valueAt } from "../src/evaluate.js";
import { PACK_DATA as KRAKOW } from "../rules/generated/krakow.js";
import { PACK_DATA as KRASNIK } from "../rules/generated/krasnik.js";
import { PACK_DATA as PL } from "../rules/generated/pl.js";

/** The compiled rules of the bundled packs, in the order of their files (the order the fingerprint is taken in). */
const RULE_DATA: readonly unknown[] = [...KRAKOW.rules, ...KRASNIK.rules, ...PL.rules];
import { RuleSchema } from "../src/rules/schema.js";

const rules = allRules();

describe("rule files", () => {
  it.each(RULE_DATA.map((r) => [(r as { source: string }).source, r]))("%s matches the rule schema", (_, raw) => {
    const parsed = RuleSchema.safeParse(raw);
    expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
    // The library loads the compiled packs without re-validating them: the compiled form must be the parsed form.
    expect(parsed.data).toEqual(raw);
  });

  it("the fingerprint is FNV-1a 64 over the compiled rules, and any change to them changes it", () => {
    const json = JSON.stringify(RULE_DATA);
    expect(RULES_FINGERPRINT).toBe(fnv1a64(json));
    expect(fnv1a64(json.replace("1010.00", "1010.01"))).not.toBe(RULES_FINGERPRINT);
    // the latest of the manifests' rulesAsOf (the day the law was last checked) and the newest version
    const days = [...[KRAKOW, KRASNIK, PL].map((p) => (p.manifest as { rulesAsOf?: string }).rulesAsOf ?? ""), ...rules.flatMap((r) => r.versions.map((v) => v.from))];
    expect(RULES_AS_OF).toBe(days.sort().at(-1));
  });

  it("pass the pack checks a gmina's pack passes at load (src/packs/check.ts), checked again from the compiled data", () => {
    // as data: the schemas too, not only the checks across packs a compiled pack gets
    const asData = [KRAKOW, KRASNIK, PL].map((p) => ({ manifest: p.manifest, rules: p.rules, manifestSource: `rules/${p.manifest.id}/pack.yaml` }));
    const checked = checkPacks(asData);
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.file} ${i.path}: ${i.message.en}`)).toEqual([]);
    expect(checked.ok && checked.packs.map((p) => p.fingerprint)).toEqual([KRAKOW.fingerprint, KRASNIK.fingerprint, PL.fingerprint]);
  });
});

describe("programmes announced edition by edition say so", () => {
  // A programme whose legal basis is a series of editions must carry `editions`, so that a date
  // after its last known edition reads "edition unknown", not "not in force"; the pack checker
  // then refuses its last version left without an end unless the file says why.
  const editionBased = rules.filter((r) => r.kind === "programme" && /edycj|edition/i.test(JSON.stringify(r.legalBasis) + JSON.stringify(r.versions.map((v) => v.reference.instrument))));
  it("there are such programmes", () => expect(editionBased.map((r) => r.id)).toEqual(expect.arrayContaining(["krakow/meleks", "pl/niepelnosprawnosc/asystent-osobisty", "pl/niepelnosprawnosc/opieka-wytchnieniowa"])));
  it.each(editionBased.map((r) => [r.id, r] as const))("%s is marked as run in editions", (_, rule) => {
    expect(rule.editions?.announced).toBeTruthy();
    const last = rule.versions[rule.versions.length - 1];
    expect(last?.to !== undefined || rule.editions?.openEnded !== undefined).toBe(true);
  });
});

describe("every parameter is read by some condition or formula", () => {
  // A parameter nobody reads is a number an auditor would check for nothing (or a typo that
  // leaves the real one unset). A name counts as read when a rule's conditions name it, or the
  // code names it ("name", or a numbered family read as `prefix${n}`).
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  const code = sourceFiles(join(__dirname, "..", "src")).map((f) => readFileSync(f, "utf8")).join("\n");
  const conditionText = JSON.stringify(rules.map((r) => [r.conditions ?? [], r.versions.map((v) => (v as { conditions?: unknown }).conditions ?? [])]));
  it.each(rules.map((r) => [r.id, r] as const))("%s", (_, rule) => {
    const names = new Set(rule.versions.flatMap((v) => Object.keys(v.parameters)));
    const unread = [...names].filter(
      (name) => !conditionText.includes(`"${name}"`) && !code.includes(`"${name}"`) && !code.includes(`${name.replace(/[0-9]+$/, "")}\${`),
    );
    expect(unread).toEqual([]);
  });
});

describe("art. 9 ust. 5–6: amounts derived from the criteria increase", () => {
  // At each verification the income from 1 ha rises by 25 % and the zasiłek stały cap by 50 %
  // of the sum of the two criteria increases, rounded to whole złoty. The regulations publish the
  // results; recomputing them catches a typo in any of the four numbers.
  const criteria = rules.find((r) => r.id === "pl/pomoc-spoleczna/kryterium-dochodowe");
  const pairs = (criteria?.versions ?? []).slice(1).map((v, i) => [criteria?.versions[i], v] as const);
  it.each(pairs.map(([a, b]) => [`${a?.from} → ${b.from}`, a, b] as const))("%s", (_, before, after) => {
    const p = (v: typeof before, name: string) => new Decimal(v?.parameters[name] ?? "0");
    const increase = p(after, "single").minus(p(before, "single")).plus(p(after, "perPerson")).minus(p(before, "perPerson"));
    const expectedHectare = p(before, "farmIncomePerHectare").plus(increase.times("0.25")).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    expect(p(after, "farmIncomePerHectare").toFixed(2)).toBe(expectedHectare.toFixed(2));
    const capAt = (date: string) => new Decimal(valueAt("pl/pomoc-spoleczna/zasilek-staly", date).version.parameters["capSingle"] ?? "0");
    const expectedCap = capAt(shiftDays(after.from, -1)).plus(increase.times("0.5")).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    expect(capAt(after.from).toFixed(2)).toBe(expectedCap.toFixed(2));
  });
});

describe("no legal value in src/", () => {
  // Every amount, percentage, age and date of the law lives in rules/. The scan flags any
  // numeric literal in the core (src/ without the CLI's presentation code) that equals a rule
  // parameter, except small integers (months, indices) and the technical constants listed per
  // file below with their reason.
  const technical: Record<string, { numbers: string[]; reason: string }> = {
    "src/household/pesel.ts": { numbers: ["1800", "1900", "2000", "2100", "2200", "20", "40", "60", "80"], reason: "PESEL century offsets (ustawa o ewidencji ludności, art. 15)" },
    "src/household/schema.ts": { numbers: ["45", "50", "64", "100", "256", "512", "10000"], reason: "input size bounds against hostile input, not law (LIMITS)" },
    "src/money.ts": { numbers: ["100"], reason: "grosze in a złoty" },
    "src/dates.ts": { numbers: ["28", "29", "30", "31", "100", "400", "153"], reason: "Gregorian month lengths, leap-year rule, and the 153-day five-month cycle of the day-number algorithm" },
    "src/rules/fnv1a64.ts": { numbers: ["16"], reason: "hex digits of a 64-bit FNV-1a hash" },
    "src/server/errors.ts": { numbers: ["400", "404", "408", "413", "415", "500", "503"], reason: "HTTP status codes" },
    "src/server/openapi.ts": { numbers: ["400", "404", "408", "413", "415", "500", "503"], reason: "HTTP status codes" },
    "src/server/server.ts": { numbers: ["20", "100", "8080", "10000", "64", "1000", "50"], reason: "the server's default limits (1 << 20 bytes, 100 households, …), not law" },
    "src/conditions/working-days.ts": { numbers: ["100", "25", "30", "19", "15", "32", "7", "11", "22", "451", "114", "31"], reason: "Gauss's Easter algorithm" },
  };
  const values = new Set<string>();
  for (const r of rules) for (const v of r.versions) for (const value of Object.values(v.parameters)) if (value !== null) values.add(new Decimal(value).toString());
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  const scanned = files(join(__dirname, "..", "src"))
    .map((f) => [f.replace(/.*\/src\//, "src/"), f] as const)
    .filter(([name]) => !name.startsWith("src/cli/"));
  it.each(scanned)("%s", (name, file) => {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (s) => (/^["`][0-9]+(?:\.[0-9]+)?["`]$/.test(s) ? s : '""'));
    const literals = code.match(/(?<![\w.])[0-9]+(?:\.[0-9]+)?(?![\w.])|"[0-9]+(?:\.[0-9]+)?"|`[0-9]+(?:\.[0-9]+)?`/g) ?? [];
    const allowed = new Set(technical[name]?.numbers ?? []);
    const offending = literals
      .map((l) => l.replace(/["`]/g, ""))
      .filter((l) => !(Number.isInteger(Number(l)) && Number(l) <= 12) && !allowed.has(l))
      .filter((l) => values.has(new Decimal(l).toString()));
    expect(offending).toEqual([]);
  });
});
