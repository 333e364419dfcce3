import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, message, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type HouseholdTypeSpec = Extract<ConditionSpec, { kind: "household-type" }>;

/** Whether the applicant keeps house alone (osoba samotnie gospodarująca) or in a family. */
export function householdTypeCondition(spec: HouseholdTypeSpec, ctx: EvaluationContext): ConditionResult {
  const type = ctx.household.householdType;
  const passes = spec.anyOf.includes(type);
  return result(spec, passes ? "pass" : "fail", message(`household-type.${type}`), { facts: { householdType: type }, values: { anyOf: listText(spec.anyOf) } });
}

/** Decides as `householdTypeCondition`. */
function householdTypeDecider(spec: HouseholdTypeSpec): Decider {
  const anyOf = new Set<string>(spec.anyOf);
  return (ctx) => (anyOf.has(ctx.household.householdType) ? "pass" : "fail");
}

export const householdTypeKind: ConditionKind<HouseholdTypeSpec> = { evaluate: householdTypeCondition, decider: householdTypeDecider };
