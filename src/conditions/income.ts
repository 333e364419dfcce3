import { scaledParameter } from "../money.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { message, openQuestionsFor, parameterOf, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type IncomeSpec = Extract<ConditionSpec, { kind: "income" }>;

/**
 * Income against the criterion. "Nie przekracza" (art. 8 ust. 1) is `lte`; "niższy od"
 * (art. 37, art. 38) is `lt`. Families are compared on totals — income against the sum of
 * per-person criteria (art. 8 ust. 1 pkt 3) — so nothing is divided or rounded before comparing.
 */
export function incomeCondition(spec: IncomeSpec, ctx: EvaluationContext): ConditionResult {
  const criterion = ctx.criterion(spec.criterion);
  // Benefits in kind count the świadczenie uzupełniające (art. 8 ust. 4a applies to cash benefits only).
  const income = ctx.income(spec.regime ?? "cash");
  const sources = [criterion.ref];
  const family = ctx.household.householdType === "family";
  const members = ctx.household.members.length;

  if (spec.scope === "claimant" && !family) {
    return result(spec, "not-applicable", message("income.claimant-single"), { sources });
  }
  const missing = spec.scope === "claimant"
    ? income.missing.filter((p) => p.startsWith(`members[${ctx.claimantIndex}].`))
    : income.missing;
  if (missing.length > 0) return result(spec, "unknown", message("income.unknown"), { missing, sources });

  const percentValue = spec.percent === undefined ? undefined : parameterOf(ctx, spec.percent);
  if (percentValue === null && spec.percent !== undefined) {
    return result(spec, "assess", message("parameter.open", { parameter: spec.percent }), {
      sources,
      openQuestions: openQuestionsFor(ctx, spec.percent),
    });
  }
  const factor = percentValue ?? "1";
  const lte = spec.operator === "lte";
  const perPerson = spec.scope === "claimant" || spec.scope === "family-per-person" || family;
  const amount = spec.scope === "claimant" ? income.member(ctx.claimantIndex) : income.total;
  const threshold = perPerson ? scaledParameter(criterion.perPerson, spec.scope === "claimant" ? 1 : members, factor) : scaledParameter(criterion.single, 1, factor);
  const passes = amount.within(threshold, lte);
  const baseKey = spec.scope === "claimant" ? "income.base-claimant" : perPerson ? "income.base-family" : "income.base-single";
  const shown = { income: amount.shown, threshold: threshold.shown, single: scaledParameter(criterion.single, 1, "1").shown, perPerson: scaledParameter(criterion.perPerson, 1, "1").shown };
  const values: Record<string, string> = { single: shown.single, perPerson: shown.perPerson, threshold: shown.threshold };
  if (percentValue !== undefined && percentValue !== null) values["percent"] = percentValue;
  const args = {
    income: shown.income,
    threshold: shown.threshold,
    operator: spec.operator,
    members: String(members),
    perPerson: shown.perPerson,
    single: shown.single,
    percent: percentValue ?? "",
    base: baseKey,
    month: income.month,
  };
  return result(spec, passes ? "pass" : "fail", message(passes ? "income.pass" : "income.fail", args), {
    facts: { income: shown.income, members: String(members), month: income.month },
    values,
    sources,
  });
}

/** Decides as `incomeCondition`. */
function incomeDecider(spec: IncomeSpec): Decider {
  const regime = spec.regime ?? "cash";
  const claimantScope = spec.scope === "claimant";
  const lte = spec.operator === "lte";
  return (ctx, missing) => {
    const criterion = ctx.criterion(spec.criterion);
    const income = ctx.income(regime);
    const family = ctx.household.householdType === "family";
    if (claimantScope && !family) return "not-applicable";
    if (income.missing.length > 0) {
      const prefix = claimantScope ? `members[${ctx.claimantIndex}].` : undefined;
      const mark = missing.size;
      for (const path of income.missing) if (prefix === undefined || path.startsWith(prefix)) missing.push(path);
      if (missing.size > mark) return "unknown";
    }
    const percent = spec.percent === undefined ? "1" : parameterOf(ctx, spec.percent);
    if (percent === null) return "assess";
    const perPerson = claimantScope || spec.scope === "family-per-person" || family;
    const amount = claimantScope ? income.member(ctx.claimantIndex) : income.total;
    const threshold = perPerson
      ? scaledParameter(criterion.perPerson, claimantScope ? 1 : ctx.household.members.length, percent)
      : scaledParameter(criterion.single, 1, percent);
    return amount.within(threshold, lte) ? "pass" : "fail";
  };
}

export const incomeKind: ConditionKind<IncomeSpec> = { evaluate: incomeCondition, decider: incomeDecider };
