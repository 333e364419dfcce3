import { expect, it } from "vitest";

/**
 * The library is loaded inside the test, not at the top of the file: a fault in module-level
 * code (a rule schema, a vocabulary, a table) then fails this test instead of stopping the file
 * before any test runs — which a test runner, and Stryker, would not count as a failed test.
 */
it("the library loads, and every compiled rule passes the rule schema", async () => {
  const lib = await import("../../src/index.js");
  expect(lib.allRules().length).toBeGreaterThan(20);
  expect(lib.allRules().filter((r) => r.kind === "programme").length).toBeGreaterThan(10);
  expect(lib.rulesFingerprint).toMatch(/^[0-9a-f]{16}$/);
  const { results } = lib.evaluate({
    evaluationDate: "2025-03-15",
    householdType: "single",
    situations: ["ubostwo"],
    members: [{ id: "a", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "939.00" }] }],
  }, { programmes: ["pl/pomoc-spoleczna/zasilek-staly"] });
  // zasiłek stały 2025: 130 % × K1 1010 zł = 1313 zł, less the income of 939 zł = 374 zł
  expect(results[0]?.amount).toBe("374.00");
});
