import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { evaluateEach, message, result } from "./result.js";
import { type Decider, type Deciders, decideRest } from "./decider.js";
import { type ConditionKind, type Evaluate, listed } from "./kind.js";

type PrioritySpec = Extract<ConditionSpec, { kind: "priority" }>;

/**
 * Who is served first ("w pierwszej kolejności") — reported in the explanation, never a
 * condition: the result is always "not-applicable", so it neither fails the programme nor
 * asks for facts. The nested results say which grounds for priority hold.
 */
export function priorityCondition(
  spec: PrioritySpec,
  ctx: EvaluationContext,
  evaluate: Evaluate,
): ConditionResult {
  const children = evaluateEach(spec.conditions, ctx, evaluate);
  const statuses = children.map((c) => c.status);
  const verdict = statuses.includes("pass") ? "yes" : statuses.includes("unknown") || statuses.includes("assess") ? "unknown" : "no";
  return result(spec, "not-applicable", message(`priority.${verdict}`), { children });
}

/** Decides as `priorityCondition`: never a condition, but its alternatives are read as there. */
function priorityDecider(children: Deciders): Decider {
  return (ctx, missing) => {
    const mark = missing.size;
    decideRest(children, 0, ctx, missing);
    missing.cut(mark);
    return "not-applicable";
  };
}

export const priorityKind: ConditionKind<PrioritySpec> = {
  evaluate: priorityCondition,
  decider: (spec, decidersOf) => priorityDecider(decidersOf(spec.conditions)),
  children: (spec) => listed(spec.conditions),
};
