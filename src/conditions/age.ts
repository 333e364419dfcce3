import { ageByBirthYear, ageOn, dateOfReachingAge } from "../household/age.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, openQuestionsFor, parameterOf, result } from "./result.js";

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
