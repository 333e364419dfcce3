import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ProgrammeResult } from "../../src/explain/trace.js";

/**
 * Świadczenia rodzinne and fundusz alimentacyjny where the amount cannot be fixed: a child whose
 * entitlement is undecided, an amount the rules leave open, and "złotówka za złotówkę" with
 * children paid, not paid and undecided. Base-year income, 2025 (kryterium 674 zł / 1209 zł).
 */
const ZR = "pl/swiadczenia-rodzinne/zasilek-rodzinny";
const FA = "pl/fundusz-alimentacyjny/swiadczenie";

function family(date: string, year: number, applicantIncome: string, children: Array<Record<string, unknown>>) {
  return {
    evaluationDate: date,
    householdType: "family",
    members: [{ id: "rodzic", role: "applicant", birthDate: "1988-01-01", residence: "citizen", disability: [] }, ...children],
    baseYear: {
      year,
      incomes: Object.fromEntries([["rodzic", applicantIncome], ...children.map((c) => [c["id"] as string, "0"])]),
      farmHectares: "0",
      lostIncome: [],
      gainedIncome: [],
    },
  };
}

function run(programme: string, household: unknown): ProgrammeResult {
  return evaluate(household, { programmes: [programme] }).results[0] as ProgrammeResult;
}

const toddler = { id: "c1", role: "child", birthDate: "2021-05-05", disability: [] };
/** 19 on the evaluation date: entitled only while in education, which is not given. */
const nineteen = { id: "c3", role: "child", birthDate: "2006-01-01", disability: [] };
const keys = (r: ProgrammeResult) => r.calculation.map((m) => m.key);
const incomeTest = (r: ProgrammeResult) => r.conditions.find((c) => c.kind === "base-year-income");

describe("zasiłek rodzinny", () => {
  it("within the criterion, a child whose entitlement is undecided leaves the amount to the office", () => {
    // 20 000 zł / 12 = 1666.67 zł ≤ 674 × 3 = 2022 zł
    const r = run(ZR, family("2025-03-01", 2023, "20000.00", [toddler, nineteen]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.amount).toBeUndefined();
    expect(r.reason).toEqual({ key: "reason.assess", args: { condition: "family.children-undetermined", members: "c3" } });
    expect(incomeTest(r)?.status).toBe("pass");
    expect(keys(r)).toEqual(["family.income", "family.criterion", "family.child-band"]);
    expect(r.calculation[2]?.args).toEqual({ member: "c1", age: "3", below: "5", amount: "95.00" });
    expect(r.openQuestions).toEqual([]);
    // c3's alternatives: under 18 fails; under 21 at school is open; under 24 at school with an
    // orzeczenie fails (no orzeczenie) — only the open alternative asks for the school fact
    const count = r.conditions.find((c) => c.kind === "count");
    const c3 = count?.children?.find((c) => c.message.args["member"] === "c3");
    const alternatives = c3?.children?.[0];
    expect(alternatives?.kind).toBe("any-of");
    expect(alternatives?.missing).toEqual(["members[2].flags.inEducation"]);
    expect(alternatives?.children?.map((c) => [c.kind, c.status, c.missing])).toEqual([
      ["age", "fail", []],
      ["all-of", "unknown", ["members[2].flags.inEducation"]],
      ["all-of", "fail", []],
    ]);
  });

  it("above the criterion (złotówka za złotówkę), an undecided child makes the income test ask for the missing fact", () => {
    // 26 400 zł / 12 = 2200 zł > 2022 zł: the reduction depends on the whole family's amount
    const r = run(ZR, family("2025-03-01", 2023, "26400.00", [toddler, nineteen]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.missing).toEqual(["members[2].flags.inEducation"]);
    const test = incomeTest(r);
    expect(test?.status).toBe("unknown");
    expect(test?.message).toEqual({ key: "family.children-undetermined", args: { members: "c3" } });
    expect(test?.missing).toEqual(["members[2].flags.inEducation"]);
  });

  it("the same family with the 19-year-old at school: 95 + 135 = 230 zł less the excess of 178 zł = 52 zł", () => {
    const r = run(ZR, family("2025-03-01", 2023, "26400.00", [toddler, { ...nineteen, flags: { inEducation: true } }]));
    expect(r.outcome).toBe("eligible");
    expect(r.amount).toBe("52.00");
  });

  it("a period whose amounts the rules leave open: the income test runs, the amount is an open question", () => {
    // 2013: kryterium 539 zł per person; the amounts of 2012-11-01 – 2015-10-31 are not encoded
    const r = run(ZR, family("2013-03-01", 2011, "1000.00", [{ ...toddler, birthDate: "2010-05-05" }]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.reason).toEqual({ key: "reason.assess", args: { condition: "family.amount-open" } });
    expect(r.openQuestions.map((q) => q.id)).toEqual(["family-amount-open"]);
    expect(incomeTest(r)?.status).toBe("pass");
    expect(keys(r)).toEqual(["family.income", "family.criterion"]);
  });
});

describe("zasiłek rodzinny: criterion raised for a child with an orzeczenie, and the years before złotówka za złotówkę", () => {
  // 17 000 zł / 12 = 1416.67 zł a month: above 674 × 2 = 1348 zł, within 764 × 2 = 1528 zł
  const child = (disability?: unknown) => ({ id: "c1", role: "child", birthDate: "2012-01-01", ...(disability === undefined ? {} : { disability }) });
  it("with the child's orzeczenie the raised criterion (764 zł) applies: the full 124 zł", () => {
    const r = run(ZR, family("2025-03-01", 2023, "17000.00", [child([{ kind: "orzeczenie-dziecka", validUntil: "2030-01-01" }])]));
    expect([r.outcome, r.amount]).toEqual(["eligible", "124.00"]);
    expect(incomeTest(r)?.message.args).toMatchObject({ threshold: "1528.00", perPerson: "764.00", raised: "764.00" });
  });
  it("without one, the ordinary criterion and the reduction apply", () => {
    const r = run(ZR, family("2025-03-01", 2023, "17000.00", [child([])]));
    expect(r.outcome).toBe("eligible");
    expect(incomeTest(r)?.message.key).toBe("family.taper-pass");
  });
  it("when it is not known whether the child has one, and it would matter, that is asked", () => {
    const r = run(ZR, family("2025-03-01", 2023, "17000.00", [child()]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.missing).toEqual(["members[1].disability"]);
    expect(incomeTest(r)).toMatchObject({ status: "unknown", message: { key: "family.raised-unknown", args: { perPerson: "674.00", raised: "764.00" } } });
  });
  it("2015: above the criterion there was no reduction, only a refusal", () => {
    // period from 2014-11-01, base year 2013: 30 000 / 12 = 2500 zł > 574 × 2 = 1148 zł
    const r = run(ZR, family("2015-03-01", 2013, "30000.00", [{ ...child([]), birthDate: "2012-01-01" }]));
    expect(r.outcome).toBe("not-eligible");
    expect(incomeTest(r)?.message).toEqual({ key: "family.fail", args: { monthly: "2500.00", threshold: "1148.00", perPerson: "574.00", members: "2", year: "2013" } });
  });
  it("several children undecided are all named", () => {
    const kids = [toddler, nineteen, { id: "c4", role: "child", birthDate: "2005-06-01", disability: [] }];
    const within = run(ZR, family("2025-03-01", 2023, "10000.00", kids));
    expect(incomeTest(within)?.message.key).toBe("family.pass");
    expect(within.reason).toEqual({ key: "reason.assess", args: { condition: "family.children-undetermined", members: "c3, c4" } });
    const above = run(ZR, family("2025-03-01", 2023, "40000.00", kids));
    expect(incomeTest(above)?.message).toEqual({ key: "family.children-undetermined", args: { members: "c3, c4" } });
    expect(above.missing).toEqual(["members[2].flags.inEducation", "members[3].flags.inEducation"]);
  });
});

describe("who the benefit is for", () => {
  it("a parent of 20 is not asked whether she is at school: the allowance is for the children", () => {
    const h = family("2025-03-01", 2023, "10000.00", [toddler]);
    h.members[0] = { ...h.members[0]!, birthDate: "2004-06-01" };
    const r = run(ZR, h);
    expect(r.outcome).toBe("eligible");
    expect(r.amount).toBe("95.00");
  });
});

describe("fundusz alimentacyjny", () => {
  const child = (id: string, birthDate: string, awarded?: string) => ({
    id,
    role: "child",
    birthDate,
    disability: [],
    alimony: awarded === undefined ? { enforcementIneffective: true } : { awarded, enforcementIneffective: true },
  });

  it("within the criterion, a child whose alimony is not given leaves the amount to the office", () => {
    const r = run(FA, family("2025-03-01", 2023, "20000.00", [child("d1", "2014-06-01")]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.reason).toEqual({ key: "reason.assess", args: { condition: "family.children-undetermined", members: "d1" } });
    expect(keys(r)).toEqual(["family.income", "family.criterion"]);
  });

  it("within the criterion, the alimony awarded up to 1000 zł per child: 900 + 1000 (of 1200) = 1900 zł", () => {
    const r = run(FA, family("2025-03-01", 2023, "20000.00", [child("d1", "2014-06-01", "900.00"), child("d2", "2015-06-01", "1200.00")]));
    expect(r.outcome).toBe("eligible");
    expect(r.amount).toBe("1900.00");
    expect(r.calculation.filter((m) => m.key === "family.child-alimony").map((m) => m.args)).toEqual([
      { member: "d1", awarded: "900.00", max: "1000.00", amount: "900.00" },
      { member: "d2", awarded: "1200.00", max: "1000.00", amount: "1000.00" },
    ]);
  });

  // 45 000 zł / 12 = 3750 zł against 1209 × 3 = 3627 zł: 123 zł over, 41 zł per person
  it("złotówka za złotówkę: one child paid (900 − 41 = 859 zł), the other's alimony not given", () => {
    const r = run(FA, family("2025-03-01", 2023, "45000.00", [child("d1", "2014-06-01", "900.00"), child("d2", "2015-06-01")]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.amount).toBeUndefined();
    const test = incomeTest(r);
    expect(test?.status).toBe("pass");
    expect(test?.message.key).toBe("family.taper-pass-children");
    expect(test?.message.args).toMatchObject({ excess: "41.00", paid: "1", children: "1", minimum: "100.00" });
    expect(r.reason).toEqual({ key: "reason.assess", args: { condition: "family.children-undetermined", members: "d2" } });
    expect(r.calculation.find((m) => m.key === "family.taper-child-paid")?.args).toEqual({ member: "d1", full: "900.00", excess: "41.00", reduced: "859.00", minimum: "100.00" });
  });

  it("złotówka za złotówkę: the child known is below the 100 zł minimum (120 − 41 = 79 zł), the other undecided", () => {
    const r = run(FA, family("2025-03-01", 2023, "45000.00", [child("d1", "2014-06-01", "120.00"), child("d2", "2015-06-01")]));
    expect(r.outcome).toBe("needs-assessment");
    const test = incomeTest(r);
    expect(test?.status).toBe("unknown");
    expect(test?.message).toEqual({ key: "family.children-undetermined", args: { members: "d2" } });
    expect(r.missing).toEqual(["members[2].alimony.awarded"]);
  });

  it("złotówka za złotówkę: a child whose enforcement is not stated makes the income test ask for exactly that", () => {
    const unsure = { ...child("d2", "2015-06-01", "300.00"), alimony: { awarded: "300.00" } };
    const r = run(FA, family("2025-03-01", 2023, "45000.00", [child("d1", "2014-06-01", "120.00"), unsure]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.missing).toEqual(["members[2].alimony.enforcementIneffective"]);
  });

  it("złotówka za złotówkę: 141 − 41 = 100 zł is paid (the minimum itself), 140 − 41 = 99 zł is not", () => {
    // a grown-up child (26, not at school) counts in the family but is not entitled
    const adult = { ...child("d9", "1999-01-01", "500.00"), flags: { inEducation: false } };
    const paid = run(FA, family("2025-03-01", 2023, "45000.00", [child("d1", "2014-06-01", "141.00"), adult]));
    expect([paid.outcome, paid.amount]).toEqual(["eligible", "100.00"]);
    const notPaid = run(FA, family("2025-03-01", 2023, "45000.00", [child("d1", "2014-06-01", "140.00"), adult]));
    expect(notPaid.outcome).toBe("not-eligible");
    expect(incomeTest(notPaid)?.message.key).toBe("family.taper-fail-children");
  });
});

describe("a child the amount depends on", () => {
  // Within the criterion, an undecided child leaves the amount open: the fact that decides it
  // (members[2].flags.inEducation) is reported as missing, so `kryterium ask` asks for it.
  it("within the criterion, the fact that decides an undecided child is reported as missing", () => {
    const r = run(ZR, family("2025-03-01", 2023, "20000.00", [toddler, nineteen]));
    expect(r.outcome).toBe("needs-assessment");
    expect(r.missing).toEqual(["members[2].flags.inEducation"]);
    expect(r.amount).toBeUndefined();
  });
});
