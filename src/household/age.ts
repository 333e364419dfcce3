import { type CivilDate, formatCivilDate, leapYear, parseCivilDate } from "../dates.js";

/**
 * Age per Kodeks cywilny art. 112 (Dz.U. 1964 Nr 16 poz. 93): a term in years ends on the day
 * whose date matches the first day — or, when that month has no such day, on its last day —
 * and "przy obliczaniu wieku osoby fizycznej termin upływa z początkiem ostatniego dnia".
 * A person is therefore N years old from the very start of the N-th birthday, and someone
 * born on 29 February turns N on 28 February of a common year.
 */
export function dateOfReachingAge(birthDate: CivilDate, years: number): CivilDate {
  const b = parseCivilDate(birthDate);
  if (!b) throw new RangeError(`Not a civil date: ${birthDate}`);
  const year = b.year + years;
  const day = b.month === 2 && b.day === 29 && !leapYear(year) ? 28 : b.day;
  return formatCivilDate({ year, month: b.month, day });
}

/**
 * The latest birth date of someone who has reached `years` of age on `date`, as
 * `dateOfReachingAge` counts it: born on or before it, they have (a string comparison of two
 * dates); "" when no one born in year 1 or later has. Someone born on 29 February turns N on
 * 28 February of a common year, so that day's cut-off is the 29th.
 */
export function latestBirthDateAt(date: CivilDate, years: number): CivilDate {
  const d = parseCivilDate(date);
  if (!d) throw new RangeError(`Not a civil date: ${date}`);
  const year = d.year - years;
  if (year < 1) return "";
  const day = d.month === 2 && d.day === 28 && !leapYear(d.year) && leapYear(year) ? 29 : d.day;
  return formatCivilDate({ year, month: d.month, day });
}

/** Completed years of age on `date` (k.c. art. 112). */
export function ageOn(birthDate: CivilDate, date: CivilDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date >= dateOfReachingAge(birthDate, years) ? years : years - 1;
}

/**
 * Age counted "rocznikowo" — by year of birth only, as some municipal programmes do
 * (e.g. Meleks 2022). This is not k.c. art. 112; a rule must ask for it explicitly.
 */
export function ageByBirthYear(birthDate: CivilDate, date: CivilDate): number {
  return Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
}
