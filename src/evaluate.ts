import { type Engine, engineOver, type HouseholdArgument } from "./engine.js";
import type { EvaluateOptions } from "./options.js";
import type { Decision, Evaluation } from "./evaluation/result.js";
import { krakow } from "./packs/bundled/krakow.js";
import { krasnik } from "./packs/bundled/krasnik.js";
import { pl } from "./packs/bundled/pl.js";
import { RULES_AS_OF, RULES_FINGERPRINT } from "./rules/fingerprint.js";
import type { Rule, RuleVersion } from "./rules/schema.js";

export type { EvaluateOptions } from "./options.js";
export type { Decision, Evaluation } from "./evaluation/result.js";

const PACKS = [pl, krakow, krasnik];

/**
 * The default engine, over the bundled packs `pl`, `krakow` and `krasnik`: the one the
 * module-level functions use. Its rules are the packs' own (compiled and frozen with the
 * library), its fingerprint the build's.
 */
export const defaultEngine: Engine = /* @__PURE__ */ engineOver(PACKS, /* @__PURE__ */ PACKS.flatMap((p) => p.rules).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)), RULES_FINGERPRINT, RULES_AS_OF);

// The module-level functions still take `unknown` (the engine's take HouseholdArgument): the test
// suite passes hostile input to them on purpose, and is not yet written with casts.

/**
 * Evaluates a household against every programme (or those asked for) on its evaluation date,
 * under the bundled packs (the default engine; `createEngine` for others). Pure: no I/O, no
 * clock; the same input always gives the same output. Throws `HouseholdValidationError` (see
 * `isHouseholdValidationError`) when the input is invalid, and `RuleDateError` when the date
 * lies before the first version of a rule the programmes need.
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
export function evaluate(input: unknown, options?: EvaluateOptions): Evaluation {
  return defaultEngine.evaluate(input as HouseholdArgument, options);
}

/**
 * What `evaluate` decides — each programme's outcome, amount or range and missing facts, with
 * the rule version and legal basis it rests on — without the trace that explains it, for when
 * many households are decided and few explanations read (a screener, `kryterium batch`). The
 * same input, options and errors as `evaluate`, and the same answers (the test suite holds the
 * two together on every fixture, a synthetic population and random households).
 *
 * @example
 * const { results } = decide(household, { date: "2025-03-01" });
 * const open = results.filter((r) => r.outcome !== "not-eligible");
 */
export function decide(input: unknown, options?: EvaluateOptions): Decision {
  return defaultEngine.decide(input as HouseholdArgument, options);
}

/** Validates a household under the default engine (see `Engine.validateHousehold`). */
export function validateHousehold(input: unknown): ReturnType<Engine["validateHousehold"]> {
  return defaultEngine.validateHousehold(input);
}

/** Every bundled rule, in the order of their files. */
export function allRules(): readonly Rule[] {
  return defaultEngine.rules();
}

export function getRule(id: string): Rule {
  return defaultEngine.getRule(id);
}

/**
 * The version of rule `id` in force on `date`. A date outside every version is an error, never
 * a zero: the library does not know the law there.
 */
export function valueAt(id: string, date: string): { rule: Rule; version: RuleVersion } {
  return defaultEngine.valueAt(id, date);
}
