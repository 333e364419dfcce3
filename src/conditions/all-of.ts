import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { evaluateEach, message, missingOf, openQuestionsOf, result } from "./result.js";
import { type Decider, type Deciders, conjunction } from "./decider.js";
import { type ConditionKind, type Evaluate, listed } from "./kind.js";

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
  evaluate: Evaluate,
): ConditionResult {
  const children = evaluateEach(spec.conditions, ctx, evaluate);
  const status = allOfStatus(children.map((c) => c.status));
  return result(spec, status, message(`all-of.${status}`), {
    children,
    missing: status === "unknown" ? missingOf(children) : [],
    openQuestions: openQuestionsOf(children),
  });
}

/** Decides as `allOfCondition`. */
function allOfDecider(children: Deciders): Decider {
  return (ctx, missing) => {
    const mark = missing.size;
    const status = conjunction(children, ctx, missing);
    if (status !== "unknown") missing.cut(mark);
    return status;
  };
}

export const allOfKind: ConditionKind<AllOfSpec> = {
  evaluate: allOfCondition,
  decider: (spec, decidersOf) => allOfDecider(decidersOf(spec.conditions)),
  children: (spec) => listed(spec.conditions),
};
