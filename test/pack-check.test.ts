import { describe, expect, it } from "vitest";
import { createEngine, decide, type HouseholdInput } from "../src/index.js";
import { checkPacks, type PackInput } from "../src/packs/check.js";
import { isPackLoadError, type PackIssue } from "../src/packs/issue.js";
import type { PackData } from "../src/packs/pack.js";
import { krakow } from "../src/packs/bundled/krakow.js";
import { pl } from "../src/packs/bundled/pl.js";

// A gmina's pack as data, as parsed from its files: test data, not law (the TERYT code is
// Bolesławiec's, the programme is made up for the test).
const REFERENCE = { instrument: "Uchwała testowa Rady Miasta (dane testu, nie prawo)", publication: "dane testowe" };
const programme = {
  id: "proba/bon-seniora",
  source: "proba/bon-seniora.yaml",
  kind: "programme",
  title: { pl: "Bon seniora (test)", en: "Senior voucher (test)" },
  jurisdiction: "0201011",
  legalBasis: REFERENCE,
  formula: "fixed-amount",
  conditions: [
    { kind: "age", min: "seniorAge", method: "birthday" },
    { kind: "income", criterion: "pl/pomoc-spoleczna/kryterium-dochodowe", operator: "lte", scope: "household", percent: "criterionShare" },
  ],
  versions: [
    { from: "2024-01-01", to: "2024-12-31", parameters: { seniorAge: "65", criterionShare: "1.50", amount: "200.00" }, reference: REFERENCE },
    { from: "2025-01-01", parameters: { seniorAge: "65", criterionShare: "2.00", amount: "250.00" }, reference: REFERENCE },
  ],
};
const manifest = {
  id: "proba",
  title: { pl: "Programy testowe", en: "Test programmes" },
  jurisdiction: "0201011",
  municipality: "Bolesławiec",
  version: "1",
  maintainer: "test",
  sources: [REFERENCE],
};

/** The test pack as data, changed by `edit` (a fresh copy each time). */
function gmina(edit: (pack: { manifest: Record<string, any>; rules: Record<string, any>[]; manifestSource?: string }) => void = () => {}): PackData {
  const pack = JSON.parse(JSON.stringify({ manifest, rules: [programme], manifestSource: "proba/pack.yaml" })) as { manifest: Record<string, any>; rules: Record<string, any>[] };
  edit(pack);
  return pack;
}

const senior = (income: string, municipality: HouseholdInput["municipality"] = { teryt: "0201011" }): HouseholdInput => ({
  evaluationDate: "2025-03-01",
  householdType: "single",
  municipality,
  members: [{ id: "a", role: "applicant", birthDate: "1950-05-05", sex: "F", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: income }] }],
});

/** The issues refusing the packs (none when they load). */
function issuesOf(packs: readonly PackInput[]): readonly PackIssue[] {
  const checked = checkPacks(packs);
  return checked.ok ? [] : checked.issues;
}

/** The one issue the broken pack gives, checked for its file and both languages. */
function onlyIssue(pack: PackData, others: readonly PackInput[] = [pl]): PackIssue {
  const issues = issuesOf([...others, pack]);
  expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
  const issue = issues[0] as PackIssue;
  expect(issue.message.pl).not.toBe(issue.message.en);
  expect(issue.message.pl.length).toBeGreaterThan(10);
  expect(issue.message.en.length).toBeGreaterThan(10);
  return issue;
}

describe("a pack as data", () => {
  it("loads beside the national pack and decides its programme, for residents only", () => {
    expect(issuesOf([pl, gmina()])).toEqual([]);
    const engine = createEngine({ packs: [pl, gmina()] });
    const result = (h: HouseholdInput) => engine.decide(h, { programmes: ["proba/bon-seniora"] }).results[0];
    expect(result(senior("1500.00"))).toMatchObject({ outcome: "eligible", amount: "250.00" });
    // 2025: the threshold is 2 × 1010.00 (art. 8 criterion for a single person)
    expect(result(senior("2020.00"))?.outcome).toBe("eligible");
    expect(result(senior("2020.01"))?.outcome).toBe("not-eligible");
    expect(result(senior("1500.00", { teryt: "1261011" }))?.outcome).toBe("not-eligible");
    // the manifest's municipality joins the engine's register of names
    expect(result(senior("1500.00", { name: "Bolesławiec" }))?.outcome).toBe("eligible");
    expect(engine.packs.map((p) => p.manifest.id)).toEqual(["pl", "proba"]);
    expect(engine.packs[1]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is the engine's own: another engine in the process never sees it", () => {
    const withPack = createEngine({ packs: [pl, gmina()] });
    const without = createEngine({ packs: [pl] });
    expect(withPack.rules().some((r) => r.id === "proba/bon-seniora")).toBe(true);
    expect(without.rules().some((r) => r.id === "proba/bon-seniora")).toBe(false);
    expect(() => without.getRule("proba/bon-seniora")).toThrow(/Unknown rule/);
    expect(without.decide(senior("1500.00")).results.some((r) => r.programme === "proba/bon-seniora")).toBe(false);
    expect(decide(senior("1500.00")).results.some((r) => r.programme === "proba/bon-seniora")).toBe(false);
    expect(withPack.decide(senior("1500.00")).results.some((r) => r.programme === "proba/bon-seniora")).toBe(true);
    // and a name only the pack registers is unknown to the other engine
    expect(without.validateHousehold(senior("1500.00", { name: "Bolesławiec" })).ok).toBe(false);
  });

  it("is refused whole: createEngine throws every issue, in both languages, and makes no engine", () => {
    const broken = gmina((p) => {
      p.rules[0]!.versions[0].parameters = { criterionShare: "1.50", amount: "200.00" };
      p.manifest.jurisdiction = "9901011";
    });
    let error: unknown;
    try {
      createEngine({ packs: [pl, broken] });
    } catch (e) {
      error = e;
    }
    expect(isPackLoadError(error)).toBe(true);
    if (!isPackLoadError(error)) return;
    expect(error.issues.map((i) => [i.file, i.path, i.code])).toEqual([
      ["proba/pack.yaml", "jurisdiction", "teryt"],
      ["proba/bon-seniora.yaml", "jurisdiction", "jurisdiction-mismatch"],
      ["proba/bon-seniora.yaml", "versions[1].parameters", "parameter-names"],
      ["proba/bon-seniora.yaml", "conditions[0].min", "unknown-parameter"],
    ]);
    expect(error.message).toContain("proba/bon-seniora.yaml conditions[0].min: parameter seniorAge is not defined in the version from 2024-01-01");
  });
});

describe("each check refuses a pack broken one way", () => {
  const cases: Array<[string, (p: { manifest: Record<string, any>; rules: Record<string, any>[] }) => void, { file: string; path: string; code: string; en: RegExp }]> = [
    ["a field the schema does not know", (p) => (p.rules[0]!.colour = "red"), { file: "proba/bon-seniora.yaml", path: "", code: "schema.unrecognized_keys", en: /unknown field: colour/ }],
    ["a condition kind the vocabulary lacks", (p) => (p.rules[0]!.conditions[0] = { kind: "horoscope", sign: "leo" }), { file: "proba/bon-seniora.yaml", path: "conditions[0].kind", code: "unknown-kind", en: /unknown condition kind "horoscope"/ }],
    ["a formula the library lacks", (p) => (p.rules[0]!.formula = "eval"), { file: "proba/bon-seniora.yaml", path: "formula", code: "schema.invalid_value", en: /allowed: .*"fixed-amount"/ }],
    ["an operator the vocabulary lacks", (p) => (p.rules[0]!.conditions[1].operator = "gt"), { file: "proba/bon-seniora.yaml", path: "conditions[1].operator", code: "schema.invalid_value", en: /allowed: "lte", "lt"/ }],
    ["an amount as a number", (p) => (p.rules[0]!.versions[0].parameters.amount = 200), { file: "proba/bon-seniora.yaml", path: "versions[0].parameters.amount", code: "schema.invalid_union", en: /./ }],
    ["versions that overlap", (p) => (p.rules[0]!.versions[1].from = "2024-12-01"), { file: "proba/bon-seniora.yaml", path: "versions[1].from", code: "versions-overlap", en: /begins before the one before it ends \(2024-12-31\)/ }],
    ["a gap no entry of gaps explains", (p) => (p.rules[0]!.versions[1].from = "2025-02-01"), { file: "proba/bon-seniora.yaml", path: "versions[1].from", code: "undeclared-gap", en: /gap 2025-01-01 – 2025-01-31 not explained/ }],
    ["an open-ended version before another", (p) => delete p.rules[0]!.versions[0].to, { file: "proba/bon-seniora.yaml", path: "versions[0].to", code: "open-version-not-last", en: /has no end but is not the last/ }],
    ["a version that ends before it begins", (p) => (p.rules[0]!.versions = [{ ...p.rules[0]!.versions[0], to: "2023-12-31" }]), { file: "proba/bon-seniora.yaml", path: "versions[0].to", code: "version-ends-before-start", en: /ends \(2023-12-31\) before it begins/ }],
    ["a version without a citation", (p) => delete p.rules[0]!.versions[1].reference, { file: "proba/bon-seniora.yaml", path: "versions[1].reference", code: "schema.invalid_type", en: /required field is missing/ }],
    ["a citation that names no instrument", (p) => (p.rules[0]!.versions[1].reference = { instrument: "uchwała", publication: "Dz.Urz." }), { file: "proba/bon-seniora.yaml", path: "versions[1].reference.instrument", code: "citation-instrument", en: /must name the instrument/ }],
    ["a parameter a condition reads but no version defines", (p) => (p.rules[0]!.conditions[0].min = "seniorAgee"), { file: "proba/bon-seniora.yaml", path: "conditions[0].min", code: "unknown-parameter", en: /parameter seniorAgee is not defined in the version from 2024-01-01, 2025-01-01/ }],
    ["a value left open with no open question naming it", (p) => (p.rules[0]!.versions[1].parameters.amount = null), { file: "proba/bon-seniora.yaml", path: "versions[1].parameters.amount", code: "open-parameter", en: /no open question names it/ }],
    ["a criterion rule no pack holds", (p) => (p.rules[0]!.conditions[1].criterion = "pl/pomoc-spoleczna/kryterium"), { file: "proba/bon-seniora.yaml", path: "conditions[1].criterion", code: "unknown-rule", en: /rule pl\/pomoc-spoleczna\/kryterium is not loaded/ }],
    [
      "a criterion rule not in force when the programme is",
      (p) => (p.rules[0]!.versions = [{ from: "2005-01-01", to: "2024-12-31", parameters: p.rules[0]!.versions[0].parameters, reference: REFERENCE }, p.rules[0]!.versions[1]]),
      { file: "proba/bon-seniora.yaml", path: "conditions[1].criterion", code: "rule-not-in-force", en: /has no version in force on 2005-01-01/ },
    ],
    ["a jurisdiction that is no TERYT code", (p) => (p.manifest.jurisdiction = p.rules[0]!.jurisdiction = "1261010"), { file: "proba/pack.yaml", path: "jurisdiction", code: "teryt", en: /not a gmina's TERYT code/ }],
    ["a rule of another gmina in the pack", (p) => (p.rules[0]!.jurisdiction = "1261011"), { file: "proba/bon-seniora.yaml", path: "jurisdiction", code: "jurisdiction-mismatch", en: /differs from the pack's \(0201011\)/ }],
    ["a rule outside the pack's name space", (p) => (p.rules[0]!.id = "gdansk/bon-seniora"), { file: "proba/bon-seniora.yaml", path: "id", code: "rule-outside-pack", en: /must begin with "proba\/"/ }],
    ["a programme run in editions left open-ended past its last edition", (p) => (p.rules[0]!.editions = { announced: "each year by the council" }), { file: "proba/bon-seniora.yaml", path: "versions[1].to", code: "edition-open-ended", en: /must end with its edition, or editions.openEnded must say why not/ }],
    ["editions on parameters, not a programme", (p) => p.rules.push({ ...p.rules[0]!, id: "proba/stawki", source: "proba/stawki.yaml", kind: "parameters", editions: { announced: "each year" }, conditions: undefined, formula: undefined }), { file: "proba/stawki.yaml", path: "editions", code: "editions-not-programme", en: /only a programme can run in editions/ }],
    ["a manifest's rulesAsOf that is no date", (p) => (p.manifest.rulesAsOf = "2026-13-01"), { file: "proba/pack.yaml", path: "rulesAsOf", code: "schema.custom", en: /expected a calendar date written YYYY-MM-DD/ }],
    ["a manifest without its maintainer", (p) => delete p.manifest.maintainer, { file: "proba/pack.yaml", path: "maintainer", code: "schema.invalid_type", en: /required field is missing/ }],
  ];
  it.each(cases)("%s", (_, edit, expected) => {
    const issue = onlyIssue(gmina(edit));
    expect({ file: issue.file, path: issue.path, code: issue.code }).toEqual({ file: expected.file, path: expected.path, code: expected.code });
    expect(issue.message.en).toMatch(expected.en);
    expect(() => createEngine({ packs: [pl, gmina(edit)] })).toThrow(expected.en);
  });

  it("a programme run in editions: its last edition ended, or the file says why it is left open", () => {
    const ended = gmina((p) => {
      p.rules[0]!.editions = { announced: "each year by the council" };
      p.rules[0]!.versions[1].to = "2025-12-31";
    });
    expect(issuesOf([pl, ended])).toEqual([]);
    const explained = gmina((p) => (p.rules[0]!.editions = { announced: "each year by the council", openEnded: "the council's resolution has no end date" }));
    expect(issuesOf([pl, explained])).toEqual([]);
  });

  it("a gap the rule declares is no issue", () => {
    expect(
      issuesOf([pl, gmina((p) => {
        p.rules[0]!.versions[1].from = "2025-02-01";
        p.rules[0]!.gaps = [{ from: "2025-01-01", to: "2025-01-31", reason: "the council suspended the programme for January" }];
      })]),
    ).toEqual([]);
  });

  it("a rule id another pack holds already, and a pack loaded twice", () => {
    const issues = issuesOf([pl, gmina(), gmina((p) => (p.manifestSource = "copy/pack.yaml"))]);
    expect(issues.map((i) => i.code).sort()).toEqual(["duplicate-pack", "duplicate-rule"]);
    expect(issues.find((i) => i.code === "duplicate-rule")?.message.en).toBe("rule proba/bon-seniora is defined already in proba/bon-seniora.yaml");
    expect(issuesOf([pl, { ...pl, rules: pl.rules }]).map((i) => i.code)).toContain("duplicate-pack");
  });

  it("a programme whose conditions need the national pack, loaded without it", () => {
    const issues = issuesOf([gmina()]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["conditions[1].criterion", "unknown-rule"],
      ["conditions[1].kind", "unknown-rule"],
    ]);
    expect(issues[1]?.message.en).toBe("rule pl/pomoc-spoleczna/dochod is not loaded (no pack holds it)");
  });

  it("something that is not a pack at all", () => {
    expect(issuesOf([pl, "rules" as unknown as PackData]).map((i) => [i.file, i.code])).toEqual([["pack 2", "not-a-pack"]]);
    const unnamed = issuesOf([pl, { manifest, rules: [{ ...programme, source: undefined, versions: [] }] }]);
    expect(unnamed.map((i) => [i.file, i.path])).toEqual([["pack proba: rules[0]", "versions"]]);
  });

  it("a copy of a bundled pack made by spreading it is data, checked again", () => {
    const changed = { ...krakow, rules: krakow.rules.map((r) => ({ ...r, versions: r.versions.map((v) => ({ ...v, parameters: { ...v.parameters, extra: 1 } })) })) };
    expect(issuesOf([pl, changed]).every((i) => i.code === "schema.invalid_union")).toBe(true);
    expect(issuesOf([pl, changed]).length).toBeGreaterThan(0);
  });
});
