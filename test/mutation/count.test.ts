import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ConditionResult, ProgrammeResult } from "../../src/explain/trace.js";

/**
 * Conditions on other members of the household: who is looked at (roles, the people the
 * applicant cares for), in which order, and where the applicant is not the first member listed.
 */
const ASYSTENT = "pl/niepelnosprawnosc/asystent-osobisty";
const KDR = "pl/karta-duzej-rodziny/rodzice";
const ZR = "pl/swiadczenia-rodzinne/zasilek-rodzinny";

const run = (programme: string, h: unknown) => evaluate(h, { programmes: [programme] }).results[0] as ProgrammeResult;
const count = (r: ProgrammeResult): ConditionResult | undefined => r.conditions.find((c) => c.kind === "count");
const lines = (c: ConditionResult | undefined) => (c?.children ?? []).map((l) => [l.message.args["member"], l.status]);

const disabledChild = (id: string, birthDate: string) => ({
  id,
  role: "child",
  birthDate,
  disability: [{ kind: "orzeczenie-dziecka", indication7: true, indication8: true, validUntil: "2030-12-31" }],
});

describe("members a condition looks at", () => {
  it("the child the applicant cares for counts even when the applicant is listed after it", () => {
    const r = run(ASYSTENT, {
      evaluationDate: "2025-06-15",
      householdType: "family",
      members: [disabledChild("dziecko", "2015-01-01"), { id: "matka", role: "applicant", birthDate: "1985-01-01", disability: [], caresFor: ["dziecko"] }],
    });
    expect(r.outcome).not.toBe("not-eligible");
    const c = count(r);
    expect(c?.status).toBe("pass");
    // in the order of the household, whatever the order of caresFor
    expect(lines(c)).toEqual([
      ["dziecko", "pass"],
      ["matka", "fail"],
    ]);
    expect(c?.facts).toEqual({ counted: "dziecko", count: "1" });
  });

  it("the people the applicant cares for are listed in household order, not in the order of caresFor", () => {
    const r = run(ASYSTENT, {
      evaluationDate: "2025-06-15",
      householdType: "family",
      members: [
        { id: "matka", role: "applicant", birthDate: "1985-01-01", disability: [], caresFor: ["c2", "c1"] },
        disabledChild("c1", "2016-01-01"),
        disabledChild("c2", "2014-01-01"),
      ],
    });
    expect(lines(count(r))).toEqual([
      ["matka", "fail"],
      ["c1", "pass"],
      ["c2", "pass"],
    ]);
    expect(count(r)?.facts).toEqual({ counted: "c1, c2", count: "2" });
    expect(count(r)?.values).toEqual({ min: "1", roles: "applicant", caredFor: "true" });
  });

  it("a condition on the children does not look at others the applicant cares for", () => {
    const r = run(ZR, {
      evaluationDate: "2025-03-01",
      householdType: "family",
      members: [
        { id: "rodzic", role: "applicant", birthDate: "1990-01-01", residence: "citizen", disability: [], caresFor: ["babcia"] },
        { id: "babcia", role: "grandparent", birthDate: "1945-01-01", disability: [] },
        { id: "c1", role: "child", birthDate: "2021-05-05", disability: [] },
      ],
      baseYear: { year: 2023, incomes: { rodzic: "20000.00", babcia: "0", c1: "0" }, farmHectares: "0", lostIncome: [], gainedIncome: [] },
    });
    expect(lines(count(r))).toEqual([["c1", "pass"]]);
    expect(r.outcome).toBe("eligible");
  });

  it("children not listed are counted for the applicant wherever the applicant is listed (KDR: three children)", () => {
    const kdr = (members: Array<Record<string, unknown>>) => run(KDR, { evaluationDate: "2025-06-15", householdType: "family", members });
    const mother = { id: "matka", role: "applicant", birthDate: "1975-05-05", residence: "citizen", childrenNotListed: 1 };
    const children = [
      { id: "ala", role: "child", birthDate: "2015-01-01" },
      { id: "ola", role: "child", birthDate: "2010-01-01" },
    ];
    expect(kdr([mother, ...children]).outcome).toBe("eligible");
    expect(kdr([...children, mother]).outcome).toBe("eligible");
    const unknown = kdr([...children, { ...mother, childrenNotListed: undefined }]);
    expect(unknown.outcome).toBe("needs-assessment");
    expect(unknown.missing).toContain("members[2].childrenNotListed");
  });
});
