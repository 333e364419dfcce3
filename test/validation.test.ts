import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, isHouseholdValidationError, validateHousehold } from "../src/index.js";
import { single } from "./support/households.js";

function issuesOf(input: unknown) {
  const result = validateHousehold(input);
  if (result.ok) throw new Error("expected the household to be rejected");
  return result.issues;
}

describe("invalid households are rejected with the field named, in Polish and English", () => {
  const cases: Array<[string, unknown, string]> = [
    ["an impossible date", single("2023-02-29"), "evaluationDate"],
    ["a number where an amount string is expected", single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: 1000 }] }), "members[0].incomes[0].gross"],
    ["a negative amount", single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "-1.00" }] }), "members[0].incomes[0].gross"],
    ["more than two decimals", single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "10.001" }] }), "members[0].incomes[0].gross"],
    ["an unknown income type", single("2025-01-01", { incomes: [{ type: "lottery", gross: "10.00" }] }), "members[0].incomes[0].type"],
    ["an unknown residence code", single("2025-01-01", { residence: "martian" }), "members[0].residence"],
    ["a malformed PESEL", single("2025-01-01", { pesel: "1234" }), "members[0].pesel"],
    ["a PESEL with a wrong check digit", single("2025-01-01", { pesel: "44051401466" }), "members[0].pesel"],
    ["a birth date after the evaluation date", single("2025-01-01", { birthDate: "2025-01-02" }), "members[0].birthDate"],
    ["a misspelt field", single("2025-01-01", { income: [] }), "members[0]"],
    ["deductions above the gross amount", single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "10.00", incomeTax: "11.00" }] }), "members[0].incomes[0].gross"],
    ["two members in a single household", { ...single("2025-01-01"), members: [{ id: "a", role: "applicant" }, { id: "b", role: "child" }] }, "householdType"],
    ["no applicant", { ...single("2025-01-01"), members: [{ id: "a", role: "child" }] }, "members"],
    ["an unknown municipality name", single("2025-01-01", {}, { municipality: { name: "Atlantyda" } }), "municipality.name"],
    ["a TERYT code that does not match the name", single("2025-01-01", {}, { municipality: { teryt: "0607011", name: "Kraków" } }), "municipality.name"],
  ];
  it.each(cases)("%s", (_, input, path) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message.pl.length).toBeGreaterThan(5);
    expect(issue?.message.en.length).toBeGreaterThan(5);
    expect(issue?.message.pl).not.toEqual(issue?.message.en);
  });

  it("evaluate throws a branded validation error, never a partial answer", () => {
    try {
      evaluate(single("2023-02-29"));
      expect.unreachable();
    } catch (e) {
      expect(isHouseholdValidationError(e)).toBe(true);
    }
  });

  it("a PESEL gives the birth date and sex", () => {
    const result = validateHousehold({ evaluationDate: "2025-01-01", householdType: "single", members: [{ id: "a", role: "applicant", pesel: "44051401465" }] });
    expect(result.ok).toBe(true);
    const r = evaluate({ evaluationDate: "2025-01-01", householdType: "single", members: [{ id: "a", role: "applicant", pesel: "44051401465" }] }, { programmes: ["pl/pomoc-spoleczna/zasilek-staly"] });
    const age = r.results[0]?.conditions.find((c) => c.kind === "age");
    expect(age?.facts).toEqual({ birthDate: "1944-05-14", age: "80" });
  });

  it("a __proto__ key is rejected and does not touch Object.prototype", () => {
    const input = JSON.parse('{"evaluationDate":"2025-01-01","householdType":"single","members":[{"id":"a","role":"applicant","__proto__":{"polluted":true}}]}');
    expect(validateHousehold(input).ok).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("arbitrary input", () => {
  it("only ever yields a validation error or a result", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          evaluate(value);
        } catch (e) {
          if (!isHouseholdValidationError(e)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });
  it("households with arbitrary field values only ever yield a validation error or a result", () => {
    const anything = fc.oneof(fc.jsonValue(), fc.constantFrom("2024-02-29", "1.00", "", "applicant", "single", "family"));
    fc.assert(
      fc.property(
        fc.record({ evaluationDate: anything, householdType: anything, members: fc.array(fc.dictionary(fc.constantFrom("id", "role", "birthDate", "incomes", "sex", "pesel"), anything), { maxLength: 3 }) }),
        (value) => {
          try {
            evaluate(value);
          } catch (e) {
            if (!isHouseholdValidationError(e)) throw e;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
