import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allRules, evaluate, getRule } from "../../src/index.js";
import type { ConditionResult, ProgrammeResult } from "../../src/explain/trace.js";
import { citedProvisions, describeCondition, describeContext } from "../../src/explain/describe.js";
import { RuleSchema } from "../../src/rules/schema.js";
import { FixtureSchema, runFixture } from "../../src/audit/fixture.js";

const STALY = "pl/pomoc-spoleczna/zasilek-staly";
const CELOWY = "pl/pomoc-spoleczna/zasilek-celowy";
const PRAWO = "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych";

function single(member: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    evaluationDate: "2025-03-15",
    householdType: "single",
    situations: ["ubostwo"],
    members: [{ id: "a", role: "applicant", birthDate: "1980-03-15", sex: "F", residence: "citizen", incomes: [], ...member }],
    ...extra,
  };
}

function condition(r: ProgrammeResult | undefined, kind: string): ConditionResult | undefined {
  const walk = (c: ConditionResult): ConditionResult[] => [c, ...(c.children ?? []).flatMap(walk)];
  return (r?.conditions ?? []).flatMap(walk).find((c) => c.kind === kind);
}

const run = (programme: string, h: unknown) => evaluate(h, { programmes: [programme] }).results[0];

describe("art. 7 situations", () => {
  it("no situation at all (an empty list) is a refusal, told apart from situations that do not qualify", () => {
    const none = condition(run(CELOWY, single({}, { situations: [] })), "situation");
    expect(none?.status).toBe("fail");
    expect(none?.message).toEqual({ key: "situation.fail-none", args: {} });
    expect(none?.facts).toEqual({ situations: "" });
  });
  it("situations of the member and of the household count together, each once, in order", () => {
    const s = condition(run(CELOWY, single({ situations: ["bezrobocie", "ubostwo"] }, { situations: ["ubostwo"] })), "situation");
    expect(s?.status).toBe("pass");
    expect(s?.facts).toEqual({ situations: "bezrobocie, ubostwo" });
    expect(s?.message).toEqual({ key: "situation.pass", args: { situations: "bezrobocie, ubostwo" } });
  });
  it("a situation listed twice in one list is shown once", () => {
    const s = condition(run(CELOWY, single({ situations: ["bezrobocie", "bezrobocie"] }, { situations: ["ubostwo", "ubostwo"] })), "situation");
    expect(s?.facts).toEqual({ situations: "bezrobocie, ubostwo" });
  });
  it("the member's own situations count when the household's are not given", () => {
    const h = single({ situations: ["bezrobocie"] });
    delete (h as Record<string, unknown>)["situations"];
    const s = condition(run(CELOWY, h), "situation");
    expect(s?.status).toBe("pass");
    expect(s?.facts).toEqual({ situations: "bezrobocie" });
  });
  it("zasiłek okresowy: situations outside „w szczególności” are left to the office, all of them named", () => {
    const s = condition(run("pl/pomoc-spoleczna/zasilek-okresowy", single({}, { situations: ["ubostwo", "bezdomnosc"] })), "situation");
    expect(s?.status).toBe("assess");
    expect(s?.message).toEqual({ key: "situation.assess", args: { situations: "bezdomnosc, ubostwo" } });
  });
  it("situations not given at all are missing, for the household and for the member", () => {
    const h = single({});
    delete (h as Record<string, unknown>)["situations"];
    const s = condition(run(CELOWY, h), "situation");
    expect(s?.status).toBe("unknown");
    expect(s?.missing).toEqual(["situations", "members[0].situations"]);
  });
  it("a list of reasons that is open (art. 8 ust. 1: „lub innych okoliczności”) leaves poverty alone to the office", () => {
    const s = condition(run(PRAWO, single({}, { situations: ["ubostwo"] })), "situation");
    expect(s?.status).toBe("assess");
    expect(s?.message).toEqual({ key: "situation.assess", args: { situations: "ubostwo" } });
    expect(s?.values["anyOf"]).toContain("bezrobocie");
  });
});

describe("disability findings on the date", () => {
  const zus = (extra: Record<string, unknown>) => single({ birthDate: "1980-03-15", disability: [{ kind: "stopien", degree: "znaczny", ...extra }] });
  it("an orzeczenie valid from a later date does not count yet; from that day it does", () => {
    const before = condition(run(STALY, zus({ validFrom: "2025-03-16", validUntil: "permanent" })), "disability");
    expect(before?.status).toBe("fail");
    expect(before?.message.key).toBe("disability.not-valid");
    expect(before?.facts).toEqual({ findings: "znaczny (stopien, not-yet-valid)" });
    const on = condition(run(STALY, zus({ validFrom: "2025-03-15", validUntil: "permanent" })), "disability");
    expect(on?.status).toBe("pass");
    expect(on?.facts).toEqual({ findings: "znaczny (stopien, valid)" });
  });
  it("valid until a date: on that day it still counts, the day after it has expired", () => {
    expect(condition(run(STALY, zus({ validUntil: "2025-03-15" })), "disability")?.status).toBe("pass");
    const expired = condition(run(STALY, zus({ validUntil: "2025-03-14" })), "disability");
    expect(expired?.status).toBe("fail");
    expect(expired?.facts).toEqual({ findings: "znaczny (stopien, expired)" });
  });
  it("KRUS: with zasiłek pielęgnacyjny it is a severe degree (art. 62 ust. 2); without, a mild one", () => {
    const krus = (withZasilekPielegnacyjny: boolean) => single({ disability: [{ kind: "krus", withZasilekPielegnacyjny, validUntil: "permanent" }] });
    const withIt = condition(run(STALY, krus(true)), "disability");
    expect(withIt?.status).toBe("pass");
    expect(withIt?.message).toEqual({ key: "disability.pass", args: { degree: "znaczny", via: "krus/z-zasilkiem-pielegnacyjnym" } });
    const without = condition(run(STALY, krus(false)), "disability");
    expect(without?.status).toBe("fail");
    expect(without?.message.key).toBe("disability.fail");
    expect(without?.facts).toEqual({ findings: "" });
  });
  it("every finding of a degree the rule asks for is listed, valid or not", () => {
    const both = condition(run(STALY, single({ disability: [{ kind: "stopien", degree: "znaczny", validUntil: "2020-01-01" }, { kind: "stopien", degree: "umiarkowany", validUntil: "permanent" }] })), "disability");
    expect(both?.status).toBe("pass");
    expect(both?.facts).toEqual({ findings: "znaczny (stopien, expired); umiarkowany (stopien, valid)" });
  });
  it("KRUS without zasiłek pielęgnacyjny is a mild degree — enough for Złota rączka's priority", () => {
    const r = run("krakow/zlota-raczka", {
      ...single({ birthDate: "1950-01-01", disability: [{ kind: "krus", withZasilekPielegnacyjny: false, validUntil: "permanent" }] }),
      municipality: { name: "Kraków" },
    });
    const priority = r?.conditions.find((c) => c.kind === "priority");
    expect(priority?.children?.find((c) => c.kind === "disability")?.message).toEqual({ key: "disability.pass", args: { degree: "lekki", via: "krus/bez-zasilku-pielegnacyjnego" } });
  });
  it("a finding without a validity date is asked about, naming the finding", () => {
    const undated = condition(run(STALY, single({ disability: [{ kind: "stopien", degree: "lekki" }, { kind: "stopien", degree: "umiarkowany" }] })), "disability");
    expect(undated?.status).toBe("unknown");
    expect(undated?.missing).toEqual(["members[0].disability[1].validUntil"]);
  });
});

describe("income for cash benefits and for benefits in kind (art. 8 ust. 4a)", () => {
  const h = single({ birthDate: "1944-05-14", incomes: [{ type: "emerytura-renta", gross: "900.00" }, { type: "swiadczenie-uzupelniajace", gross: "500.00" }] });
  it("the świadczenie uzupełniające is not income for a cash benefit", () => {
    const income = condition(run(STALY, h), "income");
    expect(income?.facts["income"]).toBe("900.00");
  });
  it("it is income for food aid, a benefit in kind", () => {
    const income = condition(run("pl/pomoc-zywnosciowa/popz-fepz", h), "income");
    expect(income?.facts["income"]).toBe("1400.00");
  });
  it("both at once: one evaluation keeps the two incomes apart", () => {
    const { results } = evaluate(h, { programmes: [STALY, "pl/pomoc-zywnosciowa/popz-fepz"] });
    const incomes = Object.fromEntries(results.map((r) => [r.programme, condition(r, "income")?.facts["income"]]));
    expect(incomes).toEqual({ [STALY]: "900.00", "pl/pomoc-zywnosciowa/popz-fepz": "1400.00" });
  });
});

describe("income summed across parts (art. 8 ust. 3)", () => {
  // 2025: K1 = 1010 zł, 459 zł from 1 ha przeliczeniowy
  const income = (member: Record<string, unknown>) => condition(run(PRAWO, single(member)), "income")?.facts["income"];
  it("alimony paid above the receipts gives a negative sum, taken as zero (open question negative-income)", () => {
    expect(income({ incomes: [{ type: "wynagrodzenie", gross: "100.00" }], alimonyPaid: "300.00" })).toBe("0.00");
  });
  it("two one-off incomes spread over 12 months both count, a twelfth each", () => {
    const oneOff = (gross: string) => ({ type: "wynagrodzenie", gross, oneOff: { receivedOn: "2025-02-10" } });
    expect(income({ incomes: [oneOff("6000.00"), oneOff("12000.00")] })).toBe("1500.00");
  });
  it("a farm without KRUS contributions: hectares × the income from 1 ha, with a one-off twelfth on top", () => {
    expect(income({ incomes: [], farm: { hectares: "2.0000" } })).toBe("918.00");
    expect(income({ incomes: [{ type: "wynagrodzenie", gross: "6000.00", oneOff: { receivedOn: "2025-02-10" } }], farm: { hectares: "2.0000", krusContributions: "18.00" } })).toBe("1400.00");
  });
});

describe("zasiłek stały in a family: the claimant's own income (art. 37 ust. 1 pkt 2)", () => {
  // 2025: Kr = 823 zł. The claimant is listed second and the spouse has income of their own, so
  // the claimant's own income is neither the household's total nor member 0's.
  const family = (own: Record<string, unknown>) => ({
    evaluationDate: "2025-03-15",
    householdType: "family",
    situations: ["ubostwo"],
    members: [
      { id: "b", role: "spouse", birthDate: "1944-05-14", sex: "M", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "700.00" }] },
      { id: "a", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", ...own },
    ],
  });
  const incomeConditions = (own: Record<string, unknown>) => (run(STALY, family(own))?.conditions ?? []).filter((c) => c.kind === "income");
  const wage = (gross: string) => ({ incomes: [{ type: "emerytura-renta", gross }] });
  it("is compared with the per-person criterion and shown as the claimant's base", () => {
    expect(incomeConditions(wage("822.99"))[1]?.status).toBe("pass");
    expect(incomeConditions(wage("823.00"))[1]?.status).toBe("fail");
    expect(incomeConditions(wage("822.99"))[1]?.message.args).toMatchObject({ base: "income.base-claimant", income: "822.99", threshold: "823.00" });
    // the family's income (700.00 + 822.99) against Kr × 2, next to it
    expect(incomeConditions(wage("822.99"))[0]?.message.args).toMatchObject({ base: "income.base-family", income: "1522.99", threshold: "1646.00" });
  });
  it("decides the same when the claimant's income is not whole grosze (a farm of 0 ha takes the decimal path)", () => {
    const withFarm = (gross: string) => ({ ...wage(gross), farm: { hectares: "0" } });
    expect(incomeConditions(withFarm("822.99"))[1]?.status).toBe("pass");
    expect(incomeConditions(withFarm("823.00"))[1]?.status).toBe("fail");
  });
});

describe("one-off income above five times the criterion (art. 8 ust. 11)", () => {
  // 2025: K1 = 1010 zł, so 6 000 zł > 5 × 1010 = 5 050 zł is spread over 12 months (500 zł each),
  // starting with the month it was received; March 2025 looks at February's income
  const withOneOff = (receivedOn: string) =>
    condition(run(STALY, single({ birthDate: "1944-05-14", incomes: [{ type: "emerytura-renta", gross: "900.00" }, { type: "wynagrodzenie", gross: "6000.00", oneOff: { receivedOn } }] })), "income")?.facts["income"];
  it("received in the month looked at: a twelfth counts", () => expect(withOneOff("2025-02-10")).toBe("1400.00"));
  it("received eleven months before: still a twelfth; twelve months before: no more", () => {
    expect(withOneOff("2024-03-31")).toBe("1400.00");
    expect(withOneOff("2024-02-29")).toBe("900.00");
  });
  it("received after the month looked at: it does not count yet", () => expect(withOneOff("2025-03-01")).toBe("900.00"));
  it("a twelfth that brings the income to the criterion exactly passes; one grosz more fails", () => {
    // "nie przekracza" with an income that includes a twelfth of a one-off payment
    const status = (wage: string) =>
      condition(run(PRAWO, single({ incomes: [{ type: "wynagrodzenie", gross: wage }, { type: "wynagrodzenie", gross: "6000.00", oneOff: { receivedOn: "2025-02-10" } }] })), "income")?.status;
    expect(status("510.00")).toBe("pass"); // 1 010.00 = K1
    expect(status("510.01")).toBe("fail");
  });
  it("5 050 zł exactly is not above five times the criterion: it counts whole, in its own month only", () => {
    const atLimit = (receivedOn: string) =>
      condition(run(STALY, single({ birthDate: "1944-05-14", incomes: [{ type: "wynagrodzenie", gross: "5050.00", oneOff: { receivedOn } }] })), "income")?.facts["income"];
    expect(atLimit("2025-02-28")).toBe("5050.00");
    expect(atLimit("2025-01-31")).toBe("0.00");
  });
});

describe("rule files in words", () => {
  it("every condition of every programme, in Polish and English", async () => {
    const lines: string[] = [];
    for (const rule of allRules().filter((r) => r.kind === "programme")) {
      lines.push(`## ${rule.id}`);
      const editions = [{ from: "", conditions: rule.conditions ?? [] }, ...rule.versions.filter((v) => v.conditions).map((v) => ({ from: v.from, conditions: v.conditions ?? [] }))];
      for (const edition of editions) {
        if (edition.from) lines.push(`### from ${edition.from}`);
        const pl = describeContext(rule, allRules(), "pl");
        const en = describeContext(rule, allRules(), "en");
        for (const c of edition.conditions) lines.push(`- pl: ${describeCondition(c, "pl", pl)}`, `- en: ${describeCondition(c, "en", en)}`);
      }
      lines.push("");
    }
    await expect(lines.join("\n")).toMatchFileSnapshot("golden/conditions.txt");
  });

  it("the provisions a rule's conditions cite: each once, nested ones included, none empty", () => {
    const cited = citedProvisions(getRule(STALY));
    expect(cited).toContain("art. 5");
    expect(cited).toContain("art. 6 pkt 7");
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited.every((c) => c.length > 0)).toBe(true);
    expect(citedProvisions({ ...getRule(STALY), conditions: undefined })).toEqual([]);
  });

  it("a programme must list its conditions, in the rule or in every version", () => {
    const raw = parse(readFileSync(join(__dirname, "..", "..", "rules", "pl", "pomoc-spoleczna", "zasilek-celowy.yaml"), "utf8")) as Record<string, unknown>;
    expect(RuleSchema.safeParse({ ...raw, source: "x.yaml" }).success).toBe(true);
    const without = { ...raw, source: "x.yaml", conditions: undefined };
    const parsed = RuleSchema.safeParse(without);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["conditions", "a programme lists its conditions"]]);
  });
});

describe("fixture runner", () => {
  const fixture = (expect: Record<string, unknown>, household?: unknown) =>
    FixtureSchema.parse({
      name: "A deliberately wrong expectation",
      programme: STALY,
      basis: "art. 37",
      date: "2025-03-15",
      household: household ?? single({ birthDate: "1944-05-14", incomes: [{ type: "emerytura-renta", gross: "939.00" }] }, { evaluationDate: "2024-01-01" }),
      expect,
    });
  it("names every field that differs, with the value expected and the one computed", () => {
    const outcome = runFixture(fixture({ outcome: "eligible", amount: "375.00", missing: ["x"], versionFrom: "2024-01-01" }));
    expect(outcome.pass).toBe(false);
    expect(outcome.differences).toEqual([
      'amount: expected "375.00", got "374.00"',
      'missing: expected ["x"], got []',
      'versionFrom: expected "2024-01-01", got "2025-01-01"',
    ]);
  });
  it("evaluates on the fixture's date rather than the household's", () => {
    const outcome = runFixture(fixture({ outcome: "eligible", amount: "374.00", versionFrom: "2025-01-01" }));
    expect(outcome).toMatchObject({ pass: true, differences: [] });
    expect(outcome.result?.programme).toBe(STALY);
  });
  it("an invalid household is a failed fixture that says why, not an exception", () => {
    const outcome = runFixture(fixture({ outcome: "eligible" }, { evaluationDate: "2025-02-30" }));
    expect(outcome.pass).toBe(false);
    expect(outcome.differences).toHaveLength(1);
    expect(outcome.differences[0]).toMatch(/^error: Invalid household: evaluationDate: /);
    expect(outcome.result).toBeUndefined();
  });
});
