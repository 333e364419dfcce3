import { describe, expect, it } from "vitest";
import { decide as baseline } from "../bench/baseline.mjs";
import { createJsonRulesEngine } from "../bench/json-rules-engine.mjs";
import { DATES, boundaryCount, population } from "../bench/population.mjs";
import { kryteriumDecider, same, show } from "../bench/shared.mjs";
import * as kryterium from "../src/index.js";

/**
 * The bench's premise, held in the suite: issue 8's shared decision (the art. 8 criterion with an
 * art. 7 situation, food aid at the dated percentage, zasiłek stały with its amount, 70+) made
 * three independent ways — kryterium from `rules/`, a hand-written integer-grosze baseline and
 * json-rules-engine, the last two with the law's numbers written into `bench/` by hand — must
 * agree. `npm run bench` checks it on 100 000 households before it times anything; here it is
 * checked on every boundary case of the population (incomes at each threshold and a grosz
 * either side, birthdays on the date and the day before, 29 February births) and 300 random
 * households, so that a change to a rule, to the evaluation or to the bench that breaks the
 * agreement fails the tests, not the next bench run.
 */
describe("the shared decision of the bench, three ways", () => {
  it("kryterium (evaluate, decide, decide on a validated household), the baseline and json-rules-engine agree on the bench's boundary cases and 300 random households at its three dates", async () => {
    const households = population(boundaryCount() + 300);
    const viaEvaluate = kryteriumDecider(kryterium, "evaluate");
    const viaDecide = kryteriumDecider(kryterium, "decide");
    const jsonRulesEngine = createJsonRulesEngine();
    const disagreements: string[] = [];
    const outcomes = new Set<string>();
    for (const [index, household] of households.entries()) {
      const validated = kryterium.validateHousehold(household);
      if (!validated.ok) throw new Error(`bench household ${index} is not valid`);
      for (const date of DATES) {
        const k = viaEvaluate(household, date);
        const others = { decide: viaDecide(household, date), validated: viaDecide(validated.household, date), baseline: baseline(household, date), jsonRulesEngine: await jsonRulesEngine(household, date) };
        for (const [name, other] of Object.entries(others)) {
          if (!same(k, other)) disagreements.push(`household ${index} on ${date}: kryterium ${show(k)}, ${name} ${show(other)}`);
        }
        outcomes.add(`prawo ${k.prawo}`).add(`popz ${k.popz}`).add(`staly ${k.staly}`).add(`70+ ${k.age70}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // the households reach every outcome of each part of the decision, so agreeing is not trivial
    for (const part of ["prawo", "popz", "staly"]) for (const outcome of ["eligible", "not-eligible", "needs-assessment"]) expect(outcomes).toContain(`${part} ${outcome}`);
    expect(outcomes).toContain("70+ true");
    expect(outcomes).toContain("70+ false");
  }, 120_000);
});
