/**
 * kryterium/core — the engine without the law: `createEngine`, the household schema and its
 * validation, the helpers (`decodePesel`, `ageOn`), the explanations and the errors. An app takes
 * the packs it applies from their own subpaths (`kryterium/packs/pl`, `kryterium/packs/krakow`,
 * `kryterium/packs/krasnik`, or a gmina's pack as data), so law it does not use stays out of its
 * bundle. `kryterium` itself is this plus the default engine over every bundled pack.
 *
 * @example
 * import { createEngine } from "kryterium/core";
 * import { pl } from "kryterium/packs/pl";
 * const engine = createEngine({ packs: [pl] });
 */
export { createEngine, type Engine, type EngineOptions, type HouseholdArgument } from "./engine.js";
export type { EvaluateOptions } from "./options.js";
export type { Decision, Evaluation } from "./evaluation/result.js";
export type { Pack, PackData, PackManifest } from "./packs/pack.js";
export { checkPacks, type PackCheck, type PackInput } from "./packs/check.js";
export { PackLoadError, isPackLoadError, type PackIssue } from "./packs/issue.js";
export type { ValidatedHousehold } from "./household/validate.js";
export { HouseholdSchema, type Household, type HouseholdInput, type Member } from "./household/schema.js";
export { ageOn, dateOfReachingAge } from "./household/age.js";
export { decodePesel } from "./household/pesel.js";
export type { Rule, RuleVersion, Citation, OpenQuestion } from "./rules/schema.js";
export { explainResult, renderMessage, renderOutcome } from "./explain/render.js";
export type { ConditionResult, ConditionStatus, Message, Outcome, ProgrammeDecision, ProgrammeResult, VersionRef } from "./explain/trace.js";
export {
  KryteriumError,
  HouseholdValidationError,
  RuleDateError,
  isKryteriumError,
  isHouseholdValidationError,
  isRuleDateError,
  type InputIssue,
  type Lang,
} from "./errors.js";
export { VERSION as version } from "./version.js";
export type { Language, Text3 } from "./language.js";
