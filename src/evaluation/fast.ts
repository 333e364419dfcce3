import type { EvaluationContext } from "../conditions/context.js";
import { type Decider, type Reported, decideRest } from "../conditions/decider.js";
import { decideJurisdiction } from "../conditions/jurisdiction.js";
import type { ProgrammeDecision } from "../explain/trace.js";
import { DistinctList } from "../distinct.js";
import { FORMULAS } from "../programmes/index.js";
import { contextOf, type HouseholdFacts } from "./household-facts.js";
import type { Programme } from "./law-on-date.js";
import { decisionOf, decisionWithoutVersion } from "./result.js";

/**
 * What `evaluateProgramme` (./traced.ts) decides, without its trace: the conditions are decided
 * by their deciders (each kind's, src/conditions/decider.ts) and the amount is worked out by the same formula.
 * A condition that fails decides the programme, so the ones after it are not asked — except a
 * condition that may throw (mayThrowOnHouseholdDate), which `evaluateProgramme`, evaluating
 * every condition, would meet: so a rule a date lies outside of throws in both. `reported` is
 * the engine's stack of missing facts (no decider calls back into decideProgramme).
 */
export function decideProgramme({ rule, edition, lastEditionEnded }: Programme, facts: HouseholdFacts, personal: Pick<EvaluationContext, "birthDate" | "sex">, reported: Reported): ProgrammeDecision {
  if (!edition) {
    if (lastEditionEnded === undefined) return decisionWithoutVersion(rule, "not-eligible");
    reported.cut(0);
    // a gmina's programme still answers only its residents
    return decisionWithoutVersion(rule, decideJurisdiction(rule.jurisdiction, facts.teryt, reported) === "fail" ? "not-eligible" : "needs-assessment");
  }
  const { deciders } = edition.conditions;
  const ctx = contextOf(rule, edition, facts, personal);
  let missing: DistinctList | undefined;
  let assess = false;
  for (let i = -1; i < deciders.length; i++) {
    reported.cut(0); // also what a rule that threw in the last call left
    const status = i < 0 ? decideJurisdiction(edition.jurisdiction, facts.teryt, reported) : (deciders[i] as Decider)(ctx, reported);
    if (status === "fail") {
      decideRest(edition.conditions, i + 1, ctx, reported);
      return decisionOf(edition, "not-eligible", [], undefined);
    }
    if (status === "assess") assess = true;
    else if (status === "unknown") {
      missing ??= new DistinctList();
      for (let k = 0; k < reported.size; k++) missing.add(reported.at(k));
    }
  }
  if (missing !== undefined && missing.items.length > 0) return decisionOf(edition, "needs-assessment", missing.items, undefined);
  // decide returns no calculation: the formula leaves out the steps that only show the arithmetic
  const formula = edition.formula ? FORMULAS[edition.formula](ctx, edition.criterionRule ?? "", false) : undefined;
  const outcome = assess || formula?.assess !== undefined || edition.discretionary ? "needs-assessment" : "eligible";
  return decisionOf(edition, outcome, formula?.missing ?? [], formula);
}
