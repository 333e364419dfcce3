import { evaluateCondition } from "./conditions/index.js";
import { concernsHousehold, jurisdictionCondition } from "./conditions/jurisdiction.js";
import type { EvaluationContext, ResolvedCriterion } from "./conditions/context.js";
import { message } from "./conditions/result.js";
import { isCivilDate } from "./dates.js";
import { KryteriumError } from "./errors.js";
import { type HouseholdIncome, type IncomeRegime, householdIncome } from "./household/income.js";
import { decodePesel } from "./household/pesel.js";
import type { Household, Member } from "./household/schema.js";
import { parseHousehold } from "./household/validate.js";
import { parameterDecimal, scaledParameter } from "./money.js";
import { FORMULAS } from "./programmes/index.js";
import { RULES_FINGERPRINT } from "./rules/fingerprint.js";
import { VERSION } from "./version.js";
import { allRules, coverage, findVersion, valueAt } from "./rules/registry.js";
import type { ConditionSpec, Rule, RuleVersion } from "./rules/schema.js";
import type { ConditionResult, Message, ProgrammeResult, VersionRef } from "./explain/trace.js";

export interface EvaluateOptions {
  /** Evaluate on this date instead of the household's `evaluationDate` (YYYY-MM-DD). */
  readonly date?: string;
  /** Only these programme ids (default: every programme). */
  readonly programmes?: readonly string[];
}

export interface Evaluation {
  readonly date: string;
  /** What decided: the library version and a fingerprint of the compiled rules (see `replayDecision`). */
  readonly library: { readonly version: string; readonly rulesFingerprint: string };
  readonly results: readonly ProgrammeResult[];
}

const PROGRAMMES = allRules().filter((r) => r.kind === "programme");

/** The programmes' versions on one date, the programmes in force then, and the other rules' versions as they are asked for. */
interface DatePlan {
  readonly date: string;
  readonly versions: ReadonlyMap<Rule, RuleVersion | undefined>;
  readonly inForce: readonly Rule[];
  readonly rules: Map<string, { readonly rule: Rule; readonly version: RuleVersion }>;
  readonly criteria: Map<string, Omit<ResolvedCriterion, "household">>;
}

/** How many evaluation dates the plans are kept for (a batch has a few). */
const DATES_REMEMBERED = 64;
const plans = new Map<string, DatePlan>();

/** Every programme's version on `date`, found once per date rather than per household. */
function planFor(date: string): DatePlan {
  let plan = plans.get(date);
  if (plan === undefined) {
    if (plans.size >= DATES_REMEMBERED) plans.clear();
    const versions = new Map(PROGRAMMES.map((r) => [r, findVersion(r, date)] as const));
    plan = { date, versions, inForce: PROGRAMMES.filter((r) => versions.get(r) !== undefined), rules: new Map(), criteria: new Map() };
    plans.set(date, plan);
  }
  return plan;
}

const LIBRARY = { version: VERSION, rulesFingerprint: RULES_FINGERPRINT } as const;

const INCOME_RULE = "pl/pomoc-spoleczna/dochod";
const EQUIVALENCE_RULE = "pl/niepelnosprawnosc/rownowaznosc-orzeczen";

/** The version of rule `id` on the plan's date (valueAt: an error outside the rule's versions), found once per date. */
function ruleOn(plan: DatePlan, id: string): { readonly rule: Rule; readonly version: RuleVersion } {
  let found = plan.rules.get(id);
  if (found === undefined) {
    found = valueAt(id, plan.date);
    plan.rules.set(id, found);
  }
  return found;
}

/** An income criterion on the plan's date: its version and its two amounts, worked out once per date. */
function criterionOn(plan: DatePlan, id: string): Omit<ResolvedCriterion, "household"> {
  let found = plan.criteria.get(id);
  if (found === undefined) {
    const { rule, version } = ruleOn(plan, id);
    found = {
      ref: { rule: rule.id, from: version.from, to: version.to, reference: version.reference },
      single: parameterDecimal(version.parameters["single"] ?? "0"),
      perPerson: parameterDecimal(version.parameters["perPerson"] ?? "0"),
    };
    plan.criteria.set(id, found);
  }
  return found;
}

/** Facts derived once per household and date, shared by every programme. */
function facts(household: Household, plan: DatePlan) {
  const date = plan.date;
  const criteria = new Map<string, ResolvedCriterion>();
  // per regime, then per criterion rule: ids are the rule table's own strings, hashed once
  const incomes: Record<IncomeRegime, Map<string, HouseholdIncome>> = { cash: new Map(), "in-kind": new Map() };
  const criterion = (ruleId: string): ResolvedCriterion => {
    let c = criteria.get(ruleId);
    if (!c) {
      const { ref, single, perPerson } = criterionOn(plan, ruleId);
      c = {
        ref,
        single,
        perPerson,
        household: household.householdType === "single" ? single : scaledParameter(perPerson, household.members.length, "1").value,
      };
      criteria.set(ruleId, c);
    }
    return c;
  };
  return {
    criterion,
    income(regime: IncomeRegime, criterionRule: string): HouseholdIncome {
      // art. 8 ust. 11 spreads one-off income against the criterion, so the cache is per criterion too
      let i = incomes[regime].get(criterionRule);
      if (!i) {
        const c = criterion(criterionRule);
        const { version } = ruleOn(plan, criterionRule);
        i = householdIncome(household, date, regime, {
          income: ruleOn(plan, INCOME_RULE).version,
          criterion: c.household,
          perHectare: parameterDecimal(version.parameters["farmIncomePerHectare"] ?? "0"),
        });
        incomes[regime].set(criterionRule, i);
      }
      return i;
    },
    equivalences: (): Readonly<Record<string, string>> => ruleOn(plan, EQUIVALENCE_RULE).version.table ?? {},
    versionOf: (ruleId: string) => ruleOn(plan, ruleId),
  };
}

const peselFacts = new WeakMap<Member, ReturnType<typeof decodePesel>>();

/** The PESEL of a member, decoded once (validation has already checked it). */
function fromPesel(member: Member): { birthDate: string; sex: "F" | "M" } | undefined {
  if (member.pesel === undefined) return undefined;
  let decoded = peselFacts.get(member);
  if (decoded === undefined) {
    decoded = decodePesel(member.pesel);
    peselFacts.set(member, decoded);
  }
  return typeof decoded === "string" ? undefined : decoded;
}

function birthDate(member: Member): string | undefined {
  return member.birthDate ?? fromPesel(member)?.birthDate;
}

function sex(member: Member): "F" | "M" | undefined {
  return member.sex ?? fromPesel(member)?.sex;
}

const criterionRules = new WeakMap<readonly ConditionSpec[], string | null>();

/** The income criterion a programme compares against (its first income condition, at any depth); looked up once per rule version. */
function criterionRuleOf(conditions: readonly ConditionSpec[]): string | undefined {
  let found = criterionRules.get(conditions);
  if (found === undefined) {
    found = findCriterionRule(conditions) ?? null;
    criterionRules.set(conditions, found);
  }
  return found ?? undefined;
}

function findCriterionRule(conditions: readonly ConditionSpec[]): string | undefined {
  for (const c of conditions) {
    if (c.kind === "income") return c.criterion;
    if ("conditions" in c && Array.isArray(c.conditions)) {
      const nested = findCriterionRule(c.conditions as readonly ConditionSpec[]);
      if (nested) return nested;
    }
  }
  return undefined;
}

/**
 * The condition that decided, for the one-line reason: the first with `status`, followed down
 * through any-of / all-of groups to the alternative that is actually open or failing — so the
 * reason names an open question or a missing orzeczenie, not "one of the conditions".
 */
function firstWith(results: readonly ConditionResult[], status: ConditionResult["status"]): ConditionResult | undefined {
  const found = results.find((r) => r.status === status);
  if (!found || (found.kind !== "any-of" && found.kind !== "all-of") || !found.children) return found;
  return firstWith(found.children, status) ?? found;
}

type Parts = {
  conditions?: readonly ConditionResult[];
  missing?: readonly string[];
  amount?: string | undefined;
  range?: ProgrammeResult["range"];
  calculation?: readonly Message[];
  openQuestions?: ProgrammeResult["openQuestions"];
};

/** A programme's result, built as a literal: object spread is the costliest step on this hot path. */
function answer(rule: Rule, version: RuleVersion | undefined, outcome: ProgrammeResult["outcome"], reason: Message, parts: Parts): ProgrammeResult {
  return {
    programme: rule.id,
    title: rule.title,
    jurisdiction: rule.jurisdiction,
    outcome,
    amount: parts.amount,
    range: parts.range,
    missing: parts.missing ?? [],
    discretionary: rule.discretionary ?? false,
    version: version ? { rule: rule.id, from: version.from, to: version.to, reference: version.reference } : undefined,
    legalBasis: rule.legalBasis,
    conditions: parts.conditions ?? [],
    calculation: parts.calculation ?? [],
    openQuestions: parts.openQuestions ?? [],
    reason,
  };
}

/** The open questions of the rule with these ids, in the rule's order. */
function questionsOf(rule: Rule, ids: ReadonlySet<string> | undefined): ProgrammeResult["openQuestions"] {
  return ids === undefined ? [] : (rule.openQuestions ?? []).filter((q) => ids.has(q.id));
}

/** `ids` with `more` added; a set is made only when there is an id to hold. */
function withQuestions(ids: Set<string> | undefined, more: readonly string[] | undefined): Set<string> | undefined {
  if (more === undefined || more.length === 0) return ids;
  const set = ids ?? new Set<string>();
  for (const id of more) set.add(id);
  return set;
}

function evaluateProgramme(rule: Rule, version: RuleVersion | undefined, household: Household, date: string, shared: ReturnType<typeof facts>): ProgrammeResult {
  if (!version) {
    const span = coverage(rule);
    return answer(rule, version, "not-eligible", message("reason.not-in-force", { date, from: span.from, to: span.to ?? "…" }), {});
  }
  const claimantIndex = household.members.findIndex((m) => m.role === "applicant");
  const claimant = household.members[claimantIndex] as Member;
  // An edition may replace the rule's conditions (e.g. Meleks 2022, KDR from 2019).
  const specs = version.conditions ?? rule.conditions ?? [];
  const criterionRule = criterionRuleOf(specs);
  const ctx: EvaluationContext = {
    household,
    date,
    claimant,
    claimantIndex,
    rule,
    version,
    birthDate,
    sex,
    criterion: shared.criterion,
    income: (regime) => {
      if (!criterionRule) throw new Error(`${rule.id}: income needs an income condition naming the criterion`);
      return shared.income(regime, criterionRule);
    },
    equivalences: shared.equivalences,
    versionOf: shared.versionOf,
    familyBenefit: undefined,
  };
  // Plain loops rather than spreads and flatMap: this runs for every programme of every household.
  const conditions: ConditionResult[] = [jurisdictionCondition(rule, household)];
  for (const spec of specs) conditions.push(evaluateCondition(spec, ctx));
  const missing: string[] = [];
  let questionIds = withQuestions(undefined, version.openQuestions);
  for (const c of conditions) {
    if (c.status === "unknown") for (const path of c.missing) if (!missing.includes(path)) missing.push(path);
    questionIds = withQuestions(questionIds, c.openQuestions);
  }
  const failed = firstWith(conditions, "fail");
  if (failed) {
    return answer(rule, version, "not-eligible", quoting("reason.not-eligible", failed.message), { conditions, openQuestions: questionsOf(rule, questionIds) });
  }
  if (missing.length > 0) {
    return answer(rule, version, "needs-assessment", message("reason.missing", { missing: missing.join(", ") }), { conditions, missing, openQuestions: questionsOf(rule, questionIds) });
  }
  // A formula without an income criterion (e.g. a fixed amount) still runs; "" is never read by it.
  const formula = rule.formula ? FORMULAS[rule.formula](ctx, criterionRule ?? "") : undefined;
  questionIds = withQuestions(questionIds, formula?.openQuestions);
  // A formula that cannot settle the amount says why (assess) and which facts would settle it (missing).
  const parts = { conditions, missing: formula?.missing ?? [], amount: formula?.amount, range: formula?.range, calculation: formula?.steps ?? [], openQuestions: questionsOf(rule, questionIds) };
  const why = firstWith(conditions, "assess")?.message ?? formula?.assess;
  if (why) return answer(rule, version, "needs-assessment", quoting("reason.assess", why), parts);
  if (rule.discretionary) {
    return answer(rule, version, "needs-assessment", message("reason.discretionary", rule.discretion ? { pl: rule.discretion.pl, en: rule.discretion.en } : {}), parts);
  }
  return answer(rule, version, "eligible", message("reason.eligible"), parts);
}

/** A reason that quotes the message of the condition that decided it. */
function quoting(key: string, decisive: Message): Message {
  const args: Record<string, string> = { condition: decisive.key };
  for (const name in decisive.args) args[name] = decisive.args[name] as string;
  return message(key, args);
}

/**
 * Evaluates a household against every programme (or those asked for) on its evaluation date.
 * Pure: no I/O, no clock; the same input always gives the same output. Throws
 * `HouseholdValidationError` (see `isHouseholdValidationError`) when the input is invalid,
 * and `RuleDateError` when the date lies before the first version of a rule the programmes need.
 *
 * @example
 * const { results } = evaluate({
 *   evaluationDate: "2025-03-01",
 *   householdType: "single",
 *   members: [{ id: "a", role: "applicant", birthDate: "1950-05-05", sex: "F",
 *     residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "900.00" }] }],
 *   situations: ["ubostwo"],
 * });
 */
export function evaluate(input: unknown, options: EvaluateOptions = {}): Evaluation {
  const household = parseHousehold(input);
  if (options.date !== undefined && !isCivilDate(options.date)) {
    throw new KryteriumError("invalid-option", `options.date must be a YYYY-MM-DD date, got ${JSON.stringify(options.date)}`);
  }
  const date = options.date ?? household.evaluationDate;
  const requested = options.programmes;
  // Asked for by id: always answered (a programme not in force, or of another gmina, says so).
  // Otherwise: every programme in force on the date that concerns the household's municipality.
  const plan = planFor(date);
  const programmes =
    requested !== undefined ? PROGRAMMES.filter((r) => requested.includes(r.id)) : plan.inForce.filter((r) => concernsHousehold(r, household));
  if (requested) {
    const unknown = requested.filter((id) => !programmes.some((p) => p.id === id));
    if (unknown.length) throw new KryteriumError("invalid-option", `Unknown programme: ${unknown.join(", ")}`);
  }
  const shared = facts(household, plan);
  return { date, library: LIBRARY, results: programmes.map((rule) => evaluateProgramme(rule, plan.versions.get(rule), household, date, shared)) };
}
