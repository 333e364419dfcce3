import { monthOf, monthsBetween, previousMonth } from "../dates.js";
import { type Decimal, ZERO, dec, parameterDecimal, sum } from "../money.js";
import type { RuleVersion } from "../rules/schema.js";
import type { Household, Income, Member } from "./schema.js";

/**
 * Income per art. 8 ust. 3–13 ustawy o pomocy społecznej: the month's receipts less income
 * tax, health and social-insurance contributions (ust. 3 pkt 1–2), less alimony paid to
 * others (ust. 3 pkt 3), without the excluded items of ust. 4 and 4a, plus farm income
 * (hectares przeliczeniowe × the amount per hectare, less KRUS contributions), with one-off
 * incomes above five times the criterion spread over 12 months (ust. 11). Exact decimals,
 * no rounding.
 */

/** Cash benefits exclude the świadczenie uzupełniające (art. 8 ust. 4a); benefits in kind do not. */
export type IncomeRegime = "cash" | "in-kind";

export type IncomeTreatment = "counted" | "excluded" | "one-off-spread" | "one-off-this-month" | "one-off-other-month";

export interface IncomeLine {
  readonly type: Income["type"];
  readonly gross: Decimal;
  readonly deductions: Decimal;
  readonly net: Decimal;
  /** What enters this month's income. */
  readonly counted: Decimal;
  readonly treatment: IncomeTreatment;
  /** The provision that excludes it, when excluded. */
  readonly basis?: string;
}

export interface MemberIncome {
  readonly memberId: string;
  /** `false` when the member's incomes were not given: then `total` is meaningless. */
  readonly known: boolean;
  readonly lines: readonly IncomeLine[];
  readonly farm?: { readonly hectares: Decimal; readonly perHectare: Decimal; readonly krus: Decimal; readonly income: Decimal };
  readonly alimonyPaid: Decimal;
  readonly total: Decimal;
}

export interface HouseholdIncome {
  /** The month whose income counts (art. 8 ust. 3). */
  readonly month: string;
  readonly members: readonly MemberIncome[];
  /** Paths of the facts that are missing (members without an income declaration). */
  readonly missing: readonly string[];
  /** Sum over members, never below zero. */
  readonly total: Decimal;
  /** `true` when the sum was negative and was taken as zero (open question negative-income). */
  readonly flooredAtZero: boolean;
}

export interface IncomeParameters {
  /** `pl/pomoc-spoleczna/dochod` in force on the evaluation date. */
  readonly income: RuleVersion;
  /** Income criterion of this household (K1, or Kr × members), for art. 8 ust. 11. */
  readonly criterion: Decimal;
  /** Income from 1 ha przeliczeniowy in force on the evaluation date. */
  readonly perHectare: Decimal;
  /** The household's incomes already parsed (the cash and in-kind regimes read the same ones). */
  readonly parsed: Map<Income, ParsedIncome>;
}

export interface ParsedIncome {
  readonly gross: Decimal;
  readonly deductions: Decimal;
  readonly net: Decimal;
}

function parsedIncome(income: Income, cache: Map<Income, ParsedIncome>): ParsedIncome {
  let found = cache.get(income);
  if (found === undefined) {
    const gross = dec(income.gross);
    let deductions = ZERO;
    for (const d of [income.incomeTax, income.healthContribution, income.socialContribution]) if (d !== undefined) deductions = deductions.plus(d);
    found = { gross, deductions, net: gross.minus(deductions) };
    cache.set(income, found);
  }
  return found;
}

function parameter(version: RuleVersion, name: string): Decimal {
  const value = version.parameters[name];
  if (value === undefined || value === null) throw new Error(`Rule parameter ${name} is not set`);
  return parameterDecimal(value);
}

function exclusionOf(type: Income["type"], regime: IncomeRegime, table: Readonly<Record<string, string>>): string | undefined {
  return table[`excluded/${type}`] ?? (regime === "cash" ? table[`excluded-for-cash/${type}`] : undefined);
}

function incomeLine(
  income: Income,
  month: string,
  regime: IncomeRegime,
  params: IncomeParameters,
): IncomeLine {
  const { gross, deductions, net } = parsedIncome(income, params.parsed);
  const line = (counted: Decimal, treatment: IncomeTreatment, basis?: string): IncomeLine =>
    basis === undefined ? { type: income.type, gross, deductions, net, counted, treatment } : { type: income.type, gross, deductions, net, counted, treatment, basis };
  const basis = exclusionOf(income.type, regime, params.income.table ?? {});
  if (basis !== undefined) return line(ZERO, "excluded", basis);
  if (!income.oneOff) return line(net, "counted");

  // art. 8 ust. 11: above five times the criterion ("przekraczającego pięciokrotnie", i.e. >),
  // spread in equal parts over 12 months starting with the month it was paid; otherwise it
  // counts only in the month it was received.
  const spreadMonths = parameter(params.income, "oneOffSpreadMonths");
  const monthsSince = monthsBetween(monthOf(income.oneOff.receivedOn), month);
  if (net.gt(params.criterion.times(parameter(params.income, "oneOffMultiplier")))) {
    const inWindow = monthsSince >= 0 && spreadMonths.gt(monthsSince);
    return line(inWindow ? net.div(spreadMonths) : ZERO, "one-off-spread");
  }
  return monthsSince === 0 ? line(net, "one-off-this-month") : line(ZERO, "one-off-other-month");
}

function memberIncome(member: Member, month: string, regime: IncomeRegime, params: IncomeParameters): MemberIncome {
  const alimonyPaid = dec(member.alimonyPaid ?? "0");
  if (member.incomes === undefined) {
    return { memberId: member.id, known: false, lines: [], alimonyPaid, total: ZERO };
  }
  const lines = member.incomes.map((i) => incomeLine(i, month, regime, params));
  const farm = member.farm
    ? (() => {
        const hectares = dec(member.farm.hectares);
        const krus = dec(member.farm.krusContributions ?? "0");
        return { hectares, perHectare: params.perHectare, krus, income: hectares.times(params.perHectare).minus(krus) };
      })()
    : undefined;
  const total = sum(lines.map((l) => l.counted))
    .plus(farm?.income ?? ZERO)
    .minus(alimonyPaid);
  return farm ? { memberId: member.id, known: true, lines, farm, alimonyPaid, total } : { memberId: member.id, known: true, lines, alimonyPaid, total };
}

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
  const members = household.members.map((m) => memberIncome(m, month, regime, params));
  const missing = members.flatMap((m, i) => (m.known ? [] : [`members[${i}].incomes`]));
  const raw = sum(members.map((m) => m.total));
  return { month, members, missing, total: raw.isNegative() ? ZERO : raw, flooredAtZero: raw.isNegative() };
}
