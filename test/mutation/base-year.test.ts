import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ConditionResult } from "../../src/explain/trace.js";

/**
 * Base-year income (ustawa o świadczeniach rodzinnych art. 3 pkt 1, 23, 24; art. 5 ust. 4–4b):
 * which year the period from 1 November asks for, the facts it needs, and income lost or gained.
 */
const ZR = "pl/swiadczenia-rodzinne/zasilek-rodzinny";

function incomeTest(date: string, baseYear?: unknown): { outcome: string; missing: readonly string[]; test: ConditionResult | undefined } {
  const r = evaluate(
    {
      evaluationDate: date,
      householdType: "family",
      members: [
        { id: "rodzic", role: "applicant", birthDate: "1990-01-01", residence: "citizen", disability: [] },
        { id: "c1", role: "child", birthDate: "2021-05-05", disability: [] },
      ],
      ...(baseYear === undefined ? {} : { baseYear }),
    },
    { programmes: [ZR] },
  ).results[0];
  return { outcome: r?.outcome ?? "", missing: r?.missing ?? [], test: r?.conditions.find((c) => c.kind === "base-year-income") };
}

const complete = (year: number, extra: Record<string, unknown> = {}) => ({ year, incomes: { rodzic: "1.00", c1: "0" }, farmHectares: "0", lostIncome: [], gainedIncome: [], ...extra });

describe("the base year", () => {
  it("March 2025 is in the period from 1 November 2024, whose base year is 2023", () => {
    const { outcome, missing, test } = incomeTest("2025-03-01");
    expect(outcome).toBe("needs-assessment");
    expect(missing).toEqual(["baseYear"]);
    expect(test?.message).toEqual({ key: "family.income-unknown", args: { expected: "2023", declared: "", periodStart: "2024-11-01" } });
  });
  it("incomes of another year are refused, naming both years and the period", () => {
    const { missing, test } = incomeTest("2025-03-01", complete(2024));
    expect(missing).toEqual(["baseYear.year"]);
    expect(test?.message).toEqual({ key: "family.year-mismatch", args: { expected: "2023", declared: "2024", periodStart: "2024-11-01" } });
  });
  it("31 October 2025 is still in the old period (base year 2023); 1 November 2025 starts a new one (base year 2024)", () => {
    expect(incomeTest("2025-10-31", complete(2024)).test?.message.args).toMatchObject({ expected: "2023", periodStart: "2024-11-01" });
    expect(incomeTest("2025-11-01", complete(2023)).test?.message.args).toMatchObject({ expected: "2024", periodStart: "2025-11-01" });
  });
  it("every fact of the base year that is not given is asked for", () => {
    const { missing, test } = incomeTest("2025-03-01", { year: 2023, incomes: { rodzic: "1.00" } });
    expect(missing).toEqual(["baseYear.incomes.c1", "baseYear.farmHectares", "baseYear.lostIncome", "baseYear.gainedIncome"]);
    expect(test?.status).toBe("unknown");
  });
});

describe("income lost and gained", () => {
  it("income lost is taken off the base year: (30 000 − 6 000) / 12 = 2 000 zł a month", () => {
    expect(incomeTest("2025-03-01", complete(2023, { incomes: { rodzic: "30000.00", c1: "0" }, lostIncome: [{ member: "rodzic", amount: "6000.00" }] })).test?.facts).toEqual({
      monthlyIncome: "2000.00",
      baseYear: "2023",
      members: "2",
    });
  });
  it("income gained counts by its monthly amount, less what of it the base year already held: (30 000 − 2 000) / 12 + 500", () => {
    const gained = incomeTest("2025-03-01", complete(2023, { incomes: { rodzic: "30000.00", c1: "0" }, gainedIncome: [{ member: "rodzic", monthly: "500.00", includedInBaseYear: "2000.00" }] }));
    expect(gained.test?.facts["monthlyIncome"]).toBe("2833.333333333333333333333333333333333333");
    const notIncluded = incomeTest("2025-03-01", complete(2023, { incomes: { rodzic: "30000.00", c1: "0" }, gainedIncome: [{ member: "rodzic", monthly: "500.00" }] }));
    expect(notIncluded.test?.facts["monthlyIncome"]).toBe("3000.00");
  });
  it("a farm counts by hectares × the GUS income per hectare of the base year (2023: 5 451 zł)", () => {
    const r = evaluate(
      {
        evaluationDate: "2025-03-01",
        householdType: "family",
        members: [
          { id: "rodzic", role: "applicant", birthDate: "1990-01-01", residence: "citizen", disability: [] },
          { id: "c1", role: "child", birthDate: "2021-05-05", disability: [] },
        ],
        baseYear: complete(2023, { farmHectares: "2.00" }),
      },
      { programmes: [ZR] },
    ).results[0];
    expect(r?.calculation[0]).toEqual({
      key: "family.income",
      args: { year: "2023", incomes: "1.00", hectares: "2", perHectare: "5451.00", farm: "10902.00", lost: "0.00", gainedIncluded: "0.00", annual: "10903.00", months: "12", gained: "0.00", monthly: "908.5833333333333333333333333333333333333" },
    });
  });
});
