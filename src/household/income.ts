import { monthOf, monthsBetween, previousMonth } from "../dates.js";
import { type Decimal, Grosze, type Scaled, ZERO, dec, decimalOfGrosze, formatAmount, parameterDecimal, textOfGrosze } from "../money.js";
import type { RuleVersion } from "../rules/schema.js";
import type { Household, Income, Member } from "./schema.js";

/**
 * Income per art. 8 ust. 3–13 ustawy o pomocy społecznej: the month's receipts less income
 * tax, health and social-insurance contributions (ust. 3 pkt 1–2), less alimony paid to
 * others (ust. 3 pkt 3), without the excluded items of ust. 4 and 4a, plus farm income
 * (hectares przeliczeniowe × the amount per hectare, less KRUS contributions), with one-off
 * incomes above five times the criterion spread over 12 months (ust. 11). Exact: the money of
 * the input summed in whole grosze (Grosze), the rest as decimals; no rounding.
 */

/** Cash benefits exclude the świadczenie uzupełniające (art. 8 ust. 4a); benefits in kind do not. */
export type IncomeRegime = "cash" | "in-kind";

export interface HouseholdIncome {
  /** The month whose income counts (art. 8 ust. 3). */
  readonly month: string;
  /** Paths of the facts that are missing (members without an income declaration). */
  readonly missing: readonly string[];
  /** Sum over members, never below zero (open question negative-income). */
  readonly total: IncomeAmount;
  /** One member's own income (the claimant's, art. 37 ust. 1 pkt 2), never below zero; zero for a member whose incomes were not given. */
  member(index: number): IncomeAmount;
}

export interface IncomeParameters {
  /** `pl/pomoc-spoleczna/dochod` in force on the evaluation date. */
  readonly income: RuleVersion;
  /** Income criterion of this household (K1, or Kr × members), for art. 8 ust. 11. */
  readonly criterion: Decimal;
  /** Income from 1 ha przeliczeniowy in force on the evaluation date. */
  readonly perHectare: Decimal;
}

/**
 * A member's income in two exact parts: whole grosze (receipts, deductions and alimony are
 * money of the input, so they add up exactly as integers), and what is not whole grosze —
 * a one-off income divided by 12 (art. 8 ust. 11), farm income from hectares — as a
 * decimal, or `undefined` when there is none.
 */
interface ExactIncome {
  readonly grosze: Grosze;
  readonly fraction: Decimal | undefined;
}

const NO_TABLE: Readonly<Record<string, string>> = {};
const excludedSets = new WeakMap<Readonly<Record<string, string>>, Readonly<Record<IncomeRegime, ReadonlySet<string>>>>();

/**
 * The income types not counted, per regime, from the rule's table (turned into sets once per
 * rule version): `excluded/<type>` (art. 8 ust. 4) in both regimes, `excluded-for-cash/<type>`
 * (ust. 4a) only for cash benefits.
 */
function excludedTypes(table: Readonly<Record<string, string>>, regime: IncomeRegime): ReadonlySet<string> {
  let sets = excludedSets.get(table);
  if (sets === undefined) {
    const cash = new Set<string>();
    const inKind = new Set<string>();
    for (const key of Object.keys(table)) {
      const slash = key.indexOf("/");
      const scope = key.slice(0, slash);
      const type = key.slice(slash + 1);
      if (scope === "excluded") {
        cash.add(type);
        inKind.add(type);
      } else if (scope === "excluded-for-cash") {
        cash.add(type);
      }
    }
    sets = { cash, "in-kind": inKind };
    excludedSets.set(table, sets);
  }
  return sets[regime];
}

/**
 * The regime whose exclusions give this household's income under `regime`. Cash and in-kind
 * exclusions differ only by the types of art. 8 ust. 4a, so for a household with no income of
 * such a type the two incomes are the same, and `evaluate` works it out once.
 */
export function incomeRegimeOf(household: Household, table: Readonly<Record<string, string>> | undefined, regime: IncomeRegime): IncomeRegime {
  if (regime === "in-kind") return regime;
  const cash = excludedTypes(table ?? NO_TABLE, "cash");
  const inKind = excludedTypes(table ?? NO_TABLE, "in-kind");
  // index loops: the household may be frozen (../freeze.ts)
  const members = household.members;
  for (let m = 0; m < members.length; m++) {
    const incomes = (members[m] as Member).incomes;
    if (incomes === undefined) continue;
    for (let i = 0; i < incomes.length; i++) {
      const type = (incomes[i] as Income).type;
      if (cash.has(type) && !inKind.has(type)) return "cash";
    }
  }
  return "in-kind";
}

function parameter(version: RuleVersion, name: string): Decimal {
  const value = version.parameters[name];
  if (value === undefined || value === null) throw new Error(`Rule parameter ${name} is not set`);
  return parameterDecimal(version.parameters, name);
}

/** Adds gross less income tax and health and social-insurance contributions (art. 8 ust. 3 pkt 1–2) to `sum`. */
function addNet(sum: Grosze, income: Income): Grosze {
  sum.add(income.gross);
  if (income.incomeTax !== undefined) sum.subtract(income.incomeTax);
  if (income.healthContribution !== undefined) sum.subtract(income.healthContribution);
  if (income.socialContribution !== undefined) sum.subtract(income.socialContribution);
  return sum;
}

const plus = (a: Decimal | undefined, b: Decimal): Decimal => (a === undefined ? b : a.plus(b));

function memberIncome(incomes: readonly Income[], member: Member, month: string, excluded: ReadonlySet<string>, params: IncomeParameters): ExactIncome {
  const grosze = new Grosze();
  if (member.alimonyPaid !== undefined) grosze.subtract(member.alimonyPaid);
  let fraction: Decimal | undefined;
  for (let i = 0; i < incomes.length; i++) {
    const income = incomes[i] as Income;
    if (excluded.has(income.type)) continue;
    if (!income.oneOff) {
      addNet(grosze, income);
      continue;
    }
    // art. 8 ust. 11: above five times the criterion ("przekraczającego pięciokrotnie", i.e. >),
    // spread in equal parts over 12 months starting with the month it was paid; otherwise it
    // counts only in the month it was received.
    const net = addNet(new Grosze(), income);
    const monthsSince = monthsBetween(monthOf(income.oneOff.receivedOn), month);
    if (net.toDecimal().gt(params.criterion.times(parameter(params.income, "oneOffMultiplier")))) {
      const spreadMonths = parameter(params.income, "oneOffSpreadMonths");
      if (monthsSince >= 0 && spreadMonths.gt(monthsSince)) fraction = plus(fraction, net.toDecimal().div(spreadMonths));
    } else if (monthsSince === 0) {
      grosze.addSum(net);
    }
  }
  if (member.farm) {
    // hectares przeliczeniowe × the monthly income from 1 ha (art. 8), less KRUS contributions
    fraction = plus(fraction, dec(member.farm.hectares).times(params.perHectare));
    if (member.farm.krusContributions !== undefined) grosze.subtract(member.farm.krusContributions);
  }
  return { grosze, fraction };
}

const totalOf = (income: ExactIncome): Decimal => (income.fraction === undefined ? income.grosze.toDecimal() : income.grosze.toDecimal().plus(income.fraction));

/**
 * The household's income for the month art. 8 ust. 3 looks at. The caller declares each
 * member's income of that month; when `incomes` is given, the declaration is complete (an
 * omitted farm or alimony means none). A member without `incomes` makes the income unknown.
 */
export function householdIncome(
  household: Household,
  date: string,
  regime: IncomeRegime,
  params: IncomeParameters,
): HouseholdIncome {
  const month = household.incomeLoss ? monthOf(date) : previousMonth(date);
  const excluded = excludedTypes(params.income.table ?? NO_TABLE, regime);
  const members: (ExactIncome | undefined)[] = [];
  const missing: string[] = [];
  const grosze = new Grosze();
  let fraction: Decimal | undefined;
  for (let i = 0; i < household.members.length; i++) {
    const member = household.members[i] as Member;
    if (member.incomes === undefined) {
      missing.push(`members[${i}].incomes`);
      members.push(undefined);
      continue;
    }
    const income = memberIncome(member.incomes, member, month, excluded, params);
    grosze.addSum(income.grosze);
    if (income.fraction !== undefined) fraction = plus(fraction, income.fraction);
    members.push(income);
  }
  return new MonthIncome(month, missing, members, { grosze, fraction });
}

/** The month's income: the household's total and each member's own, as exact amounts. */
class MonthIncome implements HouseholdIncome {
  readonly total: IncomeAmount;

  constructor(
    readonly month: string,
    readonly missing: readonly string[],
    private readonly members: readonly (ExactIncome | undefined)[],
    total: ExactIncome,
  ) {
    this.total = new IncomeAmount(total);
  }

  member(index: number): IncomeAmount {
    return new IncomeAmount(this.members[index] ?? { grosze: new Grosze(), fraction: undefined });
  }
}

/**
 * An income, floored at zero, exactly. When it is whole grosze and a safe integer (every
 * household without a one-off twelfth or a farm), it is compared and shown as that integer, and
 * its Decimal is built only when a formula asks for it.
 */
export class IncomeAmount {
  /** The amount in whole grosze, or `undefined` when it is not whole grosze or not a safe integer. */
  readonly grosze: number | undefined;
  /** As the trace shows it (formatAmount). */
  readonly shown: string;
  private exact: Decimal | undefined;

  constructor(income: ExactIncome) {
    const whole = income.fraction === undefined ? income.grosze.safe() : undefined;
    if (whole === undefined) {
      const raw = totalOf(income);
      this.exact = raw.isNegative() ? ZERO : raw;
      this.shown = formatAmount(this.exact);
      this.grosze = undefined;
    } else {
      this.grosze = whole < 0 ? 0 : whole;
      this.shown = textOfGrosze(this.grosze);
    }
  }

  get decimal(): Decimal {
    this.exact ??= decimalOfGrosze(this.grosze ?? 0);
    return this.exact;
  }

  /** At most (`lte`) or below the threshold: in whole grosze when both are, otherwise as decimals. */
  within(threshold: Scaled, lte: boolean): boolean {
    const limit = threshold.grosze;
    if (this.grosze !== undefined && limit !== undefined) return lte ? this.grosze <= limit : this.grosze < limit;
    return lte ? this.decimal.lte(threshold.value) : this.decimal.lt(threshold.value);
  }
}
