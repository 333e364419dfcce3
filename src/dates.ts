import { addDays, isLeapYear } from "date-fns";

/**
 * Civil calendar dates (`YYYY-MM-DD`), as the law counts them. Nothing here reads the clock
 * or depends on the machine's time zone: date-fns only ever sees local-midnight dates built
 * from the same fields it hands back, so the time-zone offset cancels out.
 */
export type CivilDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function localDate(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day); // setFullYear keeps years 1–99 literal
  return d;
}

export function leapYear(year: number): boolean {
  return isLeapYear(localDate(year, 1, 1));
}

/** Month lengths of a common year; February gains a day in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  // Validation runs for every date of every household: plain arithmetic, no Date object.
  // (it agrees with date-fns getDaysInMonth on every month of years 1–9999: test/dates.test.ts)
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 0);
}


/** Parses `YYYY-MM-DD`; `undefined` for anything else, including impossible days (2023-02-29). */
export function parseCivilDate(text: string): DateParts | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCivilDate(text: string): boolean {
  return parseCivilDate(text) !== undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatCivilDate(parts: DateParts): CivilDate {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

function partsOf(date: CivilDate): DateParts {
  const parts = parseCivilDate(date);
  if (!parts) throw new RangeError(`Not a civil date: ${date}`);
  return parts;
}

/** Shifts a civil date by whole days (used for "the day before" a version starts). */
export function shiftDays(date: CivilDate, days: number): CivilDate {
  const p = partsOf(date);
  const d = addDays(localDate(p.year, p.month, p.day), days);
  return formatCivilDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
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
