import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftDays } from "../../src/dates.js";
import { ageOn, allRules, dateOfReachingAge, evaluate } from "../../src/index.js";
import { birthDate, coveredDate, household } from "./arbitraries.js";

/** What a decision is, without the input paths (which name members by position). */
function decisions(input: unknown) {
  return evaluate(input).results.map((r) => ({ programme: r.programme, outcome: r.outcome, amount: r.amount, range: r.range, version: r.version?.from }));
}

describe("structure of decisions", () => {
  it("member order does not change any result", () => {
    fc.assert(
      fc.property(household, fc.integer({ min: 0, max: 1000 }), (h, seed) => {
        const members = [...h.members];
        // a deterministic shuffle driven by the seed
        for (let i = members.length - 1; i > 0; i--) {
          const j = (seed * (i + 7)) % (i + 1);
          [members[i], members[j]] = [members[j] as (typeof members)[number], members[i] as (typeof members)[number]];
        }
        expect(decisions({ ...h, members })).toEqual(decisions(h));
      }),
      { numRuns: 200 },
    );
  });

  it("evaluation is deterministic: the same input gives the same output, and the input is not mutated", () => {
    fc.assert(
      fc.property(household, (h) => {
        const copy = structuredClone(h);
        const a = evaluate(h);
        const b = evaluate(h);
        expect(b).toEqual(a);
        expect(h).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  const boundaries = allRules()
    .filter((r) => r.kind === "programme")
    .flatMap((r) => r.versions.slice(1).map((v) => [r.id, v.from] as const));
  it.each(boundaries)("%s: the day before %s applies the previous version, the day itself the new one", (id, from) => {
    const h = {
      evaluationDate: from,
      householdType: "single",
      situations: ["ubostwo"],
      members: [{ id: "a", role: "applicant", birthDate: "1940-01-01", sex: "F", residence: "citizen", incomes: [] }],
    };
    const on = evaluate(h, { programmes: [id] }).results[0];
    const before = evaluate(h, { programmes: [id], date: shiftDays(from, -1) }).results[0];
    expect(on?.version?.from).toBe(from);
    expect(before?.version?.to).toBe(shiftDays(from, -1));
  });
});

describe("age (k.c. art. 112)", () => {
  it("never decreases as the evaluation date advances", () => {
    fc.assert(
      fc.property(birthDate, coveredDate, fc.integer({ min: 1, max: 800 }), (birth, date, days) => {
        fc.pre(birth <= date);
        expect(ageOn(birth, shiftDays(date, days))).toBeGreaterThanOrEqual(ageOn(birth, date));
      }),
    );
  });
  it("is reached exactly on the birthday: the day before is one year less", () => {
    fc.assert(
      fc.property(birthDate, fc.integer({ min: 1, max: 100 }), (birth, years) => {
        const day = dateOfReachingAge(birth, years);
        expect(ageOn(birth, day)).toBe(years);
        expect(ageOn(birth, shiftDays(day, -1))).toBe(years - 1);
      }),
    );
  });
  it("a 29 February birth reaches each age on 28 February in common years and 29 February in leap years", () => {
    fc.assert(
      fc.property(fc.constantFrom(1940, 1944, 1952, 1960, 1988, 2000, 2004), fc.integer({ min: 1, max: 80 }), (year, years) => {
        const target = year + years;
        const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
        expect(dateOfReachingAge(`${year}-02-29`, years)).toBe(`${target}-02-${leap ? "29" : "28"}`);
      }),
    );
  });
  it("does not depend on the machine's time zone", () => {
    const original = process.env["TZ"];
    try {
      fc.assert(
        fc.property(birthDate, coveredDate, fc.constantFrom("Pacific/Kiritimati", "America/Los_Angeles", "Europe/Warsaw", "Pacific/Pago_Pago", "UTC"), (birth, date, zone) => {
          fc.pre(birth <= date);
          process.env["TZ"] = "UTC";
          const reference = [ageOn(birth, date), shiftDays(date, 1), shiftDays(date, -1), dateOfReachingAge(birth, 60)];
          process.env["TZ"] = zone;
          expect([ageOn(birth, date), shiftDays(date, 1), shiftDays(date, -1), dateOfReachingAge(birth, 60)]).toEqual(reference);
        }),
        { numRuns: 300 },
      );
    } finally {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    }
  });
});
