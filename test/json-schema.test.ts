import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { CIVIL_DATE_PATTERN, isCivilDate, leapYear } from "../src/dates.js";
import { PESEL_PATTERN, decodePesel } from "../src/household/pesel.js";
import { PATTERNS, isPrintable } from "../src/household/schema.js";
import { HouseholdSchema, validateHousehold } from "../src/index.js";
import { type Json, everyField, exampleHouseholds, fixtureHouseholds, households, otherMunicipality, setAt, variants } from "./support/household-corpus.js";

/**
 * The household's JSON Schema (household.schema.json, and the OpenAPI document of `kryterium
 * serve`) against the library: a client that validates against the schema must accept every
 * household the library accepts, and reject what the library rejects for the form of a field.
 * What is left to the library is what joins fields or needs a table — the household schema's
 * description lists it, and GAP below is that list as issue codes.
 */
const GAP = new Set([
  "one-applicant",
  "single-has-one-member",
  "duplicate-id",
  "reserved-id", // the member id __proto__
  "unknown-member-id",
  "deductions-exceed-gross",
  "pesel-checksum",
  "pesel-date", // 29 February of a common year only (the PESEL pattern test below)
  "pesel-birth-date-mismatch",
  "pesel-sex-mismatch",
  "born-after-evaluation",
  "unknown-municipality",
  "municipality-mismatch",
]);

const schema = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" });
const ajv = new Ajv2020({ allErrors: false, strict: true });
const accepts = ajv.compile(schema);

/** The strings of test/validation.test.ts and test/hostile.test.ts (and the issue's "12,50" and "1950-13-01"), put at every string of a household. */
const PROBES = ["12,50", "1950-13-01", "2023-02-29", "2024-02-30", "1950-04-31", "0000-01-01", "0001-01-01", "9999-12-31", "10.001", "-1.00", "10000000000000000.00", "1000000000000000.00", "1234", "44051401466", "44051401465", "44133101465", "a\u001b[31m", "Anna\u0007", " ", "ubostwo ", "UBOSTWO", "ubóstwo", "Atlantyda", "0607011", "martian", "lottery"];

function* probed(household: Json): Generator<[string, unknown]> {
  yield* variants(household);
  const strings: (string | number)[][] = [];
  const walk = (v: Json, path: (string | number)[]) => {
    if (typeof v === "string") strings.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(household, []);
  for (const path of strings) for (const probe of PROBES) yield [`${path.join(".")} = ${JSON.stringify(probe)}`, setAt(household, path, () => probe)];
}

/** What a client sends: the value through JSON (undefined keys dropped, NaN as null…). */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null");

describe("the household JSON Schema accepts what the library accepts", () => {
  it("every fixture and example household", () => {
    expect(households.length).toBeGreaterThan(280);
    const refused = households.filter((h) => !accepts(h)).map((h) => JSON.stringify(accepts.errors));
    expect(refused).toEqual([]);
    for (const h of households) expect(validateHousehold(h).ok).toBe(true);
  });

  it("each household broken at each place: the schema never rejects what the library accepts, and the library rejects beyond it only what GAP names", () => {
    const wrong: string[] = [];
    const tally = { bothAccept: 0, bothReject: 0, onlyLibraryRejects: 0 };
    for (const h of [everyField, otherMunicipality, ...exampleHouseholds, ...fixtureHouseholds.filter((_, i) => i % 20 === 0)]) {
      for (const [change, variant] of probed(h)) {
        const input = wire(variant);
        const library = validateHousehold(input);
        const client = accepts(input);
        if (client && library.ok) tally.bothAccept++;
        else if (!client && !library.ok) tally.bothReject++;
        else if (client && !library.ok) {
          tally.onlyLibraryRejects++;
          const beyond = library.issues.filter((i) => !GAP.has(i.code));
          if (beyond.length > 0 && wrong.length < 20) wrong.push(`${change}: the schema accepts what the library rejects for ${beyond.map((i) => `${i.path} ${i.code}`).join(", ")}`);
        } else if (wrong.length < 20) wrong.push(`${change}: the schema rejects what the library accepts: ${JSON.stringify(accepts.errors?.[0])}`);
      }
    }
    expect(wrong).toEqual([]);
    // the comparison reached all three kinds of verdict, on many households
    expect(tally.bothAccept).toBeGreaterThan(1000);
    expect(tally.bothReject).toBeGreaterThan(10_000);
    expect(tally.onlyLibraryRejects).toBeGreaterThan(10);
  }, 180_000);

  it("the issue's examples: an amount with a comma and a thirteenth month are refused by the schema", () => {
    const h = structuredClone(everyField) as { members: { incomes: { gross: string }[]; birthDate: string }[] };
    const comma = structuredClone(h);
    (comma.members[0] as { incomes: { gross: string }[] }).incomes[0]!.gross = "12,50";
    const month13 = structuredClone(h);
    month13.members[1]!.birthDate = "1950-13-01";
    for (const bad of [comma, month13]) {
      expect(validateHousehold(bad).ok).toBe(false);
      expect(accepts(bad)).toBe(false);
    }
  });

  it("household.schema.json as shipped is the schema the library defines", () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, "..", "household.schema.json"), "utf8")) as Record<string, unknown>;
    const { title: _, ...rest } = shipped;
    expect(rest).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});

describe("the patterns agree with the library's checks", () => {
  const date = new RegExp(PATTERNS.date, "u");

  it("dates: the same answer as isCivilDate on every day of 2 000 years, every 100th year and malformed strings", () => {
    const years = [...Array.from({ length: 600 }, (_, y) => y), ...Array.from({ length: 1200 }, (_, y) => 1500 + y), ...Array.from({ length: 100 }, (_, y) => 9900 + y), ...Array.from({ length: 100 }, (_, c) => c * 100)];
    let checked = 0;
    for (const y of years) {
      const yyyy = String(y).padStart(4, "0");
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${yyyy}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          if (date.test(text) !== isCivilDate(text)) throw new Error(`${text}: pattern ${date.test(text)}, isCivilDate ${isCivilDate(text)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(900_000);
    fc.assert(fc.property(fc.stringMatching(/^[0-9-]{0,12}$/), (text) => date.test(text) === isCivilDate(text)), { numRuns: 5000 });
    expect(CIVIL_DATE_PATTERN.source).toBe(PATTERNS.date);
  }, 120_000);

  it("PESEL: the pattern refuses exactly the dates decodePesel refuses, but 29 February of a common year; the check digit is the library's", () => {
    const pesel = new RegExp(PATTERNS.pesel, "u");
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const withCheckDigit = (ten: string) => ten + String((10 - ([...ten].reduce((a, c, i) => a + Number(c) * (weights[i] ?? 0), 0) % 10)) % 10);
    const gap: string[] = [];
    for (let n = 0; n < 1_000_000; n++) {
      const number = withCheckDigit(`${String(n).padStart(6, "0")}0123`);
      const decoded = decodePesel(number);
      const matches = pesel.test(number);
      if (matches === (decoded !== "date")) continue;
      // the one form the pattern lets through: 29 February (month code 02, 22, 42, 62, 82) of a common year
      const yy = Number(number.slice(0, 2));
      const mm = Number(number.slice(2, 4));
      const century = { 2: 1900, 22: 2000, 42: 2100, 62: 2200, 82: 1800 }[mm];
      if (matches && number.slice(4, 6) === "29" && century !== undefined && !leapYear(century + yy)) gap.push(number);
      else throw new Error(`${number}: pattern ${matches}, decodePesel ${JSON.stringify(decoded)}`);
    }
    expect(gap.length).toBe(4 * 76 + 75); // the common years of 1800–2299: 76 a century, 75 in the one whose first year (2000) is a leap year
    expect(pesel.test("44051401466")).toBe(true); // a wrong check digit: the library's
    expect(decodePesel("44051401466")).toBe("checksum");
    expect(PESEL_PATTERN.source).toBe(PATTERNS.pesel);
  }, 120_000);

  it("printable text: the pattern accepts a character exactly when isPrintable does, over the Basic Multilingual Plane", () => {
    const printable = new RegExp(PATTERNS.printable, "u");
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (printable.test(`a${ch}b`) !== isPrintable(`a${ch}b`)) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
