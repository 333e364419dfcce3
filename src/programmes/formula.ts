import type { EvaluationContext } from "../conditions/context.js";
import { message } from "../conditions/result.js";
import { type Decimal, parameterDecimal, roundToGrosz, scaledParameter } from "../money.js";
import type { AmountResult } from "../explain/trace.js";

/**
 * A programme's arithmetic: reads its numbers from the rule version in `ctx`. With `explain`
 * false (`decide`) it may leave out the steps that only show the arithmetic, and work in whole
 * grosze where that is exact: the amount, range, assessment and missing facts must be the same
 * either way (test/decide.test.ts).
 */
export type Formula = (ctx: EvaluationContext, criterionRule: string, explain: boolean) => AmountResult;

/** A parameter that must be set in this version, as written in the rule. */
export function requiredText(ctx: EvaluationContext, name: string): string {
  const value = ctx.version.parameters[name];
  if (value === undefined || value === null) throw new Error(`${ctx.rule.id}: parameter ${name} has no value in version ${ctx.version.from}`);
  return value;
}

/** A parameter that must be set in this version. */
export function required(ctx: EvaluationContext, name: string): Decimal {
  requiredText(ctx, name);
  return parameterDecimal(ctx.version.parameters, name);
}

/** A parameter's amount as the trace shows it (formatAmount), worked out once per parameter. */
export function shown(parameter: Decimal): string {
  return scaledParameter(parameter, 1, "1").shown;
}

/** A parameter (or an income criterion) in whole grosze, when it is whole grosze and a safe integer; worked out once per parameter. */
export function inGrosze(parameter: Decimal): number | undefined {
  return scaledParameter(parameter, 1, "1").grosze;
}

/** Rounds as the rule says, and records a step when rounding changed the value (when there are steps to record). */
export function roundAsRuleSays(ctx: EvaluationContext, value: Decimal, steps: ReturnType<typeof message>[] | undefined): Decimal {
  const rounding = ctx.rule.rounding;
  if (!rounding || value.decimalPlaces() <= 2) return value;
  const rounded = roundToGrosz(value, rounding.mode);
  steps?.push(message("formula.rounded", { from: value.toString(), to: rounded.toFixed(2), mode: rounding.mode }));
  return rounded;
}
