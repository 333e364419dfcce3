import { familyBenefit } from "../programmes/family-benefits.js";
import type { BaseYearIncomeSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { result } from "./result.js";
import type { ConditionKind, Evaluate } from "./kind.js";

/**
 * Base-year income (ustawa o świadczeniach rodzinnych; fundusz alimentacyjny by reference)
 * against the per-person criterion — raised where `raisedWhen` holds (art. 5 ust. 2: a child
 * with an orzeczenie) — and, where the version sets `taper` to 1, "złotówka za złotówkę":
 * above the criterion the condition holds only while the reduced benefit reaches `taperMinimum`.
 * A missing fact is never read as "no": it makes the condition unknown.
 */
export function baseYearIncomeCondition(
  spec: BaseYearIncomeSpec,
  ctx: EvaluationContext,
  evaluate: Evaluate,
): ConditionResult {
  const b = familyBenefit(spec, ctx, evaluate);
  return result(spec, b.status, b.message, {
    facts: b.facts,
    values: b.values,
    missing: b.status === "unknown" ? b.missing : [],
    openQuestions: b.openQuestions,
    sources: b.sources,
  });
}



/** Decided by its traced evaluation: the base-year arithmetic is most of its work. */
export const baseYearIncomeKind: ConditionKind<BaseYearIncomeSpec> = {
  evaluate: baseYearIncomeCondition,
  children: (spec) => (spec.raisedWhen === undefined ? [] : [{ at: ["raisedWhen"], spec: spec.raisedWhen }]),
};
