import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allRules, evaluate } from "../../src/index.js";
import { birthDate, coveredDate, household } from "./arbitraries.js";

const RANK = { "not-eligible": 0, "needs-assessment": 1, eligible: 2 } as const;
const KRAKOW = "1261011";
const krakowProgrammes = allRules()
  .filter((r) => r.kind === "programme" && r.jurisdiction === KRAKOW)
  .map((r) => r.id);
const cards = ["krakow/karta-rodzinna-3-plus", "pl/karta-duzej-rodziny/rodzice", "pl/karta-duzej-rodziny/dzieci"];

/** A child of the family, with or without school and an orzeczenie. */
const child = (i: number) =>
  fc.record({
    id: fc.constant(`c${i}`),
    role: fc.constant("child"),
    birthDate,
    flags: fc.record({ inEducation: fc.boolean() }),
    disability: fc.constantFrom([], [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }], [{ kind: "stopien", degree: "umiarkowany", validUntil: "permanent" }]),
  });

const family = fc
  .tuple(coveredDate, fc.integer({ min: 0, max: 4 }))
  .chain(([date, n]) =>
    fc.tuple(fc.constant(date), fc.tuple(...Array.from({ length: n }, (_, i) => child(i)))).map(([d, children]) => ({
      evaluationDate: d,
      municipality: { teryt: KRAKOW },
      householdType: "family",
      situations: ["ochrona-macierzynstwa-lub-wielodzietnosci"],
      members: [
        { id: "parent", role: "applicant", birthDate: "1970-01-01", residence: "citizen", childrenNotListed: 0, incomes: [], flags: { pitInMunicipality: true } },
        ...children.filter((c) => c.birthDate <= d),
      ],
    })),
  );

describe("catalogue invariants", () => {
  it("a household outside Kraków never gets a Kraków programme, listed or asked for", () => {
    fc.assert(
      fc.property(household, fc.constantFrom<unknown>("other", { teryt: "0607011" }, { name: "Kraśnik" }, { teryt: "1465011" }), (h, municipality) => {
        const outside = { ...h, municipality };
        expect(evaluate(outside).results.map((r) => r.programme).filter((id) => id.startsWith("krakow/"))).toEqual([]);
        for (const r of evaluate(outside, { programmes: krakowProgrammes }).results) expect(r.outcome).toBe("not-eligible");
      }),
      { numRuns: 100 },
    );
  });

  it("adding a child who counts (a five-year-old) never takes a 3+ family card away", () => {
    fc.assert(
      fc.property(family, (h) => {
        const date = h.evaluationDate;
        const five = `${String(Number(date.slice(0, 4)) - 5).padStart(4, "0")}${date.slice(4, 8)}01`;
        const bigger = { ...h, members: [...h.members, { id: "new", role: "child", birthDate: five, flags: { inEducation: false }, disability: [] }] };
        const before = evaluate(h, { programmes: cards }).results;
        const after = evaluate(bigger, { programmes: cards }).results;
        before.forEach((b, i) => {
          const a = after[i];
          expect(RANK[a?.outcome ?? "not-eligible"], `${b.programme}: ${b.outcome} → ${a?.outcome}`).toBeGreaterThanOrEqual(RANK[b.outcome]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
