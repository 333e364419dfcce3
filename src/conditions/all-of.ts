import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { evaluateEach, message, missingOf, openQuestionsOf, result } from "./result.js";

type AllOfSpec = Extract<ConditionSpec, { kind: "all-of" }>;

/** Every nested condition must hold: one failure fails it; otherwise the doubt carries over. */
export function allOfStatus(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("unknown")) return "unknown";
  if (statuses.includes("assess")) return "assess";
  return "pass";
}

/** A conjunction, for use inside `any-of` (e.g. "under 25 and in education"). */
export function allOfCondition(
  spec: AllOfSpec,
  ctx: EvaluationContext,
  evaluate: (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult,
): ConditionResult {
  const children = evaluateEach(spec.conditions, ctx, evaluate);
  const status = allOfStatus(children.map((c) => c.status));
  return result(spec, status, message(`all-of.${status}`), {
    children,
    missing: status === "unknown" ? missingOf(children) : [],
    openQuestions: openQuestionsOf(children),
  });
}
