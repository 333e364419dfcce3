import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type RelationSpec = Extract<ConditionSpec, { kind: "relation" }>;

/** The applicant's relation to the subject member (e.g. mother, legal guardian of the child). */
export function relationCondition(spec: RelationSpec, ctx: EvaluationContext): ConditionResult {
  const relation = ctx.claimant.applicantRelation;
  const values = { anyOf: listText(spec.anyOf) };
  if (relation === undefined) {
    return result(spec, "unknown", message("relation.unknown", { member: ctx.claimant.id }), { missing: [memberPath(ctx, "applicantRelation")], values });
  }
  const passes = spec.anyOf.includes(relation);
  return result(spec, passes ? "pass" : "fail", message(passes ? "relation.pass" : "relation.fail", { relation, member: ctx.claimant.id }), {
    facts: { applicantRelation: relation },
    values,
  });
}

/** Decides as `relationCondition`. */
function relationDecider(spec: RelationSpec): Decider {
  const anyOf = new Set<string>(spec.anyOf);
  return (ctx, missing) => {
    const relation = ctx.claimant.applicantRelation;
    if (relation === undefined) {
      missing.push(memberPath(ctx, "applicantRelation"));
      return "unknown";
    }
    return anyOf.has(relation) ? "pass" : "fail";
  };
}

export const relationKind: ConditionKind<RelationSpec> = { evaluate: relationCondition, decider: relationDecider };
