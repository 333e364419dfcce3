import { type CivilDate, formatCivilDate, parseCivilDate } from "../dates.js";

/** The checksum weights and century offsets of the PESEL number are fixed by its format. */
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets by century, as defined for the PESEL (ustawa o ewidencji ludności, art. 15). */
const CENTURIES: ReadonlyArray<readonly [offset: number, century: number]> = [
  [80, 1800],
  [0, 1900],
  [20, 2000],
  [40, 2100],
  [60, 2200],
];

export interface PeselFacts {
  readonly birthDate: CivilDate;
  readonly sex: "F" | "M";
}

export type PeselProblem = "format" | "checksum" | "date";

/**
 * The form of a PESEL as a regular expression, for JSON Schema and OpenAPI clients
 * (household.schema.json): 11 digits whose month is one of a century's (01–12 plus 0, 20, 40,
 * 60 or 80) and whose day the month has, 29 February in any year. What only `decodePesel`
 * checks: the check digit, and 29 February in a year that is not a leap year.
 */
export const PESEL_PATTERN = new RegExp(
  [
    "^[0-9]{2}(?:",
    "(?:[02468][13578]|[13579][02])(?:0[1-9]|[12][0-9]|3[01])", // months of 31 days
    "|(?:[02468][469]|[13579]1)(?:0[1-9]|[12][0-9]|30)", // months of 30 days
    "|[02468]2(?:0[1-9]|1[0-9]|2[0-9])", // February
    ")[0-9]{5}$",
  ].join(""),
);

/** Decodes a PESEL: its birth date and sex, or the reason it is not a valid number. */
export function decodePesel(pesel: string): PeselFacts | PeselProblem {
  if (!/^[0-9]{11}$/.test(pesel)) return "format";
  const digits = [...pesel].map(Number);
  const weighted = WEIGHTS.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  if ((10 - (weighted % 10)) % 10 !== digits[10]) return "checksum";
  const yy = Number(pesel.slice(0, 2));
  const mm = Number(pesel.slice(2, 4));
  const dd = Number(pesel.slice(4, 6));
  const century = CENTURIES.find(([offset]) => mm > offset && mm <= offset + 12);
  if (!century) return "date";
  const date = formatCivilDate({ year: century[1] + yy, month: mm - century[0], day: dd });
  if (!parseCivilDate(date)) return "date";
  return { birthDate: date, sex: (digits[9] ?? 0) % 2 === 1 ? "M" : "F" };
}

/** Masks a PESEL for printing: keeps nothing that identifies the person. */
export function redactPesel(pesel: string): string {
  return "*".repeat(pesel.length);
}
