import { type EvaluationContext, withClaimant } from "../conditions/context.js";
import { allOfStatus } from "../conditions/all-of.js";
import { evaluateEach, message } from "../conditions/result.js";
import { ageOn } from "../household/age.js";
import { type BaseYearIncome, baseYearIncome } from "../household/base-year-income.js";
import type { Member } from "../household/schema.js";
import { Decimal, ZERO, dec, formatAmount, parameterDecimal, scaledParameter, sum } from "../money.js";
import { findVersion } from "../rules/registry.js";
import type { BaseYearIncomeSpec, ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus, Message, VersionRef } from "../explain/trace.js";
import { shown } from "./formula.js";

/**
 * The arithmetic shared by the `base-year-income` condition and the `zasilek-rodzinny` and
 * `fundusz-alimentacyjny` formulas: base-year income against the per-person criterion, the full
 * amount of the benefit, and "złotówka za złotówkę".
 *
 * - Zasiłek rodzinny (art. 5 ust. 3–3c ustawy o świadczeniach rodzinnych): the family's income
 *   is compared with criterion × members; above it, the family gets the łączna kwota less the
 *   excess, nothing when that is below `taperMinimum`.
 * - Fundusz alimentacyjny (art. 9 ust. 2–2b? of the 2007 act): per person; above it, each
 *   entitled child gets its benefit less the per-person excess, nothing below `taperMinimum`.
 *
 * Comparisons are made on totals multiplied out (income × months against criterion × members ×
 * months), so nothing is divided or rounded before comparing.
 */

type Evaluate = (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult;

export interface ChildLine {
  readonly memberId: string;
  readonly status: ConditionStatus;
  /** Full monthly amount for this child; undefined when not entitled or undetermined. */
  readonly full?: Decimal | undefined;
  readonly missing: readonly string[];
  readonly step?: Message | undefined;
  /** Set when a rule value for this child is open. */
  readonly open?: boolean | undefined;
}

export interface FamilyBenefit {
  readonly status: ConditionStatus;
  readonly message: Message;
  readonly missing: readonly string[];
  readonly openQuestions: readonly string[];
  readonly sources: readonly VersionRef[];
  readonly facts: Record<string, string>;
  readonly values: Record<string, string>;
  /** The arithmetic, for the formula. */
  readonly steps: readonly Message[];
  /** Monthly amount payable when it can be determined. */
  readonly amount?: Decimal | undefined;
  /** Why the amount cannot be determined. */
  readonly assess?: Message | undefined;
}

function param(ctx: EvaluationContext, name: string): Decimal | null {
  const value = ctx.version.parameters[name];
  if (value === undefined) throw new Error(`${ctx.rule.id}: parameter ${name} is not defined in version ${ctx.version.from}`);
  return value === null ? null : parameterDecimal(ctx.version.parameters, name);
}

function ref(ctx: EvaluationContext, ruleId: string): VersionRef {
  const { rule, version } = ctx.versionOf(ruleId);
  return { rule: rule.id, from: version.from, to: version.to, reference: version.reference };
}

/** The programme's first `count` condition names the members the benefit is paid for. */
function beneficiarySpec(ctx: EvaluationContext): Extract<ConditionSpec, { kind: "count" }> | undefined {
  const specs = ctx.version.conditions ?? ctx.rule.conditions ?? [];
  return specs.find((c): c is Extract<ConditionSpec, { kind: "count" }> => c.kind === "count");
}

function childLines(spec: BaseYearIncomeSpec, ctx: EvaluationContext, evaluate: Evaluate): ChildLine[] {
  const who = beneficiarySpec(ctx);
  if (!who) return [];
  const members = ctx.household.members;
  const lines: ChildLine[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    if (!who.who.roles?.includes(m.role)) continue;
    const sub = withClaimant(ctx, m, i);
    const nested = evaluateEach(who.conditions, sub, evaluate);
    const status = allOfStatus(nested.map((n) => n.status));
    const missing = status === "unknown" ? nested.flatMap((n) => (n.status === "unknown" ? n.missing : [])) : [];
    lines.push(status !== "pass" ? { memberId: m.id, status, missing } : spec.taper === "zasilek-rodzinny" ? zasilekRodzinnyChild(ctx, m, i) : alimonyChild(ctx, m, i));
  }
  return lines;
}

/** Zasiłek rodzinny by the child's age band (art. 6 ust. 2; k.c. art. 112: "do ukończenia N" = before the N-th birthday). */
function zasilekRodzinnyChild(ctx: EvaluationContext, m: Member, index: number): ChildLine {
  const birth = ctx.birthDate(m);
  if (birth === undefined) return { memberId: m.id, status: "unknown", missing: [`members[${index}].birthDate`] };
  const age = ageOn(birth, ctx.date);
  for (const band of [1, 2, 3]) {
    const below = param(ctx, `bandBelow${band}`);
    if (below !== null && below.gt(age)) {
      const amount = param(ctx, `amountBand${band}`);
      if (amount === null) return { memberId: m.id, status: "pass", missing: [], open: true };
      return {
        memberId: m.id,
        status: "pass",
        full: amount,
        missing: [],
        step: message("family.child-band", { member: m.id, age: String(age), below: below.toString(), amount: formatAmount(amount) }),
      };
    }
  }
  return { memberId: m.id, status: "fail", missing: [] };
}

/** Fundusz alimentacyjny: the alimony awarded, at most the maximum per child (art. 10 ust. 1). */
function alimonyChild(ctx: EvaluationContext, m: Member, index: number): ChildLine {
  const awarded = m.alimony?.awarded;
  if (awarded === undefined) return { memberId: m.id, status: "unknown", missing: [`members[${index}].alimony.awarded`] };
  const max = param(ctx, "maxPerChild");
  if (max === null) return { memberId: m.id, status: "pass", missing: [], open: true };
  const full = Decimal.min(dec(awarded), max);
  return {
    memberId: m.id,
    status: "pass",
    full,
    missing: [],
    step: message("family.child-alimony", { member: m.id, awarded: formatAmount(dec(awarded)), max: formatAmount(max), amount: formatAmount(full) }),
  };
}

interface Verdict {
  readonly status: ConditionStatus;
  readonly key: string;
  readonly args: Record<string, string>;
  readonly amount?: Decimal | undefined;
  readonly steps: readonly Message[];
  readonly missing: readonly string[];
  readonly assess?: Message | undefined;
  readonly openQuestions: readonly string[];
}

/** The verdict at one per-person criterion. */
function verdictAt(
  spec: BaseYearIncomeSpec,
  ctx: EvaluationContext,
  income: BaseYearIncome,
  perPerson: Decimal,
  children: readonly ChildLine[],
): Verdict {
  const n = ctx.household.members.length;
  const threshold = scaledParameter(perPerson, n, "1");
  const income12 = income.annualEquivalent;
  const threshold12 = threshold.value.times(income.months);
  const common = {
    monthly: formatAmount(income.monthly),
    threshold: threshold.shown,
    perPerson: shown(perPerson),
    members: String(n),
    year: String(income.expectedYear),
  };
  const entitled = children.filter((c) => c.status === "pass");
  const undetermined = children.filter((c) => c.status === "unknown" || c.status === "assess");
  const open = entitled.some((c) => c.open === true);
  const childSteps = entitled.flatMap((c) => (c.step ? [c.step] : []));
  const undeterminedMissing = undetermined.flatMap((c) => c.missing);
  const amountsKnown = undetermined.length === 0 && !open;
  const full = sum(entitled.flatMap((c) => (c.full ? [c.full] : [])));
  const criterionStep = message("family.criterion", common);

  if (income12.lte(threshold12)) {
    const steps = [criterionStep, ...childSteps, message("family.full", { full: formatAmount(full) })];
    if (!amountsKnown) {
      const assess = open
        ? message("family.amount-open", {})
        : message("family.children-undetermined", { members: undetermined.map((c) => c.memberId).join(", ") });
      // Entitled either way; the amount waits for the facts that decide the undetermined children.
      return { status: "pass", key: "family.pass", args: common, steps: [criterionStep, ...childSteps], missing: undeterminedMissing, assess, openQuestions: open ? ["family-amount-open"] : [] };
    }
    return { status: "pass", key: "family.pass", args: common, amount: full, steps, missing: [], openQuestions: [] };
  }

  const taper = param(ctx, "taper");
  if (taper === null || !taper.eq(1)) return { status: "fail", key: "family.fail", args: common, steps: [criterionStep], missing: [], openQuestions: [] };

  // Złotówka za złotówkę: the full amount is needed to decide.
  const minimum = param(ctx, "taperMinimum") ?? ZERO;
  const excess12 = income12.minus(threshold12);
  if (open) {
    const assess = message("family.amount-open", {});
    return { status: "assess", key: "family.amount-open", args: common, steps: [criterionStep], missing: [], assess, openQuestions: ["family-amount-open"] };
  }
  const excess = excess12.div(income.months);
  const taperArgs = { ...common, excess: formatAmount(excess), minimum: formatAmount(minimum) };

  if (spec.taper === "zasilek-rodzinny") {
    // art. 5 ust. 3–3c: the whole family's łączna kwota less the excess of the family's income.
    if (undetermined.length > 0) {
      return { status: "unknown", key: "family.children-undetermined", args: { members: undetermined.map((c) => c.memberId).join(", ") }, steps: [criterionStep], missing: undeterminedMissing, openQuestions: [] };
    }
    const reduced = full.minus(excess);
    const paid = full.minus(minimum).times(income.months).gte(excess12);
    const args = { ...taperArgs, full: formatAmount(full), reduced: formatAmount(reduced) };
    const steps = [criterionStep, ...childSteps, message("family.full", { full: formatAmount(full) }), message("family.taper", args)];
    return paid
      ? { status: "pass", key: "family.taper-pass", args, amount: reduced, steps, missing: [], openQuestions: ["zr-taper-rounding"] }
      : { status: "fail", key: "family.taper-fail", args, steps, missing: [], openQuestions: [] };
  }

  // Fundusz alimentacyjny: each child's benefit less the excess per person.
  const perChild12 = income.months.times(n);
  const lines = entitled.map((c) => {
    const f = c.full ?? ZERO;
    const reduced = f.minus(excess12.div(perChild12));
    const paid = f.minus(minimum).times(perChild12).gte(excess12);
    return { c, reduced, paid };
  });
  const excessPerPerson = formatAmount(excess12.div(perChild12));
  const steps = [
    criterionStep,
    ...childSteps,
    ...lines.map((l) =>
      message(l.paid ? "family.taper-child-paid" : "family.taper-child-not-paid", {
        member: l.c.memberId,
        full: formatAmount(l.c.full ?? ZERO),
        excess: excessPerPerson,
        reduced: formatAmount(l.reduced),
        minimum: formatAmount(minimum),
      }),
    ),
  ];
  const paidLines = lines.filter((l) => l.paid);
  const args = { ...taperArgs, excess: excessPerPerson, paid: String(paidLines.length), children: String(lines.length) };
  if (paidLines.length > 0) {
    const amount = sum(paidLines.map((l) => l.reduced));
    if (undetermined.length > 0) {
      const assess = message("family.children-undetermined", { members: undetermined.map((c) => c.memberId).join(", ") });
      return { status: "pass", key: "family.taper-pass-children", args, steps, missing: undeterminedMissing, assess, openQuestions: [] };
    }
    return { status: "pass", key: "family.taper-pass-children", args, amount, steps, missing: [], openQuestions: ["fa-payment-rounding"] };
  }
  if (undetermined.length > 0) {
    return { status: "unknown", key: "family.children-undetermined", args: { members: undetermined.map((c) => c.memberId).join(", ") }, steps, missing: undeterminedMissing, openQuestions: [] };
  }
  return { status: "fail", key: "family.taper-fail-children", args, steps, missing: [], openQuestions: [] };
}

/**
 * Everything the `base-year-income` condition and the family formulas need, computed once per
 * programme evaluation (kept on its context for the formula).
 */
export function familyBenefit(spec: BaseYearIncomeSpec, ctx: EvaluationContext, evaluate: Evaluate): FamilyBenefit {
  if (ctx.familyBenefit?.spec === spec) return ctx.familyBenefit.result as FamilyBenefit;
  const result = computeFamilyBenefit(spec, ctx, evaluate);
  ctx.familyBenefit = { spec, result };
  return result;
}

function computeFamilyBenefit(spec: BaseYearIncomeSpec, ctx: EvaluationContext, evaluate: Evaluate): FamilyBenefit {
  const regime = ctx.versionOf(spec.regime).version;
  const farmRule = ctx.rules.getRule(spec.farm);
  const income = baseYearIncome(ctx.household, ctx.date, {
    regime,
    farmVersion: (year) => findVersion(farmRule, `${String(year).padStart(4, "0")}-01-01`),
  });
  const sources: VersionRef[] = [ref(ctx, spec.criterion), ref(ctx, spec.regime)];
  if (income.farm?.version) sources.push({ rule: farmRule.id, from: income.farm.version.from, to: income.farm.version.to, reference: income.farm.version.reference });
  const yearArgs = { expected: String(income.expectedYear), declared: String(income.declaredYear ?? ""), periodStart: income.periodStart };

  // Object literals, not spreads: this runs for every family programme of every household.
  if (income.problem === "year-mismatch" || income.missing.length > 0) {
    const key = income.problem === "year-mismatch" ? "family.year-mismatch" : "family.income-unknown";
    return { sources, facts: {}, values: {}, steps: [], status: "unknown", message: message(key, yearArgs), missing: income.missing, openQuestions: [] };
  }
  if (income.problem === "farm-year-not-encoded" || income.problem === "farm-amount-open") {
    const m = message("family.farm-year", yearArgs);
    return { sources, facts: {}, values: {}, steps: [], status: "assess", message: m, missing: [], openQuestions: ["gus-hectare-year"], assess: m };
  }

  const incomeStep = message("family.income", {
    year: String(income.expectedYear),
    incomes: formatAmount(sum(income.members.map((m) => m.income))),
    hectares: income.farm ? income.farm.hectares.toString() : "0",
    perHectare: income.farm ? formatAmount(income.farm.annualPerHectare) : "",
    farm: formatAmount(income.farm?.annual ?? ZERO),
    lost: formatAmount(income.lost),
    gainedIncluded: formatAmount(income.gainedIncludedInBaseYear),
    annual: formatAmount(income.annual),
    months: income.months.toString(),
    gained: formatAmount(income.gainedMonthly),
    monthly: formatAmount(income.monthly),
  });
  const facts = { monthlyIncome: formatAmount(income.monthly), baseYear: String(income.expectedYear), members: String(ctx.household.members.length) };

  const criterion = ctx.versionOf(spec.criterion);
  const perPersonValue = criterion.version.parameters["perPerson"];
  const raisedValue = spec.raisedParameter === undefined ? undefined : criterion.version.parameters[spec.raisedParameter];
  if (perPersonValue === undefined || perPersonValue === null || raisedValue === null) {
    const m = message("family.criterion-open", { periodStart: income.periodStart });
    return { sources, facts, values: {}, steps: [incomeStep], status: "assess", message: m, missing: [], openQuestions: ["family-criterion-open"], assess: m };
  }
  const children = childLines(spec, ctx, evaluate);
  const perPerson = parameterDecimal(criterion.version.parameters, "perPerson");
  const baseVerdict = verdictAt(spec, ctx, income, perPerson, children);

  let verdict = baseVerdict;
  let raisedNote: Message | undefined;
  const values: Record<string, string> = { perPerson: shown(perPerson) };
  if (spec.raisedWhen !== undefined && raisedValue !== undefined) {
    const raisedCriterion = parameterDecimal(criterion.version.parameters, spec.raisedParameter as string);
    values["raised"] = shown(raisedCriterion);
    const raised = evaluate(spec.raisedWhen, ctx);
    if (raised.status === "pass") {
      verdict = verdictAt(spec, ctx, income, raisedCriterion, children);
      raisedNote = message("family.raised", { raised: shown(raisedCriterion) });
    } else if (raised.status !== "fail" && raised.status !== "not-applicable") {
      const alt = verdictAt(spec, ctx, income, raisedCriterion, children);
      if (alt.status !== baseVerdict.status || !(alt.amount ?? ZERO).eq(baseVerdict.amount ?? ZERO)) {
        const m = message("family.raised-unknown", { perPerson: shown(perPerson), raised: shown(raisedCriterion) });
        return {
          sources,
          facts,
          values,
          steps: [incomeStep],
          status: raised.status === "unknown" ? "unknown" : "assess",
          message: m,
          missing: raised.missing,
          openQuestions: raised.openQuestions,
          ...(raised.status === "unknown" ? {} : { assess: m }),
        };
      }
    }
  }
  return {
    sources,
    facts,
    values,
    status: verdict.status,
    message: message(verdict.key, { ...verdict.args, ...(raisedNote ? { raised: raisedNote.args["raised"] ?? "" } : {}) }),
    missing: verdict.missing,
    openQuestions: verdict.openQuestions,
    steps: [incomeStep, ...(raisedNote ? [raisedNote] : []), ...verdict.steps],
    amount: verdict.amount,
    assess: verdict.assess,
  };
}
