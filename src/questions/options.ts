import { labels } from "../explain/labels.js";
import type { Text3 } from "../language.js";
import type { ChoiceOption } from "./kinds.js";

/** An option whose label is the vocabulary's own (src/explain/labels.ts) and whose value is its code. */
export function vocabularyOption(code: string, value: unknown = code): ChoiceOption {
  const label = labels(code);
  return { code, label: label ?? { pl: code, en: code, uk: code }, value };
}

/** An option with its own label (a code the vocabularies share, such as "other"). */
export function option(code: string, label: Text3, value: unknown = code): ChoiceOption {
  return { code, label, value };
}

/** The options of a closed vocabulary, labelled. */
export function vocabularyOptions(codes: readonly string[]): ChoiceOption[] {
  return codes.map((c) => vocabularyOption(c));
}
