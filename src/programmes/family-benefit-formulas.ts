import { evaluateCondition } from "../conditions/index.js";
import type { EvaluationContext } from "../conditions/context.js";
import { formatAmount } from "../money.js";
import type { BaseYearIncomeSpec, ConditionSpec } from "../rules/schema.js";
import type { AmountResult } from "../explain/trace.js";
import { familyBenefit } from "./family-benefits.js";
import type { Formula } from "./formula.js";

function spec(ctx: EvaluationContext): BaseYearIncomeSpec {
  const find = (list: readonly ConditionSpec[]): BaseYearIncomeSpec | undefined => {
    for (const c of list) if (c.kind === "base-year-income") return c;
    return undefined;
  };
  const found = find(ctx.version.conditions ?? ctx.rule.conditions ?? []);
  if (!found) throw new Error(`${ctx.rule.id}: the formula needs a base-year-income condition`);
  return found;
}

function amountOf(ctx: EvaluationContext): AmountResult {
  const b = familyBenefit(spec(ctx), ctx, evaluateCondition);
  const openQuestions = [...b.openQuestions];
  if (b.amount === undefined) {
    // A passing condition may still leave the amount to facts not given (`missing`).
    return { steps: b.steps, assess: b.assess ?? b.message, openQuestions, missing: b.status === "pass" ? b.missing : [] };
  }
  return { amount: formatAmount(b.amount), steps: b.steps, openQuestions };
}

/** Zasiłek rodzinny: the children's amounts by age band, reduced "złotówka za złotówkę" (art. 5 ust. 3–3c). */
export const zasilekRodzinny: Formula = (ctx) => amountOf(ctx);

/** Fundusz alimentacyjny: alimony up to the maximum per child, reduced per child (art. 9–10). */
export const funduszAlimentacyjny: Formula = (ctx) => amountOf(ctx);
