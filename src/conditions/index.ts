import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { ageCondition } from "./age.js";
import { disabilityCondition } from "./disability.js";
import { incomeCondition } from "./income.js";
import { residenceCondition } from "./residence.js";
import { evaluateEach, message, openQuestionsOf, result } from "./result.js";
import { retirementAgeCondition } from "./retirement-age.js";
import { situationCondition } from "./situation.js";
import { applicationDeadlineCondition } from "./application-deadline.js";
import { factCondition } from "./fact.js";
import { prenatalCareCondition } from "./prenatal-care.js";
import { relationCondition } from "./relation.js";
import { allOfCondition } from "./all-of.js";
import { assessmentCondition } from "./assessment.js";
import { childDisabilityCondition } from "./child-disability.js";
import { countCondition } from "./count.js";
import { householdTypeCondition } from "./household-type.js";
import { priorityCondition } from "./priority.js";
import { baseYearIncomeCondition } from "./base-year-income.js";

/** Evaluates one condition of the vocabulary. */
export function evaluateCondition(spec: ConditionSpec, ctx: EvaluationContext): ConditionResult {
  switch (spec.kind) {
    case "income":
      return incomeCondition(spec, ctx);
    case "situation":
      return situationCondition(spec, ctx);
    case "residence":
      return residenceCondition(spec, ctx);
    case "age":
      return ageCondition(spec, ctx);
    case "retirement-age":
      return retirementAgeCondition(spec, ctx);
    case "disability":
      return disabilityCondition(spec, ctx);
    case "fact":
      return factCondition(spec, ctx);
    case "relation":
      return relationCondition(spec, ctx);
    case "prenatal-care":
      return prenatalCareCondition(spec, ctx);
    case "application-deadline":
      return applicationDeadlineCondition(spec, ctx);
    case "count":
      return countCondition(spec, ctx, evaluateCondition);
    case "all-of":
      return allOfCondition(spec, ctx, evaluateCondition);
    case "child-disability":
      return childDisabilityCondition(spec, ctx);
    case "household-type":
      return householdTypeCondition(spec, ctx);
    case "assessment":
      return assessmentCondition(spec, ctx);
    case "priority":
      return priorityCondition(spec, ctx, evaluateCondition);
    case "base-year-income":
      return baseYearIncomeCondition(spec, ctx, evaluateCondition);
    case "any-of": {
      const children = evaluateEach(spec.conditions, ctx, evaluateCondition);
      const status = anyOfStatus(children.map((c) => c.status));
      return result(spec, status, message(`any-of.${status}`), {
        children,
        missing: status === "unknown" ? children.flatMap((c) => c.missing) : [],
        openQuestions: openQuestionsOf(children),
      });
    }
  }
}

/** One passing alternative suffices; all must fail to fail; otherwise the doubt carries over. */
function anyOfStatus(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes("pass")) return "pass";
  if (statuses.includes("unknown")) return "unknown";
  if (statuses.includes("assess")) return "assess";
  return "fail";
}
