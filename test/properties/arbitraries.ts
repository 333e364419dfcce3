import fc from "fast-check";

/** An amount in grosze turned into the decimal string the input takes. */
export function groszeToString(grosze: number): string {
  const zl = Math.floor(grosze / 100);
  const gr = grosze % 100;
  return `${zl}.${String(gr).padStart(2, "0")}`;
}

export const amount = (max = 500_000) => fc.integer({ min: 0, max }).map(groszeToString);

/** A date inside the span the core rules cover. */
export const coveredDate = fc
  .record({ year: fc.integer({ min: 2007, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

export const birthDate = fc
  .record({ year: fc.integer({ min: 1920, max: 2005 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const situation = fc.constantFrom("ubostwo", "bezrobocie", "niepelnosprawnosc", "dlugotrwala-lub-ciezka-choroba");
const residence = fc.constantFrom("citizen", "permanent-residence", "temporary-residence", "tolerated-stay");
const degree = fc.constantFrom("znaczny", "umiarkowany", "lekki");

export const member = (id: string, role: string) =>
  fc.record({
    id: fc.constant(id),
    role: fc.constant(role),
    birthDate,
    sex: fc.constantFrom("F", "M"),
    residence,
    incomes: fc.array(fc.record({ type: fc.constantFrom("wynagrodzenie", "emerytura-renta", "zasilek-celowy"), gross: amount(300_000) }), { maxLength: 2 }),
    disability: fc.array(fc.record({ kind: fc.constant("stopien"), degree, validUntil: fc.constant("permanent") }), { maxLength: 1 }),
  });

/** A fully specified household (no missing facts), single or family. */
export const household = fc
  .tuple(fc.integer({ min: 1, max: 5 }), coveredDate, fc.array(situation, { minLength: 1, maxLength: 2 }))
  .chain(([size, date, situations]) =>
    fc.tuple(...Array.from({ length: size }, (_, i) => member(`m${i}`, i === 0 ? "applicant" : "child"))).map((members) => ({
      evaluationDate: date,
      householdType: size === 1 ? "single" : "family",
      situations,
      members: members.map((m) => (m.birthDate > date ? { ...m, birthDate: "1950-01-01" } : m)),
    })),
  );
