import { isLeapYear } from "date-fns/isLeapYear"; // the subpath: the package index loads ~250 modules
import { digitsValue } from "./digits.js";

/**
 * Civil calendar dates (`YYYY-MM-DD`), as the law counts them. Nothing here reads the clock
 * or depends on the machine's time zone. Day arithmetic is done on day numbers, not on local
 * `Date` objects: some zones skipped whole calendar days (Pacific/Kiritimati has no
 * 1994-12-31, Pacific/Apia no 2011-12-30), and a local-time date library lands on the wrong
 * day there. date-fns answers the one question that is free of that trap (leap years) and is
 * the reference the arithmetic is tested against (test/dates.test.ts).
 */
export type CivilDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function localDate(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day); // setFullYear keeps years 1–99 literal
  return d;
}

export function leapYear(year: number): boolean {
  return isLeapYear(localDate(year, 1, 1));
}

/**
 * How many evaluation dates the per-date caches keep (the programmes' editions, benefit periods,
 * age cut-offs) before starting afresh: a batch has a few dates, and a long-running process
 * asking about many dates does not grow without bound.
 */
export const DATES_REMEMBERED = 64;

/** Month lengths of a common year; February gains a day in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  // Validation runs for every date of every household: plain arithmetic, no Date object.
  // (it agrees with date-fns getDaysInMonth on every month of years 1–9999: test/dates.test.ts)
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 0);
}

/** Parses `YYYY-MM-DD`; `undefined` for anything else, including impossible days (2023-02-29). */
export function parseCivilDate(text: string): DateParts | undefined {
  // By character codes rather than a regular expression: every date of every household passes here.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // "-"
  const year = digitsValue(text, 0, 4);
  const month = digitsValue(text, 5, 7);
  const day = digitsValue(text, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * What `isCivilDate` accepts, as a regular expression for JSON Schema and OpenAPI clients
 * (household.schema.json): years 0001–9999, each month's length, 29 February in the Gregorian
 * leap years only. The library itself checks by `parseCivilDate`; test/json-schema.test.ts
 * holds the two to the same answer.
 */
export const CIVIL_DATE_PATTERN = new RegExp(
  [
    // any year but 0000: a day that every month has, the 29th and 30th but in February, the 31st of the long months
    "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
    // 29 February: a year divisible by 4 but not by 100, or by 400
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$",
  ].join(""),
);

export function isCivilDate(text: string): boolean {
  return parseCivilDate(text) !== undefined;
}

function pad(n: number, width: 2 | 4): string {
  // runs for every date the evaluation works out: no padStart for the common widths
  if (width === 2) return n < 10 ? `0${n}` : String(n);
  const text = String(n);
  return text.length >= width ? text : text.padStart(width, "0");
}

export function formatCivilDate(parts: DateParts): CivilDate {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

function partsOf(date: CivilDate): DateParts {
  const parts = parseCivilDate(date);
  if (!parts) throw new RangeError(`Not a civil date: ${date}`);
  return parts;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(p: DateParts): number {
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (p.month + (p.month > 2 ? -3 : 9)) + 2) / 5) + p.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (H. Hinnant's civil_from_days). */
function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Shifts a civil date by whole days (used for "the day before" a version starts). */
export function shiftDays(date: CivilDate, days: number): CivilDate {
  return formatCivilDate(fromDayNumber(dayNumber(partsOf(date)) + days));
}

/** `YYYY-MM` of a date. */
export function monthOf(date: CivilDate): string {
  return date.slice(0, 7);
}

/** The calendar month before the month of `date`, as `YYYY-MM`. */
export function previousMonth(date: CivilDate): string {
  const p = partsOf(date);
  return p.month === 1 ? `${pad(p.year - 1, 4)}-12` : `${pad(p.year, 4)}-${pad(p.month - 1, 2)}`;
}

/** Whole months from month `a` to month `b` (both `YYYY-MM`); negative when b is earlier. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/** ISO dates with four-digit years order correctly as strings. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
