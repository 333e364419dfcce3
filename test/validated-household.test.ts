import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATES, population } from "../bench/population.mjs";
import { HouseholdValidationError, decide, evaluate, validateHousehold } from "../src/index.js";
import { family, income } from "./support/households.js";
import { coveredDate, household as anyHousehold } from "./properties/arbitraries.js";

/**
 * A household `validateHousehold` returned is frozen, and `evaluate` and `decide` take it without
 * validating it again: these tests hold that it answers exactly as its input does, that nothing
 * can change it, and that anything else — its input, an edited copy — is validated as before.
 */

const examples = readdirSync(join(__dirname, "..", "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f): [string, unknown] => [f, JSON.parse(readFileSync(join(__dirname, "..", "examples", f), "utf8"))]);

function validated(input: unknown) {
  const result = validateHousehold(input);
  if (!result.ok) throw new Error(`not valid: ${JSON.stringify(result.issues)}`);
  return result.household;
}

describe("a validated household", () => {
  it("is answered as its input is, by evaluate and by decide, at every date", () => {
    const cases: [string, unknown][] = [...examples, ...population(400).map((h, i): [string, unknown] => [`bench ${i}`, h])];
    expect(cases.length).toBeGreaterThan(400);
    for (const [name, input] of cases) {
      const household = validated(input);
      for (const date of [undefined, ...DATES]) {
        const options = date === undefined ? {} : { date };
        expect(JSON.stringify(evaluate(household, options)), name).toBe(JSON.stringify(evaluate(input, options)));
        expect(JSON.stringify(decide(household, options)), name).toBe(JSON.stringify(decide(input, options)));
      }
    }
  });

  it("is answered as its input is on random households at random dates (property)", () => {
    fc.assert(
      fc.property(anyHousehold, coveredDate, (input, date) => {
        const household = validated(input);
        expect(JSON.stringify(decide(household, { date }))).toBe(JSON.stringify(decide(input, { date })));
        expect(JSON.stringify(evaluate(household, { date }))).toBe(JSON.stringify(evaluate(input, { date })));
      }),
      { numRuns: 300 },
    );
  });

  it("is frozen to the last field, so nothing can change it after it was validated", () => {
    const household = validated(family("2025-03-01", ["1200.00", "0"]));
    const member = household.members[0]!;
    expect(() => {
      (household as { evaluationDate: string }).evaluationDate = "2025-13-01";
    }).toThrow(TypeError);
    expect(() => (household.members as unknown[]).push({ ...member, id: "x" })).toThrow(TypeError);
    expect(() => {
      (member as { birthDate?: string }).birthDate = "not a date";
    }).toThrow(TypeError);
    expect(() => (member.incomes as unknown[]).push(income("1.00"))).toThrow(TypeError);
    expect(() => {
      (member.incomes![0] as { gross: string }).gross = "-5";
    }).toThrow(TypeError);
    expect(household.members[0]!.incomes![0]!.gross).toBe("1200.00");
  });

  it("is returned as it is when validated again", () => {
    const household = validated(family("2025-03-01", ["1200.00", "0"]));
    const again = validateHousehold(household);
    expect(again.ok && again.household).toBe(household);
  });

  it("is a copy: its input is validated again whenever it is given, and may since have become invalid", () => {
    const input = family("2025-03-01", ["1200.00", "0"]);
    const household = validated(input);
    expect(household).not.toBe(input);
    input.members[0]!.incomes[0]!["gross"] = "12,00";
    expect(() => evaluate(input)).toThrow(HouseholdValidationError);
    expect(() => decide(input)).toThrow(HouseholdValidationError);
    expect(validateHousehold(input).ok).toBe(false);
    expect(decide(household).results.length).toBeGreaterThan(0);
  });

  it("edited as a copy, is validated again: an invalid edit is refused, a valid one answered anew", () => {
    const household = validated(family("2025-03-01", ["1200.00", "0"]));
    const bad = structuredClone(household) as unknown as { members: { incomes: { gross: string }[] }[] };
    bad.members[0]!.incomes[0]!.gross = "1200.001";
    expect(() => decide(bad)).toThrow(HouseholdValidationError);
    expect(() => decide(Object.freeze({ ...household, householdType: "single" }))).toThrow(HouseholdValidationError);
    const raised = { ...household, members: household.members.map((m, i) => (i === 0 ? { ...m, incomes: [income("9000.00")] } : m)) };
    expect(JSON.stringify(decide(raised))).toBe(JSON.stringify(decide(validated(raised))));
    expect(JSON.stringify(decide(raised))).not.toBe(JSON.stringify(decide(household)));
  });
});
