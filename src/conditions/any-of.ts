import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { type Decider, type Deciders, decideRest } from "./decider.js";
import { type ConditionKind, type Evaluate, listed } from "./kind.js";
import { evaluateEach, message, openQuestionsOf, result } from "./result.js";

type AnyOfSpec = Extract<ConditionSpec, { kind: "any-of" }>;

/** One passing alternative suffices; all must fail to fail; otherwise the doubt carries over. */
function anyOfStatus(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes("pass")) return "pass";
  if (statuses.includes("unknown")) return "unknown";
  if (statuses.includes("assess")) return "assess";
  return "fail";
}

/** Alternatives: one that holds suffices (e.g. "retirement age or a disability"). */
function anyOfCondition(spec: AnyOfSpec, ctx: EvaluationContext, evaluate: Evaluate): ConditionResult {
  const children = evaluateEach(spec.conditions, ctx, evaluate);
  const status = anyOfStatus(children.map((c) => c.status));
  return result(spec, status, message(`any-of.${status}`), {
    children,
    missing: status === "unknown" ? children.flatMap((c) => c.missing) : [],
    openQuestions: openQuestionsOf(children),
  });
}

/** Decides as `anyOfCondition`: the alternatives are decided until one holds, and all their missing facts are reported when the doubt carries over. */
function anyOfDecider(children: Deciders): Decider {
  const { deciders } = children;
  return (ctx, missing) => {
    const mark = missing.size;
    let unknown = false;
    let assess = false;
    for (let i = 0; i < deciders.length; i++) {
      const status = (deciders[i] as Decider)(ctx, missing);
      if (status === "pass") {
        // one alternative that holds decides
        decideRest(children, i + 1, ctx, missing);
        missing.cut(mark);
        return "pass";
      }
      if (status === "unknown") unknown = true;
      else if (status === "assess") assess = true;
    }
    const status: ConditionStatus = unknown ? "unknown" : assess ? "assess" : "fail";
    if (status !== "unknown") missing.cut(mark);
    return status;
  };
}

export const anyOfKind: ConditionKind<AnyOfSpec> = {
  evaluate: anyOfCondition,
  decider: (spec, decidersOf) => anyOfDecider(decidersOf(spec.conditions)),
  children: (spec) => listed(spec.conditions),
};
