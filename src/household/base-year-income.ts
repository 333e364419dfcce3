import { DATES_REMEMBERED, parseCivilDate } from "../dates.js";
import { type Decimal, ZERO, dec, parameterDecimal, sum } from "../money.js";
import type { RuleVersion } from "../rules/schema.js";
import type { Household, Member } from "./schema.js";

/**
 * Income under the ustawa o świadczeniach rodzinnych (Dz.U. 2003 Nr 228 poz. 2255), which the
 * ustawa o pomocy osobom uprawnionym do alimentów adopts (art. 2 pkt 2 of that act). This is
 * NOT art. 8 of the social-assistance act (src/household/income.ts): there is no "month before
 * the application" here.
 *
 * - dochód: each member's dochód of the calendar year before the benefit period (rok bazowy,
 *   art. 3 pkt 1–2), as the caller declares it in `household.baseYear.incomes`;
 * - farm: hektary przeliczeniowe × the yearly amount the Prezes GUS announces for that year
 *   (art. 5 ust. 8: "1/12 dochodu ogłaszanego corocznie"), read from the rule named by the
 *   condition, one version per base year — never the social-assistance amount per hectare;
 * - utrata dochodu (art. 3 pkt 23, art. 5 ust. 4): the base-year dochód from the lost source is
 *   taken out;
 * - uzyskanie dochodu (art. 3 pkt 24, art. 5 ust. 4a): the monthly dochód gained is added, and
 *   the part of it already in the base year is taken out of the yearly sum;
 * - the yearly sum is divided by the months of the base year (a rule parameter) to give the
 *   family's monthly income.
 *
 * Everything is kept exact. To compare without dividing, `annualEquivalent` is the monthly
 * income times the months of the base year (yearly sum + gained monthly × months).
 */

export interface BaseYearParameters {
  /** The act's income regime (`periodStartMonth`, `periodStartDay`, `baseYearOffset`, `monthsInYear`). */
  readonly regime: RuleVersion;
  /** The GUS yearly income per ha przeliczeniowy for `year`: a version, or undefined when not encoded. */
  readonly farmVersion: (year: number) => RuleVersion | undefined;
}

export interface BaseYearIncome {
  /** The base year the benefit period on the date calls for. */
  readonly expectedYear: number;
  /** The first day of the benefit period the date falls in. */
  readonly periodStart: string;
  /** The year the declared figures are for (undefined when no `baseYear` section). */
  readonly declaredYear?: number | undefined;
  /** Paths of missing facts; when non-empty the totals are meaningless. */
  readonly missing: readonly string[];
  /** Set when the figures cannot be used as they stand. */
  readonly problem?: "year-mismatch" | "farm-year-not-encoded" | "farm-amount-open" | undefined;
  readonly members: readonly { readonly memberId: string; readonly income: Decimal }[];
  readonly farm?: { readonly hectares: Decimal; readonly annualPerHectare: Decimal; readonly annual: Decimal; readonly version?: RuleVersion | undefined } | undefined;
  readonly lost: Decimal;
  readonly gainedMonthly: Decimal;
  readonly gainedIncludedInBaseYear: Decimal;
  /** Months the yearly sum is divided by. */
  readonly months: Decimal;
  /** Yearly sum after losses and gains in the base year (never below zero). */
  readonly annual: Decimal;
  /** `monthly × months`, exact. */
  readonly annualEquivalent: Decimal;
  /** The family's monthly income (exact; may have more than two decimals). */
  readonly monthly: Decimal;
  /** `true` when the sum was negative and was taken as zero. */
  readonly flooredAtZero: boolean;
}

function parameter(version: RuleVersion, name: string): Decimal {
  const value = version.parameters[name];
  if (value === undefined || value === null) throw new Error(`Rule parameter ${name} is not set`);
  return parameterDecimal(version.parameters, name);
}

type BenefitPeriod = { readonly periodStart: string; readonly baseYear: number };

const periods = new WeakMap<RuleVersion, Map<string, BenefitPeriod>>();

/** The first day of the benefit period `date` falls in, and the base year it calls for: worked out once per regime version and date. */
export function benefitPeriod(date: string, regime: RuleVersion): BenefitPeriod {
  let byDate = periods.get(regime);
  if (byDate === undefined) {
    byDate = new Map();
    periods.set(regime, byDate);
  }
  let period = byDate.get(date);
  if (period === undefined) {
    if (byDate.size >= DATES_REMEMBERED) byDate.clear();
    period = periodOf(date, regime);
    byDate.set(date, period);
  }
  return period;
}

function periodOf(date: string, regime: RuleVersion): BenefitPeriod {
  const parts = parseCivilDate(date);
  if (!parts) throw new RangeError(`Not a civil date: ${date}`);
  const month = parameter(regime, "periodStartMonth").toNumber();
  const day = parameter(regime, "periodStartDay").toNumber();
  const started = parts.month > month || (parts.month === month && parts.day >= day);
  const startYear = started ? parts.year : parts.year - 1;
  const periodStart = `${String(startYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { periodStart, baseYear: startYear - parameter(regime, "baseYearOffset").toNumber() };
}

export function baseYearIncome(household: Household, date: string, params: BaseYearParameters): BaseYearIncome {
  const { periodStart, baseYear: expectedYear } = benefitPeriod(date, params.regime);
  const months = parameter(params.regime, "monthsInYear");
  // A function rather than one object spread into each result: spreads are slow on this hot path.
  const unknown = (missing: string[], declaredYear?: number, problem?: BaseYearIncome["problem"]): BaseYearIncome => ({
    expectedYear,
    periodStart,
    members: [],
    lost: ZERO,
    gainedMonthly: ZERO,
    gainedIncludedInBaseYear: ZERO,
    months,
    annual: ZERO,
    annualEquivalent: ZERO,
    monthly: ZERO,
    flooredAtZero: false,
    missing,
    declaredYear,
    problem,
  });
  const by = household.baseYear;
  if (by === undefined) return unknown(["baseYear"]);
  if (by.year !== expectedYear) return unknown(["baseYear.year"], by.year, "year-mismatch");

  const missing: string[] = [];
  const members: { memberId: string; income: Decimal }[] = [];
  for (let i = 0; i < household.members.length; i++) {
    const { id } = household.members[i] as Member;
    // an own property only: a member id may be any text, `constructor` or `toString` too
    const value = Object.hasOwn(by.incomes, id) ? by.incomes[id] : undefined;
    if (value === undefined) missing.push(`baseYear.incomes.${id}`);
    members.push({ memberId: id, income: dec(value ?? "0") });
  }
  if (by.farmHectares === undefined) missing.push("baseYear.farmHectares");
  if (by.lostIncome === undefined) missing.push("baseYear.lostIncome");
  if (by.gainedIncome === undefined) missing.push("baseYear.gainedIncome");

  let problem: BaseYearIncome["problem"];
  let farm: BaseYearIncome["farm"];
  const hectares = dec(by.farmHectares ?? "0");
  if (hectares.gt(0)) {
    const version = params.farmVersion(by.year);
    const value = version?.parameters["annualIncomePerHectare"];
    if (version === undefined) problem = "farm-year-not-encoded";
    else if (value === undefined || value === null) problem = "farm-amount-open";
    else {
      const annualPerHectare = parameterDecimal(version.parameters, "annualIncomePerHectare");
      farm = { hectares, annualPerHectare, annual: hectares.times(annualPerHectare), version };
    }
  }

  const lost = sum((by.lostIncome ?? []).map((l) => dec(l.amount)));
  const gainedMonthly = sum((by.gainedIncome ?? []).map((g) => dec(g.monthly)));
  const gainedIncludedInBaseYear = sum((by.gainedIncome ?? []).map((g) => dec(g.includedInBaseYear ?? "0")));
  const raw = sum(members.map((m) => m.income))
    .plus(farm?.annual ?? ZERO)
    .minus(lost)
    .minus(gainedIncludedInBaseYear);
  const flooredAtZero = raw.isNegative();
  const annual = flooredAtZero ? ZERO : raw;
  const annualEquivalent = annual.plus(gainedMonthly.times(months));
  return {
    expectedYear,
    periodStart,
    months,
    declaredYear: by.year,
    missing,
    problem,
    members,
    farm,
    lost,
    gainedMonthly,
    gainedIncludedInBaseYear,
    annual,
    annualEquivalent,
    monthly: annualEquivalent.div(months),
    flooredAtZero,
  };
}
