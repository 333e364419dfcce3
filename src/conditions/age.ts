import { ageByBirthYear, ageOn, dateOfReachingAge } from "../household/age.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, openQuestionsFor, parameterOf, result } from "./result.js";
import { type Decider, reached } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type AgeSpec = Extract<ConditionSpec, { kind: "age" }>;

/**
 * The claimant's age against `min` ("ukończył N lat": from the N-th birthday) and/or `below`
 * ("do ukończenia N lat": until the day before the N-th birthday), per k.c. art. 112 — or by
 * birth year when the rule says "rocznikowo".
 */
export function ageCondition(spec: AgeSpec, ctx: EvaluationContext): ConditionResult {
  const birth = ctx.birthDate(ctx.claimant);
  if (birth === undefined) {
    return result(spec, "unknown", message("age.unknown"), { missing: [memberPath(ctx, "birthDate")] });
  }
  const limits = { min: spec.min, below: spec.below };
  for (const name of [spec.min, spec.below]) {
    if (name !== undefined && parameterOf(ctx, name) === null) {
      return result(spec, "assess", message("parameter.open", { parameter: name }), { openQuestions: openQuestionsFor(ctx, name) });
    }
  }
  const min = limits.min === undefined ? undefined : Number(parameterOf(ctx, limits.min));
  const below = limits.below === undefined ? undefined : Number(parameterOf(ctx, limits.below));
  const byYear = spec.method === "birth-year";
  const age = byYear ? ageByBirthYear(birth, ctx.date) : ageOn(birth, ctx.date);
  const minReachedOn = min === undefined || byYear ? undefined : dateOfReachingAge(birth, min);
  const belowReachedOn = below === undefined || byYear ? undefined : dateOfReachingAge(birth, below);
  const meetsMin = min === undefined || (minReachedOn === undefined ? age >= min : ctx.date >= minReachedOn);
  const meetsBelow = below === undefined || (belowReachedOn === undefined ? age < below : ctx.date < belowReachedOn);
  const values: Record<string, string> = {};
  const args: Record<string, string> = { age: String(age), birthDate: birth, method: spec.method };
  if (min !== undefined) {
    values["min"] = String(min);
    args["min"] = String(min);
    if (minReachedOn !== undefined) args["minReachedOn"] = minReachedOn;
  }
  if (below !== undefined) {
    values["below"] = String(below);
    args["below"] = String(below);
    if (belowReachedOn !== undefined) args["belowReachedOn"] = belowReachedOn;
  }
  const passes = meetsMin && meetsBelow;
  return result(spec, passes ? "pass" : "fail", message(passes ? "age.pass" : "age.fail", args), {
    facts: { birthDate: birth, age: String(age) },
    values,
  });
}

/** Decides as `ageCondition`, with the limits as birth-date cut-offs. */
function ageDecider(spec: AgeSpec): Decider {
  const byYear = spec.method === "birth-year";
  return (ctx, missing) => {
    const birth = ctx.birthDate(ctx.claimant);
    if (birth === undefined) {
      missing.push(memberPath(ctx, "birthDate"));
      return "unknown";
    }
    const minValue = spec.min === undefined ? undefined : parameterOf(ctx, spec.min);
    if (minValue === null) return "assess";
    const belowValue = spec.below === undefined ? undefined : parameterOf(ctx, spec.below);
    if (belowValue === null) return "assess";
    if (byYear) {
      const age = Number(ctx.date.slice(0, 4)) - Number(birth.slice(0, 4));
      return (minValue === undefined || age >= Number(minValue)) && (belowValue === undefined || age < Number(belowValue)) ? "pass" : "fail";
    }
    const meetsMin = minValue === undefined || reached(ctx, birth, Number(minValue));
    const meetsBelow = belowValue === undefined || !reached(ctx, birth, Number(belowValue));
    return meetsMin && meetsBelow ? "pass" : "fail";
  };
}

export const ageKind: ConditionKind<AgeSpec> = { evaluate: ageCondition, decider: ageDecider };
