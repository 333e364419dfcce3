import type { Text3 } from "../language.js";

/**
 * The kind of answer a question takes, as data a face (the CLI, the page, an app) can render:
 * a yes/no, a date, an amount, a count, a decimal, a choice among labelled options, or a list
 * of entries (a member's incomes). Every value is JSON, as the household input is.
 */
export type AnswerKind =
  | { readonly type: "yes-no" }
  /** A date, or one of the alternatives (an orzeczenie valid "na stałe"). */
  | { readonly type: "date"; readonly alternatives?: readonly ChoiceOption[] }
  | { readonly type: "money" }
  | { readonly type: "decimal" }
  /** A whole number; `suggested` is what the law's data points to (the base year of the benefit period). */
  | { readonly type: "count"; readonly min: number; readonly max: number; readonly suggested?: number | undefined }
  | { readonly type: "choice"; readonly options: readonly ChoiceOption[]; readonly multiple?: boolean }
  | { readonly type: "list"; readonly item: readonly ListField[] };

/** One option of a choice: its code, its label, and the value an answer of it writes. */
export interface ChoiceOption {
  readonly code: string;
  readonly label: Text3;
  readonly value: unknown;
}

/** A field of a list entry (an income's kind, its amount); optional fields may be left empty. */
export interface ListField {
  readonly key: string;
  readonly label: Text3;
  readonly kind: Exclude<AnswerKind, { type: "list" }>;
  readonly optional?: boolean;
}

/** An answer's value: what an answer of the kind is, before it is written into the household. */
export type AnswerValue = boolean | string | number | readonly string[] | readonly Readonly<Record<string, unknown>>[];
