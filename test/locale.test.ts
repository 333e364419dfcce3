import { describe, expect, it } from "vitest";
import { evaluate, explainResult } from "../src/index.js";
import { validateHousehold } from "../src/evaluate.js";

/**
 * Decisions must not depend on the process locale. CI runs this file (with the fixtures and
 * property tests) under LANG=tr_TR.UTF-8 and LANG=pl_PL.UTF-8; here the default locale the
 * runtime picked is recorded, and the locale-sensitive traps are checked directly.
 */
const household = {
  evaluationDate: "2025-03-15",
  municipality: { name: "KRAKÓW" },
  householdType: "single",
  situations: ["bezrobocie"],
  members: [{ id: "I", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "939.00" }] }],
};

const expected = {
  outcome: "eligible",
  amount: "374.00",
};

describe(`locale independence (runtime default: ${new Intl.NumberFormat().resolvedOptions().locale})`, () => {
  it("municipality names match without locale-sensitive case mapping (KRAKÓW, İ/ı)", () => {
    expect(validateHousehold(household).ok).toBe(true);
    expect(validateHousehold({ ...household, municipality: { name: "KRAŚNIK" } }).ok).toBe(true);
  });
  it("amounts are formatted with a dot and two decimals whatever the locale", () => {
    const r = evaluate(household, { programmes: ["pl/pomoc-spoleczna/zasilek-staly"] }).results[0];
    expect({ outcome: r?.outcome, amount: r?.amount }).toEqual(expected);
    const text = explainResult(r as NonNullable<typeof r>, "pl").join("\n");
    expect(text).toContain("1313.00 zł");
    expect(text).not.toMatch(/1\s?313,00/);
  });
});
