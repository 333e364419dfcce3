import { message } from "../conditions/result.js";
import { Decimal, formatAmount } from "../money.js";
import type { Message } from "../explain/trace.js";
import { type Formula, required, roundAsRuleSays, shown } from "./formula.js";

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
