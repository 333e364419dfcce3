import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ConditionResult, ProgrammeResult } from "../../src/explain/trace.js";

/**
 * „Za życiem” (art. 10): medical care from the 10th week of pregnancy until the birth (not asked
 * of a guardian or an adoptive parent), and an application within 12 months of the birth — or of
 * taking the child into custody, but before the child turns 18 (KPA art. 57 for the term).
 */
const ZA_ZYCIEM = "pl/za-zyciem/jednorazowe-swiadczenie";

function household(child: Record<string, unknown>, applicationDate = "2024-05-10", evaluationDate = "2024-05-20") {
  return {
    evaluationDate,
    applicationDate,
    householdType: "family",
    members: [
      { id: "rodzic", role: "applicant", birthDate: "1990-06-01", residence: "citizen" },
      {
        id: "dziecko",
        role: "child",
        birthDate: "2024-03-15",
        applicantRelation: "mother",
        ...child,
        birth: { live: true, severeConditionCertificate: true, prenatalCareFromWeek: 10, prenatalCareUntilBirth: true, ...(child["birth"] as object | undefined) },
      },
    ],
  };
}

function run(h: unknown): ProgrammeResult {
  return evaluate(h, { programmes: [ZA_ZYCIEM] }).results[0] as ProgrammeResult;
}

/** The condition of this kind among the child's conditions (nested under the count). */
function childCondition(r: ProgrammeResult, kind: string): ConditionResult | undefined {
  const walk = (c: ConditionResult): ConditionResult[] => [c, ...(c.children ?? []).flatMap(walk)];
  return r.conditions.flatMap(walk).find((c) => c.kind === kind);
}

describe("medical care in pregnancy", () => {
  it("care from the 10th week is in time; from the 11th it is late", () => {
    const inTime = run(household({}));
    expect(inTime.outcome).toBe("eligible");
    expect(inTime.amount).toBe("4000.00");
    const care = childCondition(inTime, "prenatal-care");
    expect(care?.status).toBe("pass");
    expect(care?.message).toEqual({ key: "prenatal.pass", args: { week: "10", limit: "10" } });
    expect(care?.facts).toEqual({ prenatalCareFromWeek: "10", prenatalCareUntilBirth: "true" });
    expect(care?.values).toEqual({ latestWeek: "10" });

    const late = run(household({ birth: { prenatalCareFromWeek: 11 } }));
    expect(late.outcome).toBe("not-eligible");
    expect(childCondition(late, "prenatal-care")?.message).toEqual({ key: "prenatal.late", args: { week: "11", limit: "10" } });
  });

  it("care that did not last until the birth fails when the applicant is not exempt", () => {
    const r = run(household({ birth: { prenatalCareUntilBirth: false } }));
    expect(r.outcome).toBe("not-eligible");
    const care = childCondition(r, "prenatal-care");
    expect(care?.status).toBe("fail");
    expect(care?.message).toEqual({ key: "prenatal.interrupted", args: { week: "10", limit: "10" } });
    expect(care?.facts).toEqual({ prenatalCareFromWeek: "10", prenatalCareUntilBirth: "false" });
  });

  it("care that was late matters only for a parent: when the applicant's relation is not given, it is asked for", () => {
    const r = run(household({ applicantRelation: undefined, birth: { prenatalCareFromWeek: 12 } }));
    expect(r.outcome).toBe("needs-assessment");
    const care = childCondition(r, "prenatal-care");
    expect(care?.status).toBe("unknown");
    expect(care?.message.key).toBe("prenatal.relation-unknown");
    expect(care?.missing).toEqual(["members[1].applicantRelation"]);
    expect(r.missing).toContain("members[1].applicantRelation");
  });

  it("a legal guardian is not asked about the care", () => {
    const r = run(household({ applicantRelation: "legal-guardian", custodySince: "2024-04-01", birth: { prenatalCareFromWeek: 20, prenatalCareUntilBirth: false } }));
    expect(childCondition(r, "prenatal-care")?.status).toBe("not-applicable");
    expect(r.outcome).toBe("eligible");
  });
});

describe("the 12-month term", () => {
  it("an application filed before the child was born is not within the term", () => {
    const r = run(household({}, "2024-03-14"));
    expect(r.outcome).toBe("not-eligible");
    const deadline = childCondition(r, "application-deadline");
    expect(deadline?.message.key).toBe("deadline.before-start");
    expect(deadline?.message.args).toMatchObject({ applied: "2024-03-14", start: "2024-03-15", end: "2025-03-15", months: "12", from: "birth" });
    expect(deadline?.facts).toEqual({ applicationDate: "2024-03-14", start: "2024-03-15", birthDate: "2024-03-15" });
    expect(deadline?.values).toEqual({ end: "2025-03-15" });
  });

  it("a parent's term is counted from the birth only (no custody, no age limit)", () => {
    const deadline = childCondition(run(household({})), "application-deadline");
    expect(deadline?.status).toBe("pass");
    expect(deadline?.message).toEqual({ key: "deadline.pass", args: { applied: "2024-05-10", start: "2024-03-15", end: "2025-03-15", months: "12", from: "birth" } });
  });

  it("without the application date, or the child's birth date, the term cannot be checked", () => {
    const noDate = household({});
    delete (noDate as Record<string, unknown>)["applicationDate"];
    const r = run(noDate);
    expect(r.outcome).toBe("needs-assessment");
    expect(childCondition(r, "application-deadline")).toMatchObject({ status: "unknown", missing: ["applicationDate"], message: { key: "deadline.unknown" } });
    const noBirth = run(household({ birthDate: undefined }));
    expect(childCondition(noBirth, "application-deadline")).toMatchObject({ status: "unknown", missing: ["members[1].birthDate"] });
  });

  it("on the day of the birth, and on the last day of the term, the application is in time", () => {
    // 2025-03-15 is a Saturday: the term moves to Monday 2025-03-17 (KPA art. 57 § 5)
    expect(run(household({}, "2024-03-15", "2024-03-20")).outcome).toBe("eligible");
    expect(childCondition(run(household({}, "2025-03-17", "2025-03-20")), "application-deadline")?.message.key).toBe("deadline.pass-shifted");
    const late = run(household({}, "2025-03-18", "2025-03-20"));
    expect(late.outcome).toBe("not-eligible");
    const deadline = childCondition(late, "application-deadline");
    expect(deadline?.message.key).toBe("deadline.late");
    expect(deadline?.message.args).toMatchObject({ end: "2025-03-15", shifted: "2025-03-17" });
  });

  it("a guardian's term runs from the custody, not from the birth", () => {
    const r = run(household({ applicantRelation: "legal-guardian", custodySince: "2024-04-01" }, "2025-03-31", "2025-04-02"));
    expect(r.outcome).toBe("eligible");
    const deadline = childCondition(r, "application-deadline");
    expect(deadline?.message.args).toMatchObject({ start: "2024-04-01", end: "2025-04-01", from: "custody", ageLimitOn: "2042-03-15" });
  });

  it("a guardian who does not say since when must say it", () => {
    const r = run(household({ applicantRelation: "legal-guardian" }));
    expect(r.outcome).toBe("needs-assessment");
    expect(childCondition(r, "application-deadline")?.missing).toEqual(["members[1].custodySince"]);
  });

  it("a guardian applies before the child turns 18: the term ends the day before the 18th birthday", () => {
    const older = { birthDate: "2006-06-10", applicantRelation: "adoptive-parent", custodySince: "2024-01-10" };
    const inTime = run(household(older, "2024-06-09", "2024-06-20"));
    const deadline = childCondition(inTime, "application-deadline");
    expect(deadline?.status).toBe("pass");
    expect(deadline?.message.args).toMatchObject({ end: "2024-06-09", ageLimitOn: "2024-06-10" });
    const onBirthday = run(household(older, "2024-06-10", "2024-06-20"));
    expect(childCondition(onBirthday, "application-deadline")?.message).toMatchObject({ key: "deadline.age-limit", args: { ageLimitOn: "2024-06-10" } });
    expect(childCondition(onBirthday, "application-deadline")?.values).toEqual({ end: "2025-01-10" });
    expect(onBirthday.outcome).toBe("not-eligible");
  });
});
