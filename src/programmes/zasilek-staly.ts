import { message } from "../conditions/result.js";
import { Decimal, formatAmount } from "../money.js";
import type { Message } from "../explain/trace.js";
import { type Formula, required, roundAsRuleSays } from "./formula.js";

/**
 * Zasiłek stały, art. 37 ust. 2–3:
 * - a person keeping house alone: `amountPercent` × K1 − income, at most `capSingle`;
 * - a person in a family: `amountPercent` × Kr − income per person (no cap);
 * - never less than `minimum`.
 * `amountPercent` is 100 % until 2023-12-31 and 130 % from 2024-01-01 (Dz.U. 2023 poz. 1693).
 */
export const zasilekStaly: Formula = (ctx, criterionRule) => {
  const criterion = ctx.criterion(criterionRule);
  const income = ctx.income("cash");
  const percent = required(ctx, "amountPercent");
  const minimum = required(ctx, "minimum");
  const steps: Message[] = [];
  let amount: Decimal;
  if (ctx.household.householdType === "single") {
    const cap = required(ctx, "capSingle");
    const base = criterion.single.times(percent);
    const difference = base.minus(income.total);
    amount = Decimal.min(difference, cap);
    steps.push(
      message("staly.single", {
        percent: percent.toString(),
        criterion: formatAmount(criterion.single),
        base: formatAmount(base),
        income: formatAmount(income.total),
        difference: formatAmount(difference),
        cap: formatAmount(cap),
        result: formatAmount(amount),
      }),
    );
  } else {
    const members = ctx.household.members.length;
    const perPersonIncome = income.total.div(members);
    const base = criterion.perPerson.times(percent);
    amount = base.minus(perPersonIncome);
    steps.push(
      message("staly.family", {
        percent: percent.toString(),
        criterion: formatAmount(criterion.perPerson),
        base: formatAmount(base),
        income: formatAmount(income.total),
        members: String(members),
        perPersonIncome: formatAmount(perPersonIncome),
        result: formatAmount(amount),
      }),
    );
  }
  amount = roundAsRuleSays(ctx, amount, steps);
  if (amount.lt(minimum)) {
    steps.push(message("staly.minimum", { amount: formatAmount(amount), minimum: formatAmount(minimum) }));
    amount = minimum;
  }
  return { amount: formatAmount(amount), steps, openQuestions: [] };
};
