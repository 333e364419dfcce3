import type { ConditionResult, Message, ProgrammeDecision, ProgrammeResult } from "../explain/trace.js";
import type { Rule, RuleVersion } from "../rules/schema.js";
import type { Edition } from "./law-on-date.js";

/** What decided: the library version and a fingerprint of the engine's rules (see `replayDecision`). */
export interface Library {
  readonly version: string;
  readonly rulesFingerprint: string;
}

export interface Evaluation {
  readonly date: string;
  /** What decided: the library version and a fingerprint of the rules (see `replayDecision`). */
  readonly library: Library;
  /** Present when the date is after the day the rules know the law up to (`rulesAsOf`): law after it may be missing. */
  readonly warnings?: readonly Message[] | undefined;
  readonly results: readonly ProgrammeResult[];
}

/** What `decide` answers: `Evaluation` without the traces. */
export interface Decision {
  readonly date: string;
  readonly library: Library;
  readonly warnings?: readonly Message[] | undefined;
  readonly results: readonly ProgrammeDecision[];
}

/** The trace and amount of a programme's result, each part empty when not given. */
export type Parts = {
  conditions?: readonly ConditionResult[];
  missing?: readonly string[];
  amount?: string | undefined;
  range?: ProgrammeResult["range"];
  calculation?: readonly Message[];
  openQuestions?: ProgrammeResult["openQuestions"];
};

/**
 * A programme's result with its trace, built as a literal: object spread is the costliest step
 * on this hot path. Its first fields are a decision's, in the same order (`decisionOf`).
 */
export function resultOf(rule: Rule, version: RuleVersion | undefined, outcome: ProgrammeResult["outcome"], reason: Message, parts: Parts): ProgrammeResult {
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

/** A programme's decision under its edition, its fields in `resultOf`'s order. */
export function decisionOf(
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

/**
 * The decision on a programme with no version on the date, its fields in `resultOf`'s order:
 * not eligible when it is not in force, needs-assessment when its edition on the date is unknown.
 */
export function decisionWithoutVersion(rule: Rule, outcome: "not-eligible" | "needs-assessment"): ProgrammeDecision {
  return {
    programme: rule.id,
    title: rule.title,
    jurisdiction: rule.jurisdiction,
    outcome,
    amount: undefined,
    range: undefined,
    missing: [],
    discretionary: rule.discretionary ?? false,
    version: undefined,
    legalBasis: rule.legalBasis,
  };
}
