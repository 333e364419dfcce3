import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, getRule } from "../../src/index.js";
import { Decimal } from "../../src/money.js";
import { amount, groszeToString, household } from "./arbitraries.js";

const RANK = { "not-eligible": 0, "needs-assessment": 1, eligible: 2 } as const;

function withExtraIncome<T extends { members: Array<{ incomes: Array<{ type: string; gross: string }> }> }>(h: T, extra: string): T {
  const [first, ...rest] = h.members;
  return { ...h, members: [{ ...first, incomes: [...(first?.incomes ?? []), { type: "wynagrodzenie", gross: extra }] }, ...rest] } as T;
}

describe("income", () => {
  it("raising income never improves any outcome nor raises any amount", () => {
    fc.assert(
      fc.property(household, amount(200_000), (h, extra) => {
        const before = evaluate(h).results;
        const after = evaluate(withExtraIncome(h, extra)).results;
        expect(after.map((r) => r.programme)).toEqual(before.map((r) => r.programme));
        before.forEach((b, i) => {
          const a = after[i];
          if (!a) throw new Error("missing result");
          expect(RANK[a.outcome], `${b.programme}: ${b.outcome} → ${a.outcome}`).toBeLessThanOrEqual(RANK[b.outcome]);
          if (a.amount !== undefined && b.amount !== undefined) expect(new Decimal(a.amount).lte(b.amount)).toBe(true);
          if (a.range !== undefined && b.range !== undefined) expect(new Decimal(a.range.max).lte(b.range.max)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  const criteria = getRule("pl/pomoc-spoleczna/kryterium-dochodowe").versions;
  describe.each(criteria.map((v) => [`${v.from} – ${v.to ?? "…"}`, v] as const))("criterion version %s", (_, version) => {
    const date = version.to ?? version.from;
    const single = version.parameters["single"] as string;
    const perPerson = version.parameters["perPerson"] as string;
    const one = (gross: string, size: number, wage = true) => ({
      evaluationDate: date,
      householdType: size === 1 ? "single" : "family",
      situations: ["ubostwo", "niepelnosprawnosc"],
      members: Array.from({ length: size }, (_, i) => ({
        id: `m${i}`,
        role: i === 0 ? "applicant" : "child",
        birthDate: i === 0 ? "1940-01-01" : "2005-01-01",
        sex: "F",
        residence: "citizen",
        incomes: i === 0 && wage ? [{ type: "wynagrodzenie", gross }] : [],
        disability: i === 0 ? [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }] : [],
      })),
    });
    const outcome = (h: unknown, programme: string) => evaluate(h, { programmes: [programme] }).results[0]?.outcome;

    it("income equal to the criterion passes art. 8 (nie przekracza) and one grosz over fails, for any family size", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 8 }), (size) => {
          const threshold = size === 1 ? new Decimal(single) : new Decimal(perPerson).times(size);
          const at = one(threshold.toFixed(2), size);
          const over = one(threshold.plus("0.01").toFixed(2), size);
          expect(outcome(at, "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych")).toBe("eligible");
          expect(outcome(over, "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych")).toBe("not-eligible");
        }),
        { numRuns: 8 },
      );
    });

    it("an income decides the same in whole grosze and as decimals: a farm of 0 ha sends the same income down the decimal path", () => {
      const decided = (h: unknown, programme: string) => {
        const r = evaluate(h, { programmes: [programme] }).results[0];
        return { outcome: r?.outcome, amount: r?.amount, range: r?.range, income: r?.conditions.filter((c) => c.kind === "income").map((c) => [c.status, c.facts["income"]]) };
      };
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: -1, max: 1 }), (size, grosze) => {
          const threshold = size === 1 ? new Decimal(single) : new Decimal(perPerson).times(size);
          const plain = one(threshold.plus(new Decimal(grosze).div(100)).toFixed(2), size);
          const farm = { ...plain, members: plain.members.map((m, i) => (i === 0 ? { ...m, farm: { hectares: "0" } } : m)) };
          for (const p of ["pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych", "pl/pomoc-zywnosciowa/popz-fepz", "pl/pomoc-spoleczna/zasilek-okresowy", "pl/pomoc-spoleczna/zasilek-staly"]) {
            expect(decided(farm, p), p).toEqual(decided(plain, p));
          }
        }),
        { numRuns: 25 },
      );
    });

    it("zasiłek stały and okresowy need income strictly lower: one grosz under passes, equal fails", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 8 }), (size) => {
          const threshold = size === 1 ? new Decimal(single) : new Decimal(perPerson).times(size);
          const under = one(threshold.minus("0.01").toFixed(2), size);
          const at = one(threshold.toFixed(2), size);
          for (const p of ["pl/pomoc-spoleczna/zasilek-okresowy"]) {
            expect(outcome(under, p)).not.toBe("not-eligible");
            expect(outcome(at, p)).toBe("not-eligible");
          }
          if (size === 1) {
            expect(outcome(under, "pl/pomoc-spoleczna/zasilek-staly")).toBe("eligible");
            expect(outcome(at, "pl/pomoc-spoleczna/zasilek-staly")).toBe("not-eligible");
          }
        }),
        { numRuns: 8 },
      );
    });
  });

  it("exact sums: 1142.64 + 1018.46 + 307.90 = 2469.00 is not above a 2469.00 zł threshold", () => {
    // floats would say 2469.0000000000005; a family of 3 at 823 zł per person is exactly at the criterion
    const h = {
      evaluationDate: "2025-06-01",
      householdType: "family",
      situations: ["bezrobocie"],
      members: ["1142.64", "1018.46", "307.90"].map((gross, i) => ({
        id: `m${i}`,
        role: i === 0 ? "applicant" : "spouse",
        residence: "citizen",
        incomes: [{ type: "wynagrodzenie", gross }],
      })),
    };
    expect(evaluate(h, { programmes: ["pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych"] }).results[0]?.outcome).toBe("eligible");
  });

  it("the month's income is the exact sum of gross less deductions less alimony, for any amounts the schema allows", () => {
    // Amounts up to 10^16 zł: sums of grosze pass 2^53, where JS numbers stop being exact.
    const money = fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }).map((g) => `${g / 100n}.${String(g % 100n).padStart(2, "0")}`);
    const income = fc
      .record({ gross: money, incomeTax: money, healthContribution: fc.option(money, { nil: undefined }) })
      .map(({ gross, incomeTax, healthContribution }): { type: string; gross: string; incomeTax?: string; healthContribution?: string } => {
        // deductions never exceed gross (the schema refuses that): halve them until they fit
        const health = new Decimal(healthContribution ?? "0");
        if (health.gt(gross)) return { type: "wynagrodzenie", gross };
        let tax = new Decimal(incomeTax);
        while (tax.plus(health).gt(gross)) tax = tax.div(2).toDecimalPlaces(2, Decimal.ROUND_FLOOR);
        return { type: "wynagrodzenie", gross, incomeTax: tax.toFixed(2), ...(healthContribution === undefined ? {} : { healthContribution }) };
      });
    fc.assert(
      fc.property(fc.array(income, { minLength: 1, maxLength: 4 }), fc.option(money, { nil: undefined }), (incomes, alimonyPaid) => {
        const h = {
          evaluationDate: "2025-03-15",
          householdType: "single",
          situations: ["bezrobocie"],
          members: [{ id: "a", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", incomes, ...(alimonyPaid === undefined ? {} : { alimonyPaid }) }],
        };
        let expected = new Decimal(0);
        for (const i of incomes) expected = expected.plus(i.gross).minus(i.incomeTax ?? "0").minus(i.healthContribution ?? "0");
        expected = expected.minus(alimonyPaid ?? "0");
        const result = evaluate(h, { programmes: ["pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych"] }).results[0];
        const shown = result?.conditions.find((c) => c.kind === "income")?.facts["income"];
        expect(shown).toBe(expected.isNegative() ? "0.00" : expected.toFixed(2));
      }),
      { numRuns: 300 },
    );
  });

  it("amounts are decimal strings with exactly two decimals", () => {
    fc.assert(
      fc.property(household, (h) => {
        for (const r of evaluate(h).results) {
          for (const a of [r.amount, r.range?.min, r.range?.max]) if (a !== undefined) expect(a).toMatch(/^[0-9]+\.[0-9]{2}$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("groszeToString round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (g) => {
        expect(new Decimal(groszeToString(g)).times(100).toNumber()).toBe(g);
      }),
    );
  });
});
