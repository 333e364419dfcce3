import * as z from "zod";
import { HouseholdValidationError, type InputIssue } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import { fastParseHousehold } from "./fast-parse.js";
import type { MunicipalityRegister } from "./municipality.js";
import { type Household, HouseholdSchema } from "./schema.js";

/** How an expected form is named in the two languages. */
const EXPECTED: Readonly<Record<string, { pl: string; en: string }>> = {
  date: { pl: "data w formacie RRRR-MM-DD, istniejąca w kalendarzu", en: "a calendar date written YYYY-MM-DD" },
  money: { pl: 'kwota jako tekst, nieujemna, najwyżej 2 miejsca po przecinku, np. "1161.60"', en: 'an amount as a string, non-negative, at most 2 decimals, e.g. "1161.60"' },
  decimal: { pl: 'liczba dziesiętna jako tekst, np. "2.5600"', en: 'a decimal number as a string, e.g. "2.5600"' },
  teryt: { pl: "7-cyfrowy kod TERYT gminy", en: "a 7-digit TERYT municipality code" },
  printable: { pl: "tekst bez znaków sterujących", en: "text without control characters" },
  string: { pl: "tekst", en: "a string" },
  number: { pl: "liczba", en: "a number" },
  boolean: { pl: "true albo false", en: "true or false" },
  object: { pl: "obiekt", en: "an object" },
  array: { pl: "lista", en: "a list" },
};

const CUSTOM: Readonly<Record<string, { pl: string; en: string }>> = {
  "one-applicant": { pl: "dokładnie jeden członek musi mieć rolę applicant", en: "exactly one member must have the role applicant" },
  "single-has-one-member": { pl: "gospodarstwo single (osoba samotnie gospodarująca) ma dokładnie jednego członka", en: "a single household (osoba samotnie gospodarująca) has exactly one member" },
  "duplicate-id": { pl: "identyfikator członka powtarza się", en: "duplicate member id" },
  "reserved-id": { pl: "identyfikator __proto__ jest zastrzeżony; wybierz inny", en: "the id __proto__ is reserved; choose another" },
  "unknown-member-id": { pl: "nie ma innego członka gospodarstwa o takim identyfikatorze", en: "no other household member has this id" },
  "pesel-format": { pl: "PESEL to 11 cyfr", en: "a PESEL is 11 digits" },
  "pesel-checksum": { pl: "nieprawidłowa cyfra kontrolna numeru PESEL", en: "the PESEL check digit is wrong" },
  "pesel-date": { pl: "PESEL koduje nieistniejącą datę urodzenia", en: "the PESEL encodes an impossible birth date" },
  "pesel-birth-date-mismatch": { pl: "data urodzenia nie zgadza się z numerem PESEL", en: "the birth date does not match the PESEL" },
  "pesel-sex-mismatch": { pl: "płeć nie zgadza się z numerem PESEL", en: "the sex does not match the PESEL" },
  "born-after-evaluation": { pl: "data urodzenia jest późniejsza niż data oceny", en: "the birth date is after the evaluation date" },
  "deductions-exceed-gross": { pl: "podatek i składki przekraczają kwotę brutto", en: "tax and contributions exceed the gross amount" },
  "municipality-mismatch": { pl: "nazwa gminy nie zgadza się z kodem TERYT", en: "the municipality name does not match the TERYT code" },
  "unknown-municipality": { pl: "nieznana nazwa gminy; podaj kod TERYT albo \"other\"", en: "unknown municipality name; give a TERYT code or \"other\"" },
};

/** A path as the issues write it: `members[0].pesel`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(household)";
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");
}

/** A zod issue in the two languages. */
export function describeZodIssue(issue: z.core.$ZodIssue): { pl: string; en: string } {
  switch (issue.code) {
    case "invalid_type": {
      const e = EXPECTED[issue.expected] ?? { pl: issue.expected, en: issue.expected };
      return issue.input === undefined
        ? { pl: `brak wymaganego pola (oczekiwano: ${e.pl})`, en: `required field is missing (expected ${e.en})` }
        : { pl: `zły typ (oczekiwano: ${e.pl})`, en: `wrong type (expected ${e.en})` };
    }
    case "unrecognized_keys":
      return { pl: `nieznane pole: ${issue.keys.join(", ")}`, en: `unknown field: ${issue.keys.join(", ")}` };
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { pl: `niedozwolona wartość; dozwolone: ${allowed}`, en: `value not allowed; allowed: ${allowed}` };
    }
    case "invalid_union":
      return { pl: "wartość nie pasuje do żadnej dozwolonej postaci (sprawdź pole kind)", en: "value matches none of the allowed forms (check the kind field)" };
    case "too_small":
      return { pl: `za mało elementów (co najmniej ${String(issue.minimum)})`, en: `too few items (at least ${String(issue.minimum)})` };
    case "too_big":
      return { pl: `za dużo (najwyżej ${String(issue.maximum)})`, en: `too many (at most ${String(issue.maximum)})` };
    case "custom": {
      const params = (issue.params ?? {}) as { expected?: string; key?: string };
      if (params.expected) {
        const e = EXPECTED[params.expected] ?? { pl: params.expected, en: params.expected };
        return { pl: `oczekiwano: ${e.pl}`, en: `expected ${e.en}` };
      }
      return CUSTOM[params.key ?? ""] ?? { pl: issue.message, en: issue.message };
    }
    default:
      return { pl: `nieprawidłowa wartość (${issue.message})`, en: `invalid value (${issue.message})` };
  }
}

function issue(path: string, key: string): InputIssue {
  return { path, code: key, message: CUSTOM[key] ?? { pl: key, en: key } };
}

/** The municipality must be one the register knows by name, or a TERYT code that agrees with the name. */
function municipalityIssues(household: Household, register: MunicipalityRegister): InputIssue[] {
  const m = household.municipality;
  if (m === undefined || m === "other") return [];
  if (m.teryt === undefined && m.name === undefined) return [issue("municipality", "unknown-municipality")];
  if (m.name === undefined) return [];
  const named = register.resolve({ name: m.name });
  if (named === undefined) return [issue("municipality.name", "unknown-municipality")];
  if (m.teryt !== undefined && named !== m.teryt) return [issue("municipality.name", "municipality-mismatch")];
  return [];
}

/** A copy of a JSON-like value without the object keys whose value is `undefined` (the keys zod keeps when the input has them). */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = withoutUndefined(v);
  return out;
}

/** Read-only all the way down: the type of a frozen value. */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A household `validateHousehold` accepted: frozen, and taken by `evaluate` and `decide` as it is. */
export type ValidatedHousehold = DeepReadonly<Household>;

type Validation = { ok: true; household: Household } | { ok: false; issues: InputIssue[] };

/** An engine's validation: its municipality register, and the households it has validated. */
export interface Validator {
  /**
   * Validates a household and returns its issues as data, in Polish and English. A valid
   * household comes back as a frozen copy with every field of the schema present, `undefined`
   * where the input leaves it out; the engine's `evaluate` and `decide` take that copy without
   * validating it again, and `validateHousehold` returns it as it is.
   */
  validateHousehold(input: unknown): { ok: true; household: ValidatedHousehold } | { ok: false; issues: InputIssue[] };
  /** Validates or throws `HouseholdValidationError`. The copy is not frozen: it never leaves the call that made it. */
  parseHousehold(input: unknown): Household;
}

/** The validation of an engine whose rules give this register of municipalities. */
export function createValidator(register: MunicipalityRegister): Validator {
  /**
   * The households this validator returned, frozen. Nothing can have changed one since, so
   * `evaluate` and `decide` take it as it is: a caller that decides one household at several
   * dates, or asks again after an answer, validates it once. Per engine: another engine's
   * register may name other municipalities.
   */
  const validated = new WeakSet<object>();
  const isValidated = (input: unknown): input is Household => typeof input === "object" && input !== null && validated.has(input);
  return {
    validateHousehold(input) {
      if (isValidated(input)) return { ok: true, household: input };
      const result = check(input, register);
      if (result.ok) validated.add(deepFreeze(result.household));
      return result;
    },
    parseHousehold(input) {
      if (isValidated(input)) return input;
      const result = check(input, register);
      if (!result.ok) throw new HouseholdValidationError(result.issues);
      return result.household;
    },
  };
}

/**
 * An own `__proto__` key in `baseYear.incomes` (JSON.parse makes one): zod drops it without a
 * word, and no member can have that id, so it is reported as naming no member.
 */
function droppedKeyIssues(input: unknown): InputIssue[] {
  const baseYear = typeof input === "object" && input !== null ? (input as { baseYear?: unknown }).baseYear : undefined;
  const incomes = typeof baseYear === "object" && baseYear !== null ? (baseYear as { incomes?: unknown }).incomes : undefined;
  return typeof incomes === "object" && incomes !== null && Object.hasOwn(incomes, "__proto__") ? [issue("baseYear.incomes.__proto__", "unknown-member-id")] : [];
}

function check(input: unknown, register: MunicipalityRegister): Validation {
  // A household the fast path vouches for is the schema's answer already; anything else —
  // invalid, or valid in an unusual way — is parsed by the schema itself, which names the issues.
  // jitless: zod would otherwise generate code per object schema, which costs a one-off
  // check more than it saves.
  const fast = fastParseHousehold(input);
  const parsed = fast !== undefined ? { success: true as const, data: fast } : HouseholdSchema.safeParse(input, { reportInput: true, jitless: true });
  if (parsed.success) {
    // What zod returns, through the fast path too, so that every household has every field.
    // The fast path takes every household zod returns (test/fast-parse.test.ts); were it ever
    // not to, zod's household is evaluated alike, only without the one shape.
    const household = fast ?? fastParseHousehold(withoutUndefined(parsed.data)) ?? parsed.data;
    const issues = fast !== undefined ? municipalityIssues(household, register) : [...droppedKeyIssues(input), ...municipalityIssues(household, register)];
    return issues.length === 0 ? { ok: true, household } : { ok: false, issues };
  }
  const issues = parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const code = issue.code === "custom" ? String((issue.params as { key?: string; expected?: string } | undefined)?.key ?? "invalid_format") : issue.code;
    return { path, code, message: describeZodIssue(issue) };
  });
  return { ok: false, issues: [...issues, ...droppedKeyIssues(input)] };
}
