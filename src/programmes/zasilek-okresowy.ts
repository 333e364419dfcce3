import type { EvaluationContext, ResolvedCriterion } from "../conditions/context.js";
import { message } from "../conditions/result.js";
import type { IncomeAmount } from "../household/income.js";
import { Decimal, divideRounded, formatAmount, parameterFraction, scaledParameter, textOfGrosze } from "../money.js";
import type { AmountResult, Message } from "../explain/trace.js";
import { type Formula, inGrosze, required, requiredText, roundAsRuleSays, shown } from "./formula.js";

/**
 * Zasiłek okresowy, art. 38 ust. 2–4: the office sets the amount "do wysokości różnicy"
 * between the criterion and income (for a single person at most `capSingle`, or — from 2024 —
 * the per-person criterion), but not below a share of that difference (ust. 3; art. 147 before
 * 2008) and not below `floorAmount` (ust. 4). The result is the statutory range.
 */
export const zasilekOkresowy: Formula = (ctx, criterionRule, explain) => {
  const criterion = ctx.criterion(criterionRule);
  const income = ctx.income("cash");
  const single = ctx.household.householdType === "single";
  if (!explain) {
    const range = rangeInGrosze(ctx, criterion, income.total, single);
    if (range !== undefined) return range;
  }
  const difference = criterion.household.minus(income.total.decimal);
  const floorAmount = required(ctx, "floorAmount");
  const steps: Message[] = [];
  if (explain) {
    steps.push(
      message(single ? "okresowy.difference-single" : "okresowy.difference-family", {
        criterion: shown(criterion.household),
        income: income.total.shown,
        difference: formatAmount(difference),
      }),
    );
  }
  let max = difference;
  if (single) {
    const cap = required(ctx, "capSingle").plus(criterion.perPerson.times(required(ctx, "capSinglePerPersonShare")));
    max = Decimal.min(difference, cap);
    if (explain) steps.push(message("okresowy.cap", { cap: formatAmount(cap), max: formatAmount(max) }));
  }
  if (difference.lt(floorAmount)) {
    const assess = message("okresowy.below-floor", { difference: formatAmount(difference), floor: shown(floorAmount) });
    return { steps: [...steps, assess], assess, openQuestions: ["okresowy-below-floor"] };
  }
  const percent = required(ctx, single ? "floorPercentSingle" : "floorPercentFamily");
  const share = roundAsRuleSays(ctx, difference.times(percent), explain ? steps : undefined);
  const min = Decimal.max(share, floorAmount);
  if (explain) {
    steps.push(
      message("okresowy.floor", { percent: percent.toString(), share: formatAmount(share), floor: shown(floorAmount), min: formatAmount(min) }),
    );
  }
  if (min.gt(max)) {
    const assess = message("okresowy.floor-above-cap", { min: formatAmount(min), max: formatAmount(max) });
    return { steps: [...steps, assess], assess, openQuestions: [] };
  }
  return { range: { min: formatAmount(min), max: formatAmount(max) }, steps, openQuestions: [] };
};

/**
 * The same arithmetic in whole grosze, for `decide` (no steps): when the criterion, the income and
 * the parameters are whole grosze, every step is an integer but the percentage of the
 * difference, which the rule rounds. `undefined` where it is not exact so: the decimals decide.
 * test/decide.test.ts holds it to the decimals.
 */
function rangeInGrosze(ctx: EvaluationContext, criterion: ResolvedCriterion, income: IncomeAmount, single: boolean): AmountResult | undefined {
  const floorAmount = required(ctx, "floorAmount");
  const household = inGrosze(criterion.household);
  const floor = inGrosze(floorAmount);
  if (household === undefined || income.grosze === undefined || floor === undefined) return undefined;
  const difference = household - income.grosze;
  let max = difference;
  if (single) {
    const capSingle = inGrosze(required(ctx, "capSingle"));
    const perPersonShare = scaledParameter(criterion.perPerson, 1, requiredText(ctx, "capSinglePerPersonShare")).grosze;
    if (capSingle === undefined || perPersonShare === undefined) return undefined;
    max = Math.min(difference, capSingle + perPersonShare);
  }
  if (difference < floor) {
    const assess = message("okresowy.below-floor", { difference: textOfGrosze(difference), floor: shown(floorAmount) });
    return { steps: [assess], assess, openQuestions: ["okresowy-below-floor"] };
  }
  const percentName = single ? "floorPercentSingle" : "floorPercentFamily";
  requiredText(ctx, percentName);
  const percent = parameterFraction(ctx.version.parameters, percentName);
  const product = difference * percent.numerator;
  // the difference and the cap are safe integers (a criterion less an income); the product may not be
  if (!Number.isSafeInteger(product)) return undefined;
  const share = divideRounded(product, percent.denominator, ctx.rule.rounding?.mode);
  if (share === undefined) return undefined;
  const min = Math.max(share, floor);
  if (min > max) {
    const assess = message("okresowy.floor-above-cap", { min: textOfGrosze(min), max: textOfGrosze(max) });
    return { steps: [assess], assess, openQuestions: [] };
  }
  return { range: { min: textOfGrosze(min), max: textOfGrosze(max) }, steps: [], openQuestions: [] };
}
