import { formatCivilDate, parseCivilDate, shiftDays } from "../dates.js";
import type { Catalogue } from "../rules/registry.js";

/**
 * Easter Sunday (Gregorian calendar) — the anonymous Gregorian computus (Meeus/Jones/Butcher).
 * Astronomical arithmetic, not a value of the law; which days around Easter are holidays is
 * data in `rules/pl/dni-wolne-od-pracy.yaml`.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCivilDate({ year, month, day });
}

/** ISO weekday, 1 = Monday … 7 = Sunday, independent of the machine's time zone. */
export function isoWeekday(date: string): number {
  const p = parseCivilDate(date);
  if (!p) throw new RangeError(`Not a civil date: ${date}`);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Why a term cannot end on `date` under the rule `holidaysRule` of `rules` in force that day, or undefined. */
export function nonWorkingReason(date: string, holidaysRule: string, rules: Catalogue): string | undefined {
  const table = rules.valueAt(holidaysRule, date).version.table ?? {};
  const weekly = table[`weekly/${isoWeekday(date)}`];
  if (weekly !== undefined) return weekly;
  const fixed = table[`fixed/${date.slice(5)}`];
  if (fixed !== undefined) return fixed;
  const easter = easterSunday(Number(date.slice(0, 4)));
  for (const [key, name] of Object.entries(table)) {
    if (key.startsWith("easter/") && shiftDays(easter, Number(key.slice("easter/".length))) === date) return name;
  }
  return undefined;
}

/** KPA art. 57 § 5: the first day from `date` on which a term can end. */
export function nextWorkingDay(date: string, holidaysRule: string, rules: Catalogue): { date: string; skipped: string[] } {
  let d = date;
  const skipped: string[] = [];
  for (let reason = nonWorkingReason(d, holidaysRule, rules); reason !== undefined; reason = nonWorkingReason(d, holidaysRule, rules)) {
    skipped.push(`${d}: ${reason}`);
    d = shiftDays(d, 1);
  }
  return { date: d, skipped };
}
