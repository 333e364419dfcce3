import { ageOn, dateOfReachingAge } from "../household/age.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, openQuestionsFor, parameterOf, result } from "./result.js";
import { type Decider, reached } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type RetirementSpec = Extract<ConditionSpec, { kind: "retirement-age" }>;

/** "Niezdolność do pracy z tytułu wieku" (art. 6 pkt 7): the retirement age for the claimant's sex. */
export function retirementAgeCondition(spec: RetirementSpec, ctx: EvaluationContext): ConditionResult {
  const sex = ctx.sex(ctx.claimant);
  const birth = ctx.birthDate(ctx.claimant);
  const missing = [
    ...(birth === undefined ? [memberPath(ctx, "birthDate")] : []),
    ...(sex === undefined ? [memberPath(ctx, "sex")] : []),
  ];
  if (birth === undefined || sex === undefined) return result(spec, "unknown", message("retirement.unknown"), { missing });
  const parameter = sex === "F" ? spec.female : spec.male;
  const value = parameterOf(ctx, parameter);
  if (value === null) {
    // The exact age is open, but someone past the highest age the law ever set has reached it under every reading.
    const ceiling = spec.ceiling === undefined ? null : parameterOf(ctx, spec.ceiling);
    if (ceiling !== null && ctx.date >= dateOfReachingAge(birth, Number(ceiling))) {
      const args = { sex, age: String(ageOn(birth, ctx.date)), limit: ceiling, reachedOn: dateOfReachingAge(birth, Number(ceiling)) };
      return result(spec, "pass", message("retirement.ceiling", args), { facts: { sex, birthDate: birth, age: args.age }, values: { retirementAgeCeiling: ceiling } });
    }
    return result(spec, "assess", message("retirement.open"), { openQuestions: openQuestionsFor(ctx, parameter) });
  }
  const limit = Number(value);
  const reachedOn = dateOfReachingAge(birth, limit);
  const passes = ctx.date >= reachedOn;
  const args = { sex, age: String(ageOn(birth, ctx.date)), limit: value, reachedOn };
  return result(spec, passes ? "pass" : "fail", message(passes ? "retirement.pass" : "retirement.fail", args), {
    facts: { sex, birthDate: birth, age: args.age },
    values: { retirementAge: value },
  });
}

/** Decides as `retirementAgeCondition`. */
function retirementAgeDecider(spec: RetirementSpec): Decider {
  return (ctx, missing) => {
    const sex = ctx.sex(ctx.claimant);
    const birth = ctx.birthDate(ctx.claimant);
    if (birth === undefined || sex === undefined) {
      if (birth === undefined) missing.push(memberPath(ctx, "birthDate"));
      if (sex === undefined) missing.push(memberPath(ctx, "sex"));
      return "unknown";
    }
    const value = parameterOf(ctx, sex === "F" ? spec.female : spec.male);
    if (value === null) {
      // the exact age is open; past the highest age the law ever set, it is reached under every reading
      const ceiling = spec.ceiling === undefined ? null : parameterOf(ctx, spec.ceiling);
      return ceiling !== null && reached(ctx, birth, Number(ceiling)) ? "pass" : "assess";
    }
    return reached(ctx, birth, Number(value)) ? "pass" : "fail";
  };
}

export const retirementAgeKind: ConditionKind<RetirementSpec> = { evaluate: retirementAgeCondition, decider: retirementAgeDecider };
