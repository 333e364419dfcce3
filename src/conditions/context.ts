import type { Household, Member } from "../household/schema.js";
import type { HouseholdIncome, IncomeRegime } from "../household/income.js";
import type { Decimal } from "../money.js";
import type { Catalogue } from "../rules/registry.js";
import type { Rule, RuleVersion } from "../rules/schema.js";
import type { VersionRef } from "../explain/trace.js";

/** The income criterion of one rule version, resolved for this household. */
export interface ResolvedCriterion {
  readonly ref: VersionRef;
  readonly single: Decimal;
  readonly perPerson: Decimal;
  /** K1 for a single person, Kr × members for a family (art. 8 ust. 1 pkt 1 and 3). */
  readonly household: Decimal;
}

/** What a condition may read. Facts are derived once per household and date. */
export interface EvaluationContext {
  readonly household: Household;
  readonly date: string;
  readonly claimant: Member;
  readonly claimantIndex: number;
  readonly rule: Rule;
  readonly version: RuleVersion;
  birthDate(member: Member): string | undefined;
  sex(member: Member): "F" | "M" | undefined;
  criterion(ruleId: string): ResolvedCriterion;
  income(regime: IncomeRegime): HouseholdIncome;
  equivalences(): Readonly<Record<string, string>>;
  /** The engine's rules, for a rule looked up on another date than `date` (non-working days, a farm year). */
  readonly rules: Catalogue;
  /** The latest birth date of someone who has reached `years` of age on `date` (k.c. art. 112), worked out once per date and age. */
  bornBy(years: number): string;
  /** Another rule (a criterion, an income regime) in the version in force on `date`, found once per date; an error outside its versions. */
  versionOf(ruleId: string): { readonly rule: Rule; readonly version: RuleVersion };
  /**
   * Per programme evaluation, what the family-benefit arithmetic worked out (src/programmes/
   * family-benefits.ts): its condition and its formula read the same result.
   */
  familyBenefit?: { readonly spec: object; readonly result: unknown } | undefined;
}

/** The same context, looking at another member as the one the conditions are about. */
export function withClaimant(ctx: EvaluationContext, member: Member, index: number): EvaluationContext {
  // An explicit literal rather than `{ ...ctx }`: this runs per member per condition.
  return {
    household: ctx.household,
    date: ctx.date,
    claimant: member,
    claimantIndex: index,
    rule: ctx.rule,
    version: ctx.version,
    birthDate: ctx.birthDate,
    sex: ctx.sex,
    criterion: ctx.criterion,
    income: ctx.income,
    equivalences: ctx.equivalences,
    rules: ctx.rules,
    bornBy: ctx.bornBy,
    versionOf: ctx.versionOf,
    familyBenefit: undefined,
  };
}
