import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDates, daysInMonth, formatCivilDate, leapYear, monthOf, monthsBetween, previousMonth, shiftDays } from "../../src/dates.js";
import { Decimal, formatAmount, roundToGrosz, sum } from "../../src/money.js";
import { decodePesel, redactPesel } from "../../src/household/pesel.js";
import { ageByBirthYear, ageOn, dateOfReachingAge } from "../../src/household/age.js";
import {
  KryteriumError,
  RuleDateError,
  allRules,
  decide,
  evaluate,
  getRule,
  isHouseholdValidationError,
  isKryteriumError,
  isRuleDateError,
  renderMessage,
  rulesAsOf,
  rulesFingerprint,
  valueAt,
  version,
} from "../../src/index.js";
import { coverage, findVersion } from "../../src/rules/registry.js";
import { DecisionRecordSchema, decisionRecord, replayDecision } from "../../src/audit/replay.js";
import { defaultEngine } from "../../src/evaluate.js";

/** PESEL with the check digit computed for the ten digits given. */
function pesel(ten: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...ten].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return `${ten}${(10 - (s % 10)) % 10}`;
}

describe("calendar", () => {
  it("months have their days; February has 29 only in leap years", () => {
    expect([1, 2, 3, 4, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect([1900, 2000, 2023, 2024].map(leapYear)).toEqual([false, true, false, true]);
  });
  it("writes years below 1000 with four digits", () => {
    expect(formatCivilDate({ year: 42, month: 7, day: 9 })).toBe("0042-07-09");
    expect(shiftDays("0099-12-31", 1)).toBe("0100-01-01");
  });
  it("an impossible date cannot be shifted", () => {
    expect(() => shiftDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => previousMonth("2023-13-01")).toThrow("Not a civil date: 2023-13-01");
  });
  it("knows the month of a date and the month before, across a year", () => {
    expect(monthOf("2025-03-31")).toBe("2025-03");
    expect(previousMonth("0010-01-31")).toBe("0009-12");
    expect(previousMonth("2025-10-31")).toBe("2025-09");
    expect(previousMonth("2025-11-30")).toBe("2025-10");
    expect(monthsBetween("2025-02", "2025-02")).toBe(0);
    expect(monthsBetween("2024-12", "2025-01")).toBe(1);
  });
  it("orders dates", () => {
    expect(compareDates("2025-01-01", "2025-01-02")).toBe(-1);
    expect(compareDates("2025-01-02", "2025-01-01")).toBe(1);
    expect(compareDates("2025-01-01", "2025-01-01")).toBe(0);
  });
});

describe("money", () => {
  it("prints two decimals when exact to the grosz and every digit otherwise", () => {
    expect(formatAmount(new Decimal("5"))).toBe("5.00");
    expect(formatAmount(new Decimal("5.1"))).toBe("5.10");
    expect(formatAmount(new Decimal("5.12"))).toBe("5.12");
    expect(formatAmount(new Decimal("5.125"))).toBe("5.125");
  });
  it("prints exactly what toFixed(2) prints for any amount exact to the grosz, however large or negative", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (grosze) => {
        const value = new Decimal(grosze.toString()).div(100);
        expect(formatAmount(value)).toBe(value.toFixed(2));
      }),
      { numRuns: 2000 },
    );
    expect(formatAmount(new Decimal("1e21"))).toBe("1000000000000000000000.00");
    expect(formatAmount(new Decimal("-0.1"))).toBe("-0.10");
  });
  it("rounds to the grosz in the direction a rule asks for", () => {
    const x = new Decimal("10.125");
    expect(roundToGrosz(x, "up").toFixed(2)).toBe("10.13");
    expect(roundToGrosz(x, "down").toFixed(2)).toBe("10.12");
    expect(roundToGrosz(x, "half-up").toFixed(2)).toBe("10.13");
    expect(roundToGrosz(new Decimal("10.124"), "half-up").toFixed(2)).toBe("10.12");
    expect(roundToGrosz(new Decimal("10.121"), "up").toFixed(2)).toBe("10.13");
    expect(roundToGrosz(new Decimal("10.129"), "down").toFixed(2)).toBe("10.12");
  });
  it("sums exactly, and an empty sum is zero", () => {
    expect(sum([new Decimal("0.10"), new Decimal("0.20")]).toString()).toBe("0.3");
    expect(sum([]).toString()).toBe("0");
  });
  it("divides with 40 significant digits, rounding half up", () => {
    expect(new Decimal(2).div(3).toString()).toBe("0.6666666666666666666666666666666666666667");
  });
});

describe("PESEL", () => {
  it("decodes all five centuries by the month offset", () => {
    expect(decodePesel(pesel("0092310000"))).toEqual({ birthDate: "1800-12-31", sex: "F" });
    expect(decodePesel(pesel("9981010000"))).toEqual({ birthDate: "1899-01-01", sex: "F" });
    expect(decodePesel(pesel("9912310000"))).toEqual({ birthDate: "1999-12-31", sex: "F" });
    expect(decodePesel(pesel("0021010000"))).toEqual({ birthDate: "2000-01-01", sex: "F" });
    expect(decodePesel(pesel("9932310000"))).toEqual({ birthDate: "2099-12-31", sex: "F" });
    expect(decodePesel(pesel("0041010000"))).toEqual({ birthDate: "2100-01-01", sex: "F" });
    expect(decodePesel(pesel("0061010000"))).toEqual({ birthDate: "2200-01-01", sex: "F" });
    expect(decodePesel(pesel("9972310000"))).toEqual({ birthDate: "2299-12-31", sex: "F" });
  });
  it("month 00, 13, 33 … are no month of any century", () => {
    for (const mm of ["00", "13", "20", "33", "53", "73", "93"]) expect(decodePesel(pesel(`99${mm}010000`)), mm).toBe("date");
  });
  it("the tenth digit gives the sex: odd for a man, even for a woman", () => {
    expect(decodePesel(pesel("4405140131"))).toMatchObject({ sex: "M" });
    expect(decodePesel(pesel("4405140139"))).toMatchObject({ sex: "M" });
    expect(decodePesel(pesel("4405140130"))).toMatchObject({ sex: "F" });
    expect(decodePesel(pesel("4405140138"))).toMatchObject({ sex: "F" });
  });
  it("a check digit of 0 (the weighted sum ends in 0)", () => {
    expect(pesel("0000000000").endsWith("0")).toBe(true);
    expect(decodePesel("00000000000")).toBe("date"); // valid check digit, month 00
    expect(decodePesel("00000000001")).toBe("checksum");
  });
  it("is masked completely for printing", () => expect(redactPesel("44051401359")).toBe("***********"));
});

describe("age (k.c. art. 112)", () => {
  it("is reached on the birthday, not the day before", () => {
    expect(ageOn("1960-12-31", "2025-12-30")).toBe(64);
    expect(ageOn("1960-12-31", "2025-12-31")).toBe(65);
    expect(ageOn("1960-01-01", "2025-01-01")).toBe(65);
    expect(ageOn("1960-01-01", "2024-12-31")).toBe(64);
  });
  it("a 29 February birth in a leap year of reaching the age", () => {
    expect(dateOfReachingAge("2000-02-29", 4)).toBe("2004-02-29");
    expect(dateOfReachingAge("2000-02-29", 1)).toBe("2001-02-28");
    expect(dateOfReachingAge("2000-02-28", 1)).toBe("2001-02-28");
    expect(dateOfReachingAge("2000-03-29", 1)).toBe("2001-03-29");
  });
  it("rejects a birth date that does not exist", () => expect(() => dateOfReachingAge("2001-02-29", 1)).toThrow("Not a civil date: 2001-02-29"));
  it("by birth year counts only the years", () => expect(ageByBirthYear("1952-01-01", "2022-12-31")).toBe(70));
});

describe("errors", () => {
  it("are recognised by brand and code, not by class", () => {
    const plain = new KryteriumError("invalid-option", "x");
    expect(plain.name).toBe("KryteriumError");
    expect(plain.message).toBe("x");
    expect(isKryteriumError(plain)).toBe(true);
    expect(isHouseholdValidationError(plain)).toBe(false);
    expect(isRuleDateError(plain)).toBe(false);
    for (const notOne of [null, undefined, "error", 42, new Error("x"), { code: "no-rule-version" }]) expect(isKryteriumError(notOne)).toBe(false);
    // a copy from another bundle: same brand, another class
    const foreign = { [Symbol.for("kryterium.error")]: true, code: "no-rule-version" };
    expect(isRuleDateError(foreign)).toBe(true);
    expect(isHouseholdValidationError({ ...foreign, code: "invalid-household" })).toBe(true);
  });
  it("a date before a rule's first version names the rule and the span its versions cover", () => {
    try {
      valueAt("pl/pomoc-spoleczna/kryterium-dochodowe", "2006-09-30");
      expect.unreachable();
    } catch (e) {
      expect(isRuleDateError(e)).toBe(true);
      const err = e as RuleDateError;
      expect(err.name).toBe("RuleDateError");
      expect(err.ruleId).toBe("pl/pomoc-spoleczna/kryterium-dochodowe");
      expect(err.date).toBe("2006-09-30");
      expect(err.coverage).toEqual({ from: "2006-10-01", to: undefined });
      expect(err.message).toBe("Rule pl/pomoc-spoleczna/kryterium-dochodowe has no version in force on 2006-09-30 (versions cover 2006-10-01 – open)");
    }
    expect(new RuleDateError("r", "2000-01-01", { from: "2001-01-01", to: "2002-01-01" }).message).toBe("Rule r has no version in force on 2000-01-01 (versions cover 2001-01-01 – 2002-01-01)");
  });
});

describe("rule registry", () => {
  it("lists every rule, and an unknown id is an error", () => {
    expect(allRules().length).toBeGreaterThan(20);
    expect(getRule("pl/pomoc-spoleczna/zasilek-staly").kind).toBe("programme");
    try {
      getRule("pl/nie-ma");
      expect.unreachable();
    } catch (e) {
      expect(isKryteriumError(e) && e.code).toBe("unknown-rule");
      expect((e as Error).message).toBe("Unknown rule: pl/nie-ma");
    }
  });
  it("a version is in force from its first to its last day", () => {
    const rule = getRule("pl/pomoc-spoleczna/kryterium-dochodowe");
    expect(findVersion(rule, "2006-09-30")).toBeUndefined();
    expect(findVersion(rule, "2006-10-01")?.parameters["single"]).toBe("477.00");
    expect(findVersion(rule, "2024-12-31")?.parameters["single"]).toBe("776.00");
    expect(findVersion(rule, "2025-01-01")?.parameters["single"]).toBe("1010.00");
    expect(valueAt(rule.id, "9999-12-31").version.from).toBe("2025-01-01");
    expect(coverage(rule)).toEqual({ from: "2006-10-01", to: undefined });
  });
  it("the rules are frozen, and so is what a result shares with them: no caller changes the law for the rest of the process", () => {
    const rule = getRule("pl/pomoc-spoleczna/kryterium-dochodowe");
    expect(() => {
      (rule.versions[0]?.parameters as Record<string, string>)["single"] = "1.00";
    }).toThrow(TypeError);
    expect(() => (rule.versions as unknown[]).push({})).toThrow(TypeError);
    expect(findVersion(rule, "2006-10-01")?.parameters["single"]).toBe("477.00");
    const decided = decide(h, { programmes: [STALY] }).results[0];
    expect(() => Object.assign(decided?.legalBasis ?? {}, { provision: "x" })).toThrow(TypeError);
    expect(() => Object.assign(decided?.version ?? {}, { from: "1900-01-01" })).toThrow(TypeError);
    expect(decide(h, { programmes: [STALY] }).results[0]?.version).toEqual(decided?.version);
    expect(decided?.version?.from).not.toBe("1900-01-01");
  });
  it("the rules fingerprint and the day the rules know the law up to are published", () => {
    expect(rulesFingerprint).toMatch(/^[0-9a-f]{16}$/);
    const newest = allRules().flatMap((r) => r.versions.map((v) => v.from)).sort().at(-1) ?? "";
    expect(rulesAsOf >= newest).toBe(true);
    expect(rulesAsOf).toBe(defaultEngine.rulesAsOf);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

/** A single pensioner of 80 with 939.00 zł, used by the evaluate-options and replay tests. */
const h = {
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  members: [{ id: "a", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "939.00" }] }],
};
const STALY = "pl/pomoc-spoleczna/zasilek-staly";

describe("evaluate options", () => {
  it("the date option replaces the household's evaluation date", () => {
    const r = evaluate(h, { date: "2024-06-15", programmes: [STALY] });
    expect(r.date).toBe("2024-06-15");
    // 939.00 zł is not below K1 = 776 zł in 2024; it is below 1010 zł in 2025
    expect(r.results[0]?.outcome).toBe("not-eligible");
    expect(evaluate(h, { programmes: [STALY] }).results[0]?.amount).toBe("374.00");
  });
  it("a date option that is not a date is refused, naming it", () => {
    expect(() => evaluate(h, { date: "2025-02-30" })).toThrow('options.date must be a YYYY-MM-DD date, got "2025-02-30"');
    try {
      evaluate(h, { date: "15.03.2025" });
    } catch (e) {
      expect(isKryteriumError(e) && e.code).toBe("invalid-option");
    }
  });
  it("unknown programmes are refused, all of them named", () => {
    expect(() => evaluate(h, { programmes: [STALY, "pl/x", "pl/y"] })).toThrow("Unknown programme: pl/x, pl/y");
  });
  it("a programmes option that is not a list is refused, naming it", () => {
    for (const programmes of [STALY, { 0: STALY, length: 1 }, null]) {
      expect(() => decide(h, { programmes: programmes as unknown as string[] })).toThrow(/^options\.programmes must be a list of programme ids/);
    }
  });
  it("asked for by id, only those programmes are answered, each once and in rule order; a rule that is not a programme is unknown", () => {
    const asked = [STALY, "pl/pomoc-spoleczna/zasilek-okresowy", STALY, "pl/posilek/posilek-w-szkole-i-w-domu"];
    const inRuleOrder = allRules().filter((r) => asked.includes(r.id)).map((r) => r.id);
    expect(inRuleOrder).toEqual(["pl/pomoc-spoleczna/zasilek-okresowy", STALY, "pl/posilek/posilek-w-szkole-i-w-domu"]);
    expect(evaluate(h, { programmes: asked }).results.map((x) => x.programme)).toEqual(inRuleOrder);
    expect(decide(h, { programmes: asked }).results.map((x) => x.programme)).toEqual(inRuleOrder);
    expect(() => evaluate(h, { programmes: ["pl/pomoc-spoleczna/kryterium-dochodowe"] })).toThrow("Unknown programme: pl/pomoc-spoleczna/kryterium-dochodowe");
    expect(evaluate(h, { programmes: [] }).results).toEqual([]);
  });
  it("a programme asked for on a date before its first version says when it is in force", () => {
    const r = evaluate(h, { date: "2006-09-30", programmes: [STALY] }).results[0];
    expect(r?.outcome).toBe("not-eligible");
    expect(r?.version).toBeUndefined();
    expect(r?.reason).toEqual({ key: "reason.not-in-force", args: { date: "2006-09-30", from: "2006-10-01", to: "…" } });
    expect(r?.conditions).toEqual([]);
    expect(r?.missing).toEqual([]);
  });
  it("without a list: every programme in force that concerns the household's municipality", () => {
    const municipal = (municipality: unknown) =>
      evaluate(municipality === undefined ? h : { ...h, municipality }).results.filter((r) => r.programme.startsWith("krakow/"));
    expect(evaluate(h).results.map((r) => r.programme)).toContain(STALY);
    // unknown gmina: the programme is listed and asks for it
    expect(municipal(undefined).length).toBeGreaterThan(0);
    expect(municipal(undefined).every((r) => r.conditions[0]?.kind === "jurisdiction" && r.conditions[0].status === "unknown")).toBe(true);
    expect(municipal(undefined).some((r) => r.outcome === "needs-assessment" && r.missing.includes("municipality"))).toBe(true);
    const unknown = municipal(undefined)[0]?.conditions[0];
    expect(unknown?.missing).toEqual(["municipality"]);
    expect(renderMessage(unknown!.message, "pl")).toBe("Program gminny; nie podano gminy zamieszkania.");
    expect(renderMessage(unknown!.message, "en")).toBe("Municipal programme; the municipality of residence was not given.");
    expect(municipal({ name: "Kraków" }).length).toBe(municipal(undefined).length);
    expect(municipal("other")).toEqual([]);
    // asked for by id, a Kraków programme says the household lives elsewhere
    const elsewhere = evaluate({ ...h, municipality: "other" }, { programmes: ["krakow/zlota-raczka"] }).results[0];
    expect(elsewhere?.outcome).toBe("not-eligible");
    expect(elsewhere?.conditions[0]).toMatchObject({ kind: "jurisdiction", status: "fail", facts: { municipality: "other" } });
    expect(municipal({ teryt: "0000000" })).toEqual([]);
    expect(evaluate(h, { date: "2006-10-01" }).results.every((r) => r.version !== undefined)).toBe(true);
  });
});

describe("replaying a decision", () => {
  const OKRESOWY = "pl/pomoc-spoleczna/zasilek-okresowy";
  it("a record keeps the programmes asked for only when there was a list", () => {
    expect(decisionRecord(h, evaluate(h, { programmes: [STALY] }), [STALY]).programmes).toEqual([STALY]);
    expect("programmes" in decisionRecord(h, evaluate(h))).toBe(false);
  });
  it("a record is marked as a kryterium decision and can be read back", () => {
    const record = decisionRecord(h, evaluate(h, { programmes: [STALY] }), [STALY]);
    expect(record.kind).toBe("kryterium-decision");
    expect(record.date).toBe("2025-03-15");
    const copy = JSON.parse(JSON.stringify(record)) as unknown;
    expect(DecisionRecordSchema.parse(copy)).toEqual(copy);
    const broken = (change: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
      change(r);
      return DecisionRecordSchema.safeParse(r).success;
    };
    expect(broken((r) => (r["kind"] = "something-else"))).toBe(false);
    expect(broken((r) => delete r["evaluation"])).toBe(false);
    expect(broken((r) => ((r["evaluation"] as { library: unknown }).library = {}))).toBe(false);
    expect(broken((r) => ((r["evaluation"] as { results: unknown[] }).results = [{ outcome: "eligible" }]))).toBe(false);
    expect(broken((r) => ((r["evaluation"] as { results: Array<Record<string, unknown>> }).results[0]!["range"] = { min: "1.00" }))).toBe(false);
    expect(broken((r) => ((r["evaluation"] as { results: Array<Record<string, unknown>> }).results[0]!["version"] = { rule: "x" }))).toBe(false);
    expect(broken((r) => ((r["evaluation"] as { results: Array<Record<string, unknown>> }).results[0]!["conditions"] = [{ sources: [{ rule: "x" }] }]))).toBe(false);
  });
  it("a programme not in force (no version) replays without a version to compare", () => {
    const early = evaluate(h, { date: "2006-09-30", programmes: [STALY] });
    const record = decisionRecord(h, early, [STALY]);
    const changed = { ...record, evaluation: { ...record.evaluation, results: record.evaluation.results.map((r) => ({ ...r, outcome: "eligible" })) } };
    const r = replayDecision(changed);
    expect(r.differences).toEqual([{ programme: STALY, before: { outcome: "eligible", amount: undefined, range: undefined }, after: { outcome: "not-eligible", amount: undefined, range: undefined }, changedVersions: [] }]);
  });
  it("a version that starts on another day is named even when it ends on the same one", () => {
    const now = evaluate(h, { programmes: [STALY] });
    const record = decisionRecord(h, now, [STALY]);
    const results = record.evaluation.results.map((r) => ({ ...r, amount: "1.00", version: { ...(r.version as { rule: string; from: string }), from: "2024-01-01" } }));
    const d = replayDecision({ ...record, evaluation: { ...record.evaluation, results } }).differences[0];
    expect(d?.changedVersions.map((v) => [v.rule, v.before?.from, v.after?.from])).toEqual([[STALY, "2024-01-01", "2025-01-01"]]);
  });
  it("a programme recorded but no longer answered, and one answered now but not recorded, are both differences", () => {
    const now = evaluate(h, { programmes: [STALY] });
    const record = decisionRecord(h, now, [STALY]);
    const renamed = { ...record, evaluation: { ...record.evaluation, results: record.evaluation.results.map((r) => ({ ...r, programme: "pl/stary-program" })) } };
    const r = replayDecision(renamed);
    expect(r.same).toBe(false);
    expect(r.differences.map((d) => d.programme)).toEqual(["pl/stary-program", STALY]);
    expect(r.differences[0]?.after).toBeUndefined();
    expect(r.differences[0]?.before).toEqual({ outcome: "eligible", amount: "374.00", range: undefined });
    expect(r.differences[1]?.before).toBeUndefined();
    expect(r.differences[1]?.after).toEqual({ outcome: "eligible", amount: "374.00", range: undefined });
  });
  it("only versions that differ are named, by from and by to", () => {
    const now = evaluate(h, { programmes: [STALY, OKRESOWY] });
    const record = decisionRecord(h, now, [STALY, OKRESOWY]);
    const results = record.evaluation.results.map((r) =>
      r.programme === STALY ? { ...r, amount: "1.00", version: { ...(r.version as { rule: string; from: string }), to: "2099-12-31" } } : r,
    );
    const r = replayDecision({ ...record, evaluation: { ...record.evaluation, results } });
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]?.programme).toBe(STALY);
    expect(r.differences[0]?.changedVersions.map((v) => v.rule)).toEqual([STALY]);
    expect(r.differences[0]?.changedVersions[0]?.before?.to).toBe("2099-12-31");
    expect(r.differences[0]?.changedVersions[0]?.after?.to).toBeUndefined();
    expect(r.recorded).toEqual(now.library);
    expect(r.current).toEqual(now.library);
  });
});
