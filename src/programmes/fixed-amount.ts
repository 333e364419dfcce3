import { message } from "../conditions/result.js";
import { formatAmount } from "../money.js";
import { type Formula, required } from "./formula.js";

/** A benefit of a fixed amount set by the law (parameter `amount` of the rule version), e.g. „Za życiem”. */
export const fixedAmount: Formula = (ctx, _criterionRule, explain) => {
  const amount = formatAmount(required(ctx, "amount"));
  return { amount, steps: explain ? [message("fixed.amount", { amount })] : [], openQuestions: [] };
};
