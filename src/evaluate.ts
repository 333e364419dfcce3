import { evaluateCondition } from "./conditions/index.js";
import { type Children, type Decider, Reported, childrenOf, decideRest } from "./conditions/decide.js";
import { concernsHousehold, decideJurisdiction, jurisdictionCondition } from "./conditions/jurisdiction.js";
import type { EvaluationContext, ResolvedCriterion } from "./conditions/context.js";
import { message } from "./conditions/result.js";
import { DATES_REMEMBERED } from "./dates.js";
import { KryteriumError } from "./errors.js";
import { type HouseholdIncome, type IncomeRegime, householdIncome, incomeRegimeOf } from "./household/income.js";
import { applicantIndexOf } from "./household/members.js";
import { decodePesel } from "./household/pesel.js";
import type { Household, Member } from "./household/schema.js";
import { parseHousehold } from "./household/validate.js";
import { parameterDecimal, scaledParameter } from "./money.js";
import { FORMULAS } from "./programmes/index.js";
import { RULES_FINGERPRINT } from "./rules/fingerprint.js";
import { VERSION } from "./version.js";
import { type EvaluateOptions, checkedOptions } from "./options.js";
import { allRules, coverage, findVersion, valueAt } from "./rules/registry.js";
import type { ConditionSpec, Rule, RuleVersion } from "./rules/schema.js";
import type { ConditionResult, Message, ProgrammeDecision, ProgrammeResult, VersionRef } from "./explain/trace.js";

export type { EvaluateOptions } from "./options.js";

/** What `decide` answers: `Evaluation` without the traces. */
export interface Decision {
  readonly date: string;
  readonly library: Evaluation["library"];
  readonly results: readonly ProgrammeDecision[];
}

export interface Evaluation {
  readonly date: string;
  /** What decided: the library version and a fingerprint of the compiled rules (see `replayDecision`). */
  readonly library: { readonly version: string; readonly rulesFingerprint: string };
  readonly results: readonly ProgrammeResult[];
}

const PROGRAMMES = allRules().filter((r) => r.kind === "programme");

/**
 * A programme's version in force on a date, the conditions it applies and what they need — with
 * the rule's own fields copied in, so that the per-household code reads one shape of object
 * rather than the many shapes the rule files give.
 */
interface Edition {
  readonly id: string;
  readonly title: Rule["title"];
  readonly jurisdiction: string;
  readonly formula: Rule["formula"];
  readonly discretionary: boolean;
  readonly version: RuleVersion;
  /** The version a decision rests on, made once and frozen: every decision on the date shares it. */
  readonly ref: VersionRef;
  readonly legalBasis: Rule["legalBasis"];
  /** An edition may replace the rule's conditions (e.g. Meleks 2022, KDR from 2019). */
  readonly specs: readonly ConditionSpec[];
  /** The income criterion the programme compares against (its first income condition, at any depth). */
  readonly criterionRule: string | undefined;
  /** The conditions' deciders, and which must still be decided after one has failed. */
  readonly conditions: Children;
}

/** A programme to answer, and its edition on the date (none when it is not in force then). */
interface Programme {
  readonly rule: Rule;
  readonly edition: Edition | undefined;
}

/** The programmes' editions on one date, the programmes in force then, and the other rules' versions as they are asked for. */
interface DatePlan {
  readonly date: string;
  readonly editions: ReadonlyMap<Rule, Edition | undefined>;
  /** The programmes in force, each with its edition. */
  readonly inForce: readonly Programme[];
  readonly rules: Map<string, { readonly rule: Rule; readonly version: RuleVersion }>;
  readonly criteria: Map<string, Omit<ResolvedCriterion, "household">>;
}

const plans = new Map<string, DatePlan>();

/** Every programme's edition on `date`, found once per date rather than per household. */
function planFor(date: string): DatePlan {
  let plan = plans.get(date);
  if (plan === undefined) {
    if (plans.size >= DATES_REMEMBERED) plans.clear();
    const editions = new Map(PROGRAMMES.map((r) => [r, editionOf(r, findVersion(r, date))] as const));
    const inForce = PROGRAMMES.flatMap((rule) => {
      const edition = editions.get(rule);
      return edition === undefined ? [] : [{ rule, edition }];
    });
    plan = { date, editions, inForce, rules: new Map(), criteria: new Map() };
    plans.set(date, plan);
  }
  return plan;
}

/** A programme's edition for its version on a date (none when no version is in force). */
function editionOf(rule: Rule, version: RuleVersion | undefined): Edition | undefined {
  if (version === undefined) return undefined;
  const specs = version.conditions ?? rule.conditions ?? [];
  return {
    id: rule.id,
    title: rule.title,
    jurisdiction: rule.jurisdiction,
    formula: rule.formula,
    discretionary: rule.discretionary ?? false,
    version,
    ref: Object.freeze({ rule: rule.id, from: version.from, to: version.to, reference: version.reference }),
    legalBasis: rule.legalBasis,
    specs,
    criterionRule: findCriterionRule(specs),
    conditions: childrenOf(specs),
  };
}

/** Frozen, as every object a result shares with the next: a caller may change its result, not the next one. */
const LIBRARY = Object.freeze({ version: VERSION, rulesFingerprint: RULES_FINGERPRINT });

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
      ref: Object.freeze({ rule: rule.id, from: version.from, to: version.to, reference: version.reference }),
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
  // the regime a cash benefit's income is counted under: in-kind's when they agree for this household
  let cashRegime: IncomeRegime | undefined;
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
    /** The applicant's place among the members, the claimant of every programme. */
    applicantIndex: applicantIndexOf(household.members),
    criterion,
    income(regime: IncomeRegime, criterionRule: string): HouseholdIncome {
      // art. 8 ust. 11 spreads one-off income against the criterion, so the cache is per criterion too
      const incomeVersion = ruleOn(plan, INCOME_RULE).version;
      const counted = regime === "cash" ? (cashRegime ??= incomeRegimeOf(household, incomeVersion.table, "cash")) : regime;
      let i = incomes[counted].get(criterionRule);
      if (!i) {
        const c = criterion(criterionRule);
        const { version } = ruleOn(plan, criterionRule);
        i = householdIncome(household, date, counted, {
          income: incomeVersion,
          criterion: c.household,
          perHectare: parameterDecimal(version.parameters["farmIncomePerHectare"] ?? "0"),
        });
        incomes[counted].set(criterionRule, i);
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
  const questions: NonNullable<Rule["openQuestions"]> = [];
  if (ids === undefined || rule.openQuestions === undefined) return questions;
  // an index loop: the rules are frozen (./freeze.ts)
  for (let i = 0; i < rule.openQuestions.length; i++) {
    const q = rule.openQuestions[i] as (typeof questions)[number];
    if (ids.has(q.id)) questions.push(q);
  }
  return questions;
}

/** `ids` with `more` added; a set is made only when there is an id to hold. */
function withQuestions(ids: Set<string> | undefined, more: readonly string[] | undefined): Set<string> | undefined {
  if (more === undefined || more.length === 0) return ids;
  const set = ids ?? new Set<string>();
  for (let i = 0; i < more.length; i++) set.add(more[i] as string);
  return set;
}

/** The evaluation context of one programme's edition for one household. */
function contextOf(rule: Rule, { version, criterionRule }: Edition, household: Household, date: string, shared: ReturnType<typeof facts>): EvaluationContext {
  const claimantIndex = shared.applicantIndex;
  const claimant = household.members[claimantIndex] as Member;
  return {
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
}

/** A programme's result with its whole trace: every condition's result, the reason quoting the one that decided. */
function evaluateProgramme({ rule, edition }: Programme, household: Household, date: string, shared: ReturnType<typeof facts>): ProgrammeResult {
  if (!edition) {
    const span = coverage(rule);
    return answer(rule, undefined, "not-eligible", message("reason.not-in-force", { date, from: span.from, to: span.to ?? "…" }), {});
  }
  const { version, specs, criterionRule } = edition;
  const ctx = contextOf(rule, edition, household, date, shared);
  // Plain loops rather than spreads and flatMap: this runs for every programme of every household.
  // An index loop over the specs: the rules are frozen (./freeze.ts).
  const conditions: ConditionResult[] = [jurisdictionCondition(rule, household)];
  for (let i = 0; i < specs.length; i++) conditions.push(evaluateCondition(specs[i] as ConditionSpec, ctx));
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
  const formula = rule.formula ? FORMULAS[rule.formula](ctx, criterionRule ?? "", true) : undefined;
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

/** What the condition being decided reports missing, one stack for all (no decider calls back into decideProgramme). */
const reported = new Reported();

/**
 * What `evaluateProgramme` decides, without its trace: the conditions are decided by their
 * deciders (src/conditions/decide.ts) and the amount is worked out by the same formula. A
 * condition that fails decides the programme, so the ones after it are not asked — except a
 * condition that may throw (mayThrowOnHouseholdDate), which `evaluateProgramme`, evaluating
 * every condition, would meet: so a rule a date lies outside of throws in both.
 */
function decideProgramme({ rule, edition }: Programme, household: Household, date: string, shared: ReturnType<typeof facts>): ProgrammeDecision {
  if (!edition) {
    return {
      programme: rule.id,
      title: rule.title,
      jurisdiction: rule.jurisdiction,
      outcome: "not-eligible",
      amount: undefined,
      range: undefined,
      missing: [],
      discretionary: rule.discretionary ?? false,
      version: undefined,
      legalBasis: rule.legalBasis,
    };
  }
  const { deciders } = edition.conditions;
  const ctx = contextOf(rule, edition, household, date, shared);
  const missing: string[] = [];
  let assess = false;
  for (let i = -1; i < deciders.length; i++) {
    reported.cut(0); // also what a rule that threw in the last call left
    const status = i < 0 ? decideJurisdiction(edition.jurisdiction, household, reported) : (deciders[i] as Decider)(ctx, reported);
    if (status === "fail") {
      decideRest(edition.conditions, i + 1, ctx, reported);
      return decision(edition, "not-eligible", [], undefined);
    }
    if (status === "assess") assess = true;
    else if (status === "unknown") {
      for (let k = 0; k < reported.size; k++) {
        const path = reported.at(k);
        if (!missing.includes(path)) missing.push(path);
      }
    }
  }
  if (missing.length > 0) return decision(edition, "needs-assessment", missing, undefined);
  // decide returns no calculation: the formula leaves out the steps that only show the arithmetic
  const formula = edition.formula ? FORMULAS[edition.formula](ctx, edition.criterionRule ?? "", false) : undefined;
  const outcome = assess || formula?.assess !== undefined || edition.discretionary ? "needs-assessment" : "eligible";
  return decision(edition, outcome, formula?.missing ?? [], formula);
}

/** A programme's decision under its edition, its fields in `answer`'s order. */
function decision(
  edition: Edition,
  outcome: ProgrammeResult["outcome"],
  missing: readonly string[],
  formula: { readonly amount?: string | undefined; readonly range?: ProgrammeResult["range"] } | undefined,
): ProgrammeDecision {
  return {
    programme: edition.id,
    title: edition.title,
    jurisdiction: edition.jurisdiction,
    outcome,
    amount: formula?.amount,
    range: formula?.range,
    missing,
    discretionary: edition.discretionary,
    version: edition.ref,
    legalBasis: edition.legalBasis,
  };
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
  const { date, programmes, household, shared } = prepare(input, options);
  return { date, library: LIBRARY, results: programmes.map((p) => evaluateProgramme(p, household, date, shared)) };
}

/**
 * What `evaluate` decides — each programme's outcome, amount or range and missing facts, with
 * the rule version and legal basis it rests on — without the trace that explains it, for when many households are decided and few
 * explanations read (a screener, `kryterium batch`). The same input, options and errors as
 * `evaluate`, and the same answers (the test suite holds the two together on every fixture, a
 * synthetic population and random households). For the reasons, `evaluate` the household.
 *
 * @example
 * const { results } = decide(household, { date: "2025-03-01" });
 * const open = results.filter((r) => r.outcome !== "not-eligible");
 */
export function decide(input: unknown, options: EvaluateOptions = {}): Decision {
  const { date, programmes, household, shared } = prepare(input, options);
  return { date, library: LIBRARY, results: programmes.map((p) => decideProgramme(p, household, date, shared)) };
}

/**
 * @internal Each programme's evaluation context for a household, as `evaluate` makes it, and the
 * conditions its version applies: test/decide.test.ts decides every condition both ways in it.
 */
export function programmeContexts(input: unknown, options: EvaluateOptions = {}): { readonly ctx: EvaluationContext; readonly specs: readonly ConditionSpec[] }[] {
  const { date, programmes, household, shared } = prepare(input, options);
  return programmes.flatMap(({ rule, edition }) => (edition === undefined ? [] : [{ ctx: contextOf(rule, edition, household, date, shared), specs: edition.specs }]));
}

/** The validated household, the date and the programmes to answer, with the facts they share. */
function prepare(input: unknown, given: EvaluateOptions | undefined) {
  const household = parseHousehold(input);
  const options = checkedOptions(given);
  const date = options.date ?? household.evaluationDate;
  const requested = options.programmes;
  // Asked for by id: always answered (a programme not in force, or of another gmina, says so).
  // Otherwise: every programme in force on the date that concerns the household's municipality.
  const plan = planFor(date);
  const programmes: readonly Programme[] =
    requested !== undefined
      ? PROGRAMMES.filter((r) => requested.includes(r.id)).map((rule) => ({ rule, edition: plan.editions.get(rule) }))
      : plan.inForce.filter((p) => concernsHousehold(p.rule, household));
  if (requested) {
    const unknown = requested.filter((id) => !programmes.some((p) => p.rule.id === id));
    if (unknown.length) throw new KryteriumError("invalid-option", `Unknown programme: ${unknown.join(", ")}`);
  }
  return { date, programmes, household, shared: facts(household, plan) };
}
