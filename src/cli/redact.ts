import { decodePesel } from "../household/pesel.js";

/**
 * Collects what identifies a person in a household (PESEL, names, birth dates) so the CLI can
 * mask every occurrence in whatever it prints.
 */
export function sensitiveValues(input: unknown): string[] {
  if (typeof input !== "object" || input === null) return [];
  const members = (input as { members?: unknown }).members;
  if (!Array.isArray(members)) return [];
  return members.flatMap((m: unknown) => {
    if (typeof m !== "object" || m === null) return [];
    const r = m as Record<string, unknown>;
    const pesel = typeof r["pesel"] === "string" ? decodePesel(r["pesel"]) : undefined;
    const derived = typeof pesel === "object" ? pesel.birthDate : undefined;
    return [r["pesel"], r["name"], r["birthDate"], derived].filter((v): v is string => typeof v === "string" && v.length > 0);
  });
}

/**
 * Masks every sensitive value, and every date on the same day of the year as a birth date
 * (the dates a person reaches an age would give the birthday away).
 */
export function redact(text: string, values: readonly string[]): string {
  const masked = [...values]
    .sort((a, b) => b.length - a.length)
    .reduce((out, v) => out.split(v).join("*".repeat(Math.min(v.length, 11))), text);
  const birthdays = new Set(values.filter((v) => /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v)).map((v) => v.slice(5)));
  return masked.replace(/\b[0-9]{4}-([0-9]{2}-[0-9]{2})\b/g, (date, monthDay: string) => (birthdays.has(monthDay) ? "****-**-**" : date));
}
