/**
 * One error base class with `is*` guards: `instanceof` fails when an app ends up with two
 * copies of the library (ESM and CJS), a brand does not.
 */
const BRAND = Symbol.for("kryterium.error");

export type Lang = "pl" | "en";

/** One problem with the household input, as data: the path, a code, and the text in both languages. */
export interface InputIssue {
  /** Dotted path to the field, e.g. `members[0].pesel`. */
  readonly path: string;
  readonly code: string;
  readonly message: { readonly pl: string; readonly en: string };
}

export class KryteriumError extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly code: "invalid-household" | "no-rule-version" | "unknown-rule" | "invalid-option" | "invalid-pack",
    message: string,
  ) {
    super(message);
    this.name = "KryteriumError";
  }
}

/** The household does not satisfy the input schema. Nothing was evaluated. */
export class HouseholdValidationError extends KryteriumError {
  constructor(readonly issues: readonly InputIssue[]) {
    super("invalid-household", `Invalid household: ${issues.map((i) => `${i.path}: ${i.message.en}`).join("; ")}`);
    this.name = "HouseholdValidationError";
  }
}

/** A rule was asked for on a date no version of it covers. */
export class RuleDateError extends KryteriumError {
  constructor(
    readonly ruleId: string,
    readonly date: string,
    readonly coverage: { readonly from: string; readonly to?: string | undefined },
  ) {
    super(
      "no-rule-version",
      `Rule ${ruleId} has no version in force on ${date} (versions cover ${coverage.from} – ${coverage.to ?? "open"})`,
    );
    this.name = "RuleDateError";
  }
}

export function isKryteriumError(e: unknown): e is KryteriumError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
}

export function isHouseholdValidationError(e: unknown): e is HouseholdValidationError {
  return isKryteriumError(e) && e.code === "invalid-household";
}

export function isRuleDateError(e: unknown): e is RuleDateError {
  return isKryteriumError(e) && e.code === "no-rule-version";
}
