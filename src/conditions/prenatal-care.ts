import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, openQuestionsFor, parameterOf, result } from "./result.js";
import type { ConditionKind } from "./kind.js";

type PrenatalSpec = Extract<ConditionSpec, { kind: "prenatal-care" }>;

/**
 * The mother was under medical care "nie później niż od N tygodnia ciąży do porodu" — care that
 * began in week N or earlier and lasted until the birth. The subject is the child. Applicants
 * whose relation is in `exempt` (opiekun prawny, opiekun faktyczny, przysposabiający) are not
 * asked for it: then the condition does not apply.
 */
export function prenatalCareCondition(spec: PrenatalSpec, ctx: EvaluationContext): ConditionResult {
  const relation = ctx.claimant.applicantRelation;
  if (relation !== undefined && spec.exempt?.includes(relation)) {
    return result(spec, "not-applicable", message("prenatal.exempt", { relation }), { facts: { applicantRelation: relation } });
  }
  const limit = parameterOf(ctx, spec.latestWeek);
  if (limit === null) {
    return result(spec, "assess", message("parameter.open", { parameter: spec.latestWeek }), { openQuestions: openQuestionsFor(ctx, spec.latestWeek) });
  }
  const fromWeek = ctx.claimant.birth?.prenatalCareFromWeek;
  const untilBirth = ctx.claimant.birth?.prenatalCareUntilBirth;
  const values = { latestWeek: limit };
  const facts: Record<string, string> = {};
  if (fromWeek !== undefined) facts["prenatalCareFromWeek"] = String(fromWeek);
  if (untilBirth !== undefined) facts["prenatalCareUntilBirth"] = String(untilBirth);
  const lateStart = fromWeek !== undefined && fromWeek > Number(limit);
  if (lateStart || untilBirth === false) {
    // Failing the care requirement matters only if the applicant is not exempt.
    if (relation === undefined && spec.exempt?.length) {
      return result(spec, "unknown", message("prenatal.relation-unknown"), { facts, values, missing: [memberPath(ctx, "applicantRelation")] });
    }
    return result(spec, "fail", message(lateStart ? "prenatal.late" : "prenatal.interrupted", { week: String(fromWeek ?? ""), limit }), { facts, values });
  }
  const missing = [
    ...(fromWeek === undefined ? [memberPath(ctx, "birth.prenatalCareFromWeek")] : []),
    ...(untilBirth === undefined ? [memberPath(ctx, "birth.prenatalCareUntilBirth")] : []),
  ];
  if (missing.length > 0) return result(spec, "unknown", message("prenatal.unknown"), { facts, values, missing });
  return result(spec, "pass", message("prenatal.pass", { week: String(fromWeek), limit }), { facts, values });
}



/** Decided by its traced evaluation (a rare kind). */
export const prenatalCareKind: ConditionKind<PrenatalSpec> = { evaluate: prenatalCareCondition };
