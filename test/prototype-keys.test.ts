import { describe, expect, it } from "vitest";
import { decide, evaluate, validateHousehold } from "../src/index.js";
import { label } from "../src/explain/labels.js";

/**
 * Member ids and the keys that refer to them are the caller's text: `constructor`, `toString`,
 * `__proto__` and every other name an object inherits must be read as plain text, never as
 * the inherited property.
 */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];
const ALIMONY = "pl/fundusz-alimentacyjny/swiadczenie";

/** A family whose applicant has the given id, referred to by every field that names a member. */
function family(id: string, declareApplicantIncome: boolean) {
  const incomes: Record<string, string> = JSON.parse(declareApplicantIncome ? `{${JSON.stringify(id)}:"29016.24","dziecko":"0"}` : `{"dziecko":"0"}`) as Record<string, string>;
  return {
    evaluationDate: "2025-03-01",
    householdType: "family",
    situations: ["ubostwo"],
    members: [
      { id, role: "applicant", birthDate: "1988-01-01", residence: "citizen", disability: [], incomes: [], caresFor: ["dziecko"] },
      { id: "dziecko", role: "child", birthDate: "2014-06-01", disability: [], incomes: [], alimony: { awarded: "600.00", enforcementIneffective: true } },
    ],
    baseYear: { year: 2023, incomes, farmHectares: "0", lostIncome: [{ member: id, amount: "0.00" }], gainedIncome: [{ member: id, monthly: "0.00" }] },
  };
}

/** The answers, with the applicant's id written back as "matka": they must not depend on it. */
function answers(id: string, declare: boolean) {
  const text = (value: unknown) => JSON.parse(JSON.stringify(value).split(JSON.stringify(id).slice(1, -1)).join("matka")) as unknown;
  return { evaluated: text(evaluate(family(id, declare))), decided: text(decide(family(id, declare))) };
}

describe("prototype-named keys are plain text", () => {
  for (const declare of [true, false]) {
    it(`every prototype name as a member id, referred to by baseYear, lostIncome, gainedIncome and caresFor (${declare ? "with" : "without"} its base-year income)`, () => {
      const expected = answers("matka", declare);
      for (const name of PROTOTYPE_NAMES.filter((n) => n !== "__proto__")) {
        expect(answers(name, declare), name).toEqual(expected);
      }
      const alimony = decide(family("constructor", declare), { programmes: [ALIMONY] }).results[0];
      expect(alimony?.outcome).toBe(declare ? "eligible" : "needs-assessment");
      if (!declare) expect(alimony?.missing).toEqual(["baseYear.incomes.constructor"]);
    });
  }

  it("__proto__ is refused as a member id, and as a key of baseYear.incomes it names no member — never dropped", () => {
    const asId = validateHousehold(family("__proto__", true));
    expect(asId.ok).toBe(false);
    if (!asId.ok) expect(asId.issues.map((i) => [i.path, i.code])).toContainEqual(["members[0].id", "reserved-id"]);
    const asKey = family("matka", true);
    asKey.baseYear.incomes = JSON.parse(`{"matka":"1.00","dziecko":"0","__proto__":"5.00"}`) as Record<string, string>;
    const r = validateHousehold(asKey);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([["baseYear.incomes.__proto__", "unknown-member-id"]]);
  });

  it("every prototype name as a municipality name, a programme id and a label code is unknown, not inherited", () => {
    for (const name of PROTOTYPE_NAMES) {
      const r = validateHousehold({ ...family("matka", true), municipality: { name } });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["unknown-municipality"]);
      expect(() => decide(family("matka", true), { programmes: [name] }), name).toThrow(expect.objectContaining({ code: "invalid-option" }));
      expect(label(name, "pl")).toBe(name);
    }
  });
});
