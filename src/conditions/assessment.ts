import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { message, result } from "./result.js";
import type { ConditionKind } from "./kind.js";

type AssessmentSpec = Extract<ConditionSpec, { kind: "assessment" }>;

/**
 * A branch the law leaves to the office ("w szczególnych przypadkach…"), or a point an open
 * question leaves undecided: always "assess", with the rule's reason. Used as an alternative
 * inside `any-of`, it turns a failure of the other branches into a needs-assessment.
 */
export function assessmentCondition(spec: AssessmentSpec, _ctx: EvaluationContext): ConditionResult {
  return result(spec, "assess", message("assessment", { pl: spec.reason.pl, en: spec.reason.en }), {
    openQuestions: spec.openQuestion ? [spec.openQuestion] : [],
  });
}



export const assessmentKind: ConditionKind<AssessmentSpec> = { evaluate: assessmentCondition, decider: () => () => "assess" };
