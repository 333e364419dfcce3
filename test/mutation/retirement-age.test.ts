import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ConditionResult } from "../../src/explain/trace.js";

/**
 * „Niezdolność do pracy z tytułu wieku” (art. 6 pkt 7) for zasiłek stały: the retirement age by
 * sex; from 2013 to 2017 the exact age is left open, but someone past 67 — the highest age the
 * 2012 reform ever set — has reached it under every reading.
 */
const STALY = "pl/pomoc-spoleczna/zasilek-staly";

function retirement(date: string, member: Record<string, unknown>): ConditionResult | undefined {
  const r = evaluate(
    { evaluationDate: date, householdType: "single", members: [{ id: "a", role: "applicant", residence: "citizen", disability: [], incomes: [], ...member }] },
    { programmes: [STALY] },
  ).results[0];
  const walk = (c: ConditionResult): ConditionResult[] => [c, ...(c.children ?? []).flatMap(walk)];
  return (r?.conditions ?? []).flatMap(walk).find((c) => c.kind === "retirement-age");
}

describe("retirement age (art. 6 pkt 7)", () => {
  it("only the fact that is missing is asked for: the sex, or the birth date", () => {
    expect(retirement("2025-03-15", { birthDate: "1950-01-01" })).toMatchObject({ status: "unknown", missing: ["members[0].sex"], message: { key: "retirement.unknown" } });
    expect(retirement("2025-03-15", { sex: "F" })).toMatchObject({ status: "unknown", missing: ["members[0].birthDate"] });
    expect(retirement("2025-03-15", {})).toMatchObject({ status: "unknown", missing: ["members[0].birthDate", "members[0].sex"] });
  });

  it("a woman reaches it on her 60th birthday, a man on his 65th", () => {
    expect(retirement("2025-03-15", { birthDate: "1965-03-15", sex: "F" })).toMatchObject({
      status: "pass",
      facts: { sex: "F", birthDate: "1965-03-15", age: "60" },
      values: { retirementAge: "60" },
      message: { key: "retirement.pass", args: { sex: "F", age: "60", limit: "60", reachedOn: "2025-03-15" } },
    });
    expect(retirement("2025-03-14", { birthDate: "1965-03-15", sex: "F" })?.status).toBe("fail");
    expect(retirement("2025-03-15", { birthDate: "1960-03-15", sex: "M" })?.status).toBe("pass");
    expect(retirement("2025-03-14", { birthDate: "1960-03-15", sex: "M" })?.message).toEqual({
      key: "retirement.fail",
      args: { sex: "M", age: "64", limit: "65", reachedOn: "2025-03-15" },
    });
  });

  it("2013–2017: open, unless the person is 67 — from the 67th birthday, not the day before", () => {
    const onBirthday = retirement("2014-06-01", { birthDate: "1947-06-01", sex: "F" });
    expect(onBirthday).toMatchObject({
      status: "pass",
      facts: { sex: "F", birthDate: "1947-06-01", age: "67" },
      values: { retirementAgeCeiling: "67" },
      message: { key: "retirement.ceiling", args: { sex: "F", age: "67", limit: "67", reachedOn: "2014-06-01" } },
    });
    const dayBefore = retirement("2014-05-31", { birthDate: "1947-06-01", sex: "F" });
    expect(dayBefore?.status).toBe("assess");
    expect(dayBefore?.message.key).toBe("retirement.open");
    expect(dayBefore?.openQuestions.length).toBeGreaterThan(0);
  });
});
