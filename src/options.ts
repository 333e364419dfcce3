import { isCivilDate } from "./dates.js";
import { KryteriumError } from "./errors.js";

/** What `evaluate` and `decide` take besides the household. */
export interface EvaluateOptions {
  /** Evaluate on this date instead of the household's `evaluationDate` (YYYY-MM-DD). */
  readonly date?: string;
  /** Only these programme ids (default: every programme). */
  readonly programmes?: readonly string[];
}

function invalid(message: string): KryteriumError {
  return new KryteriumError("invalid-option", message);
}

/**
 * The options as given, checked: an object (or nothing), `date` a YYYY-MM-DD string, `programmes`
 * a list of strings. Anything else is the documented `invalid-option` error, never a TypeError.
 */
export function checkedOptions(options: unknown): EvaluateOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw invalid(`options must be an object, got ${options === null ? "null" : Array.isArray(options) ? "a list" : typeof options}`);
  const { date, programmes } = options as { date?: unknown; programmes?: unknown };
  if (date !== undefined && (typeof date !== "string" || !isCivilDate(date))) {
    throw invalid(`options.date must be a YYYY-MM-DD date, got ${describeValue(date)}`);
  }
  if (programmes !== undefined && (!Array.isArray(programmes) || !programmes.every((id) => typeof id === "string"))) {
    throw invalid(`options.programmes must be a list of programme ids, got ${describeValue(programmes)}`);
  }
  return options as EvaluateOptions;
}

/** What a wrong value is, for an error message: a string quoted, anything else by its type. */
function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}
