import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { Decimal } from "../../src/money.js";
import { getRule, valueAt } from "../../src/evaluate.js";
import { amount, groszeToString } from "./arbitraries.js";

const PROGRAMMES = ["pl/swiadczenia-rodzinne/zasilek-rodzinny", "pl/fundusz-alimentacyjny/swiadczenie"] as const;
const RANK = { "not-eligible": 0, "needs-assessment": 1, eligible: 2 } as const;

/** A date on which both programmes and their criteria are known (2016-01-01 – 2026-09-30). */
const date = fc
  .record({ year: fc.integer({ min: 2016, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)
  .filter((d) => d < "2026-10-01");

function baseYearFor(programme: string, d: string): number {
  const regime = programme.startsWith("pl/fundusz") ? "pl/fundusz-alimentacyjny/dochod" : "pl/swiadczenia-rodzinne/dochod";
  const p = valueAt(regime, d).version.parameters;
  const start = `${d.slice(0, 4)}-${String(p["periodStartMonth"]).padStart(2, "0")}-${String(p["periodStartDay"]).padStart(2, "0")}`;
  return Number(d.slice(0, 4)) - (d >= start ? 0 : 1) - Number(p["baseYearOffset"]);
}

const child = (i: number) =>
  fc.record({
    age: fc.integer({ min: 0, max: 26 }),
    awarded: amount(150_000),
    disabled: fc.boolean(),
    inEducation: fc.boolean(),
  }).map((c) => ({ ...c, id: `c${i}` }));

const family = fc.record({
  date,
  parentIncome: amount(6_000_000),
  children: fc.array(fc.integer(), { minLength: 1, maxLength: 4 }).chain((xs) => fc.tuple(...xs.map((_, i) => child(i)))),
});

function household(programme: string, f: { date: string; parentIncome: string; children: readonly { id: string; age: number; awarded: string; disabled: boolean; inEducation: boolean }[] }, extra = "0.00") {
  const year = Number(f.date.slice(0, 4));
  const birth = (age: number) => `${year - age}-01-01` > f.date ? `${year - age - 1}-01-01` : `${year - age}-01-01`;
  return {
    evaluationDate: f.date,
    householdType: "family",
    members: [
      { id: "p", role: "applicant", birthDate: "1980-01-01", residence: "citizen", disability: [] },
      ...f.children.map((c) => ({
        id: c.id,
        role: "child",
        birthDate: birth(c.age),
        disability: c.disabled ? [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }] : [],
        flags: { inEducation: c.inEducation },
        alimony: { awarded: c.awarded, enforcementIneffective: true },
      })),
    ],
    baseYear: {
      year: baseYearFor(programme, f.date),
      incomes: { p: new Decimal(f.parentIncome).plus(extra).toFixed(2), ...Object.fromEntries(f.children.map((c) => [c.id, "0"])) },
      farmHectares: "0",
      lostIncome: [],
      gainedIncome: [],
    },
  };
}

describe("family benefits", () => {
  it.each(PROGRAMMES)("%s: the benefit never increases when income rises", (programme) => {
    fc.assert(
      fc.property(family, amount(2_000_000), (f, extra) => {
        const before = evaluate(household(programme, f), { programmes: [programme] }).results[0];
        const after = evaluate(household(programme, f, extra), { programmes: [programme] }).results[0];
        if (!before || !after) throw new Error("no result");
        expect(RANK[after.outcome], `${before.outcome} → ${after.outcome}`).toBeLessThanOrEqual(RANK[before.outcome]);
        if (after.outcome === "eligible" && before.outcome === "eligible") {
          expect(new Decimal(after.amount ?? "0").lte(before.amount ?? "0"), `${before.amount} → ${after.amount}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(PROGRAMMES)("%s: złotówka za złotówkę pays neither more than the full amount nor less than zero (nor below its minimum)", (programme) => {
    fc.assert(
      fc.property(family, (f) => {
        const full = evaluate({ ...household(programme, { ...f, parentIncome: "0.00" }) }, { programmes: [programme] }).results[0];
        const r = evaluate(household(programme, f), { programmes: [programme] }).results[0];
        if (!full || !r) throw new Error("no result");
        if (r.outcome !== "eligible") return;
        expect(full.outcome).toBe("eligible");
        const paid = new Decimal(r.amount ?? "NaN");
        expect(paid.gte(0)).toBe(true);
        expect(paid.lte(full.amount ?? "0"), `${r.amount} > ${full.amount}`).toBe(true);
        const minimum = getRule(programme).versions.find((v) => v.from <= f.date && (v.to === undefined || f.date <= v.to))?.parameters["taperMinimum"];
        if (!paid.eq(full.amount ?? "0") && minimum) expect(paid.gte(minimum)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("income equal to the criterion passes and one grosz a month more never pays the full amount", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMMES), family, (programme, f) => {
        const criterionRule = programme.startsWith("pl/fundusz") ? "pl/fundusz-alimentacyjny/kryterium-dochodowe" : "pl/swiadczenia-rodzinne/kryterium-dochodowe";
        const noDisability = { ...f, children: f.children.map((c) => ({ ...c, disabled: false })) };
        const perPerson = valueAt(criterionRule, f.date).version.parameters["perPerson"] as string;
        const annual = new Decimal(perPerson).times(f.children.length + 1).times(12);
        const at = evaluate(household(programme, { ...noDisability, parentIncome: annual.toFixed(2) }), { programmes: [programme] }).results[0];
        const full = evaluate(household(programme, { ...noDisability, parentIncome: "0.00" }), { programmes: [programme] }).results[0];
        const over = evaluate(household(programme, { ...noDisability, parentIncome: annual.plus(groszeToString(12)).toFixed(2) }), { programmes: [programme] }).results[0];
        if (!at || !full || !over) throw new Error("no result");
        expect(at.outcome).toBe(full.outcome);
        if (at.outcome === "eligible") expect(at.amount).toBe(full.amount);
        if (over.outcome === "eligible") expect(new Decimal(over.amount ?? "0").lt(full.amount ?? "0")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
