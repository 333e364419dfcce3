import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { evaluateEach, message, result } from "./result.js";

type PrioritySpec = Extract<ConditionSpec, { kind: "priority" }>;

/**
 * Who is served first ("w pierwszej kolejności") — reported in the explanation, never a
 * condition: the result is always "not-applicable", so it neither fails the programme nor
 * asks for facts. The nested results say which grounds for priority hold.
 */
export function priorityCondition(
  spec: PrioritySpec,
  ctx: EvaluationContext,
  evaluate: (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult,
): ConditionResult {
  const children = evaluateEach(spec.conditions, ctx, evaluate);
  const statuses = children.map((c) => c.status);
  const verdict = statuses.includes("pass") ? "yes" : statuses.includes("unknown") || statuses.includes("assess") ? "unknown" : "no";
  return result(spec, "not-applicable", message(`priority.${verdict}`), { children });
}
