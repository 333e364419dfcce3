/**
 * kryterium — Polish social-assistance eligibility rules as versioned, cited data.
 * The public surface is listed here explicitly; everything else is internal.
 */
export { allRules, decide, evaluate, getRule, validateHousehold, valueAt, type Decision, type EvaluateOptions, type Evaluation } from "./evaluate.js";
export { createEngine, type Engine, type EngineOptions, type HouseholdArgument } from "./engine.js";
export type { Pack, PackManifest } from "./packs/pack.js";
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
export { RULES_AS_OF as rulesAsOf, RULES_FINGERPRINT as rulesFingerprint } from "./rules/fingerprint.js";
export { VERSION as version } from "./version.js";
export type { Language, Text3 } from "./language.js";
