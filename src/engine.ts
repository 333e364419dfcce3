import { Reported } from "./conditions/decider.js";
import type { EvaluationContext } from "./conditions/context.js";
import type { ConditionSpec, Rule, RuleVersion } from "./rules/schema.js";
import { deepFreeze } from "./freeze.js";
import { contextOf, householdFacts, personalFacts, type PeselFacts } from "./evaluation/household-facts.js";
import { LawOnDates } from "./evaluation/law-on-date.js";
import { decideProgramme } from "./evaluation/fast.js";
import { dateOf, programmesOf } from "./evaluation/options.js";
import { checkedOptions, type EvaluateOptions } from "./options.js";
import type { Decision, Evaluation, Library } from "./evaluation/result.js";
import { evaluateProgramme } from "./evaluation/traced.js";
import type { InputIssue } from "./errors.js";
import { municipalityRegister } from "./household/municipality.js";
import type { HouseholdInput } from "./household/schema.js";
import { createValidator, type ValidatedHousehold } from "./household/validate.js";
import { type PackInput, checkPacks } from "./packs/check.js";
import { PackLoadError } from "./packs/issue.js";
import type { Pack } from "./packs/pack.js";
import { Catalogue } from "./rules/registry.js";
import { fnv1a64 } from "./rules/fnv1a64.js";
import { VERSION } from "./version.js";
import { DATES_REMEMBERED } from "./dates.js";
import type { Message } from "./explain/trace.js";
import { rulesAsOfPacks } from "./rules/rules-as-of.js";

/** What an engine's `evaluate` and `decide` take: a household as the schema describes it, or one its `validateHousehold` returned. */
export type HouseholdArgument = HouseholdInput | ValidatedHousehold;

/**
 * Rules over packs, with their own caches: two engines in one process never see each other's
 * rules or caches. The module-level `evaluate`, `decide`, `validateHousehold`, `allRules`,
 * `getRule` and `valueAt` are the default engine's, over the bundled packs.
 */
export interface Engine {
  /** The packs the engine was made from, in the order given. */
  readonly packs: readonly Pack[];
  /** The library version and the fingerprint of the engine's rules, as results carry them. */
  readonly library: Library;
  /**
   * The day the engine's packs know the law up to (their manifests' `rulesAsOf`, or their newest
   * rule version, whichever is later). A result dated after it carries a warning (`warnings`).
   */
  readonly rulesAsOf: string;
  /**
   * Evaluates a household against every programme (or those asked for) on its evaluation date.
   * Pure: no I/O, no clock; the same input always gives the same output. Whatever arrives is
   * validated at run time: throws `HouseholdValidationError` (see `isHouseholdValidationError`)
   * when the input is invalid, and `RuleDateError` when the date lies before the first version
   * of a rule the programmes need.
   */
  evaluate(input: HouseholdArgument, options?: EvaluateOptions): Evaluation;
  /**
   * What `evaluate` decides — each programme's outcome, amount or range and missing facts, with
   * the rule version and legal basis it rests on — without the trace that explains it. The same
   * input, options, errors and answers as `evaluate` (the test suite holds the two together).
   */
  decide(input: HouseholdArgument, options?: EvaluateOptions): Decision;
  /** Validates a household; a valid one comes back frozen, and this engine takes it as it is. */
  validateHousehold(input: unknown): { ok: true; household: ValidatedHousehold } | { ok: false; issues: InputIssue[] };
  /** Every rule, in the order of the packs' files. */
  rules(): readonly Rule[];
  getRule(id: string): Rule;
  /** The version of rule `id` in force on `date`; `RuleDateError` outside its versions. */
  valueAt(id: string, date: string): { rule: Rule; version: RuleVersion };
  /**
   * @internal Each programme's evaluation context for a household, as `evaluate` makes it, and
   * the conditions its version applies: test/decide.test.ts decides every condition both ways in it.
   */
  programmeContexts(input: unknown, options?: EvaluateOptions): { readonly ctx: EvaluationContext; readonly specs: readonly ConditionSpec[] }[];
}

export interface EngineOptions {
  /**
   * The packs whose rules the engine applies: bundled ones (`pl` from `kryterium/packs/pl`) and
   * packs as data (a gmina's manifest and rules as parsed from YAML or JSON), checked at load.
   */
  readonly packs: readonly PackInput[];
}

/** The rules of `packs`, in the order of their files (a programme's results keep that order). */
function rulesOf(packs: readonly Pack[]): Rule[] {
  const rules = packs.flatMap((p) => p.rules);
  return rules.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/**
 * An engine over `packs`. Packs given as data are checked as the build checks the bundled ones
 * (`checkPacks`); if any is wrong, none is loaded: `PackLoadError` (see `isPackLoadError`) names
 * every issue, by file and place, in Polish and English. Its rules are its own copy, frozen:
 * nothing another engine caches (all caches are keyed by the rule objects or held by the
 * engine) can reach it.
 *
 * @example
 * const engine = createEngine({ packs: [pl] }); // pl: the bundled national pack
 * const { results } = engine.decide(household, { date: "2025-03-01" });
 */
export function createEngine(options: EngineOptions): Engine {
  const checked = checkPacks(options.packs);
  if (!checked.ok) throw new PackLoadError(checked.issues);
  const packs = checked.packs;
  const rules = deepFreeze(JSON.parse(JSON.stringify(rulesOf(packs))) as Rule[]);
  return engineOver(packs, rules, undefined);
}

/**
 * The engine over `rules` (frozen, and not shared with another engine); `fingerprint` when it is
 * known already (the bundled packs', from the build), else worked out when first asked for.
 */
export function engineOver(packs: readonly Pack[], rules: readonly Rule[], fingerprint: string | undefined, asOf?: string): Engine {
  const catalogue = new Catalogue(rules);
  const register = municipalityRegister(catalogue, packs.map((p) => p.manifest));
  const validator = createValidator(register);
  const laws = new LawOnDates(catalogue);
  const pesel: PeselFacts = new WeakMap();
  const personal = personalFacts(pesel);
  // what the condition being decided reports missing, one stack per engine (no decider calls back into decideProgramme)
  const reported = new Reported();
  let library: Library | undefined;
  const libraryOf = (): Library => (library ??= Object.freeze({ version: VERSION, rulesFingerprint: fingerprint ?? fnv1a64(JSON.stringify(rules)) }));
  const rulesAsOf = asOf ?? rulesAsOfPacks(packs);
  const warned = new Map<string, readonly Message[]>();
  const warningsOn = (date: string): { warnings?: readonly Message[] } => {
    if (date <= rulesAsOf) return {};
    let warnings = warned.get(date);
    if (warnings === undefined) {
      if (warned.size >= DATES_REMEMBERED) warned.clear();
      warnings = Object.freeze([Object.freeze({ key: "warning.after-rules-as-of", args: Object.freeze({ date, rulesAsOf }) })]);
      warned.set(date, warnings);
    }
    return { warnings };
  };

  const prepare = (input: unknown, given: EvaluateOptions | undefined) => {
    const household = validator.parseHousehold(input);
    const options = checkedOptions(given);
    const date = dateOf(options, household);
    const law = laws.on(date);
    const facts = householdFacts(household, law, register);
    return { date, facts, programmes: programmesOf(options, catalogue, law, facts.teryt) };
  };

  return {
    packs,
    get library() {
      return libraryOf();
    },
    rulesAsOf,
    evaluate(input, options) {
      const { date, facts, programmes } = prepare(input, options);
      return { date, library: libraryOf(), ...warningsOn(date), results: programmes.map((p) => evaluateProgramme(p, facts, personal)) };
    },
    decide(input, options) {
      const { date, facts, programmes } = prepare(input, options);
      return { date, library: libraryOf(), ...warningsOn(date), results: programmes.map((p) => decideProgramme(p, facts, personal, reported)) };
    },
    validateHousehold: (input) => validator.validateHousehold(input),
    rules: () => catalogue.rules,
    getRule: (id) => catalogue.getRule(id),
    valueAt: (id, date) => catalogue.valueAt(id, date),
    programmeContexts(input, options) {
      const { facts, programmes } = prepare(input, options);
      return programmes.flatMap(({ rule, edition }) => (edition === undefined ? [] : [{ ctx: contextOf(rule, edition, facts, personal), specs: edition.specs }]));
    },
  };
}
