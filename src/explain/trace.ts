import type { Citation, OpenQuestion, Text } from "../rules/schema.js";

/**
 * The trace of a decision, as data. Text is rendered late, in the language asked for, by
 * `src/explain/render.ts`; nothing here is prose.
 */

/** pass / fail on known facts; unknown: a fact is missing; assess: the law leaves it to the office. */
export type ConditionStatus = "pass" | "fail" | "unknown" | "assess" | "not-applicable";

export type Outcome = "eligible" | "not-eligible" | "needs-assessment";

/** A message key and its arguments; see `MESSAGES` in `src/explain/messages.ts`. */
export interface Message {
  readonly key: string;
  readonly args: Readonly<Record<string, string>>;
}

/** The rule version a value was read from. */
export interface VersionRef {
  readonly rule: string;
  readonly from: string;
  readonly to?: string | undefined;
  readonly reference: Citation;
}

export interface ConditionResult {
  readonly kind: string;
  readonly status: ConditionStatus;
  readonly basis?: string | undefined;
  readonly label?: Text | undefined;
  readonly message: Message;
  /** Facts of the household that were compared, as decimal strings ("939.00"). */
  readonly facts: Readonly<Record<string, string>>;
  /** Values of the law they were compared with. */
  readonly values: Readonly<Record<string, string>>;
  /** Input paths that would decide this condition. */
  readonly missing: readonly string[];
  /** Open questions of the rule this condition ran into. */
  readonly openQuestions: readonly string[];
  /** Other rule versions this condition read (e.g. the income criterion). */
  readonly sources: readonly VersionRef[];
  readonly children?: readonly ConditionResult[] | undefined;
}

export interface AmountResult {
  /** A single amount the law fixes, decimal string. */
  readonly amount?: string | undefined;
  /** A statutory range when the office sets the amount. */
  readonly range?: { readonly min: string; readonly max: string } | undefined;
  /** The arithmetic, step by step. */
  readonly steps: readonly Message[];
  /** Set when the formula could not decide (e.g. an open question). */
  readonly assess?: Message | undefined;
  /** Input paths whose values would decide the amount (e.g. whether a child is still in education). */
  readonly missing?: readonly string[] | undefined;
  readonly openQuestions: readonly string[];
}

export interface ProgrammeResult {
  readonly programme: string;
  readonly title: Text;
  readonly jurisdiction: string;
  readonly outcome: Outcome;
  readonly amount?: string | undefined;
  readonly range?: { readonly min: string; readonly max: string } | undefined;
  /** Input paths whose values would decide the outcome. */
  readonly missing: readonly string[];
  /** The law gives the office discretion ("może być przyznany"). */
  readonly discretionary: boolean;
  /** The programme version applied; absent when none is in force on the date. */
  readonly version?: VersionRef | undefined;
  readonly legalBasis: Citation;
  readonly conditions: readonly ConditionResult[];
  readonly calculation: readonly Message[];
  /** Open questions met on the way, with how they were handled. */
  readonly openQuestions: readonly OpenQuestion[];
  /** One-line reason. */
  readonly reason: Message;
}

/**
 * A programme's result without its trace: what `decide` gives — the answer, the rule version
 * and legal basis it rests on — the same as the `ProgrammeResult` fields of those names.
 */
export type ProgrammeDecision = Pick<
  ProgrammeResult,
  "programme" | "title" | "jurisdiction" | "outcome" | "amount" | "range" | "missing" | "discretionary" | "version" | "legalBasis"
>;
