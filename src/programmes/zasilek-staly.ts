import type { EvaluationContext, ResolvedCriterion } from "../conditions/context.js";
import { message } from "../conditions/result.js";
import type { IncomeAmount } from "../household/income.js";
import { Decimal, divideRounded, formatAmount, parameterDecimal, scaledParameter, textOfGrosze } from "../money.js";
import type { AmountResult, Message } from "../explain/trace.js";
import { type Formula, inGrosze, required, requiredText, roundAsRuleSays, shown } from "./formula.js";

/**
 * Zasiłek stały, art. 37 ust. 2–3:
 * - a person keeping house alone: `amountPercent` × K1 − income, at most `capSingle`;
 * - a person in a family: `amountPercent` × Kr − income per person (no cap);
 * - never less than `minimum`.
 * `amountPercent` is 100 % until 2023-12-31 and 130 % from 2024-01-01 (Dz.U. 2023 poz. 1693).
 */
export const zasilekStaly: Formula = (ctx, criterionRule, explain) => {
  const criterion = ctx.criterion(criterionRule);
  const income = ctx.income("cash");
  if (!explain) {
    const amount = amountInGrosze(ctx, criterion, income.total);
    if (amount !== undefined) return amount;
  }
  const percentText = requiredText(ctx, "amountPercent");
  const percent = parameterDecimal(ctx.version.parameters, "amountPercent");
  const minimum = required(ctx, "minimum");
  const steps: Message[] = [];
  let amount: Decimal;
  if (ctx.household.householdType === "single") {
    const cap = required(ctx, "capSingle");
    const base = scaledParameter(criterion.single, 1, percentText);
    const difference = base.value.minus(income.total.decimal);
    amount = Decimal.min(difference, cap);
    if (explain) {
      steps.push(
        message("staly.single", {
          percent: percent.toString(),
          criterion: shown(criterion.single),
          base: base.shown,
          income: income.total.shown,
          difference: formatAmount(difference),
          cap: shown(cap),
          result: formatAmount(amount),
        }),
      );
    }
  } else {
    const members = ctx.household.members.length;
    const perPersonIncome = income.total.decimal.div(members);
    const base = scaledParameter(criterion.perPerson, 1, percentText);
    amount = base.value.minus(perPersonIncome);
    if (explain) {
      steps.push(
        message("staly.family", {
          percent: percent.toString(),
          criterion: shown(criterion.perPerson),
          base: base.shown,
          income: income.total.shown,
          members: String(members),
          perPersonIncome: formatAmount(perPersonIncome),
          result: formatAmount(amount),
        }),
      );
    }
  }
  amount = roundAsRuleSays(ctx, amount, explain ? steps : undefined);
  if (amount.lt(minimum)) {
    if (explain) steps.push(message("staly.minimum", { amount: formatAmount(amount), minimum: shown(minimum) }));
    amount = minimum;
  }
  return { amount: formatAmount(amount), steps, openQuestions: [] };
};

/**
 * The same arithmetic in whole grosze, for `decide` (no steps): the criterion × the percentage,
 * the income and the parameters whole grosze, a family's income per person kept as a fraction
 * until the rule rounds the amount. `undefined` where it is not exact so: the decimals decide.
 * test/decide.test.ts holds it to the decimals.
 */
function amountInGrosze(ctx: EvaluationContext, criterion: ResolvedCriterion, income: IncomeAmount): AmountResult | undefined {
  const percentText = requiredText(ctx, "amountPercent");
  const minimum = inGrosze(required(ctx, "minimum"));
  if (income.grosze === undefined || minimum === undefined) return undefined;
  let amount: number | undefined;
  if (ctx.household.householdType === "single") {
    const base = scaledParameter(criterion.single, 1, percentText).grosze;
    const cap = inGrosze(required(ctx, "capSingle"));
    if (base === undefined || cap === undefined) return undefined;
    amount = Math.min(base - income.grosze, cap);
  } else {
    // base − income / members = (base × members − income) / members
    const base = scaledParameter(criterion.perPerson, 1, percentText).grosze;
    const members = ctx.household.members.length;
    if (base === undefined || !Number.isSafeInteger(base * members - income.grosze)) return undefined;
    amount = divideRounded(base * members - income.grosze, members, ctx.rule.rounding?.mode);
  }
  if (amount === undefined) return undefined;
  return { amount: textOfGrosze(Math.max(amount, minimum)), steps: [], openQuestions: [] };
}
