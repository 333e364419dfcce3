/**
 * The languages people read. Every text has Polish and English; the fact catalogue's questions
 * (src/questions/) and the vocabulary's labels are also in Ukrainian, for the many Ukrainian
 * applicants of Polish social assistance.
 */
export type Language = "pl" | "en" | "uk";

export const LANGUAGES: readonly Language[] = ["pl", "en", "uk"];

/** A text in the three languages. */
export interface Text3 {
  readonly pl: string;
  readonly en: string;
  readonly uk: string;
}
