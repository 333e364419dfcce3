import { isCivilDate } from "../dates.js";
import { DECIMAL_PATTERN, MONEY_PATTERN } from "../money.js";
import { type Household, LIMITS, type ReportIssue, checkDeductions, checkHousehold, isPrintable, isTeryt } from "./schema.js";
import {
  APPLICANT_RELATIONS,
  DEGREES,
  HOUSEHOLD_TYPES,
  INCOME_TYPES,
  INVALIDITY_GROUPS,
  RESIDENCE_STATUSES,
  ROLES,
  SEXES,
  SITUATIONS,
  ZUS_FINDINGS,
} from "./vocabulary.js";

/**
 * The fast path of validation: the household schema (`./schema.ts`) written out as plain checks
 * that copy a valid household into fresh objects. It only ever answers "valid, here is the copy"
 * or "not sure": anything it does not accept — an invalid household, but also an unusual valid
 * one (a key present with the value `undefined`, an object that is not a plain object) — goes to
 * the zod schema, which stays the definition of what is valid and says what is wrong.
 *
 * So it must never accept what the schema rejects, and what it returns must equal what the schema
 * returns. test/fast-parse.test.ts checks both on every fixture and on each of them broken field
 * by field, and that it knows every field the schema has. The checks that join fields
 * (deductions ≤ gross, one applicant, PESEL against the birth date…) are the schema's own
 * functions, called here as they are there.
 */

const FAIL: unique symbol = Symbol("invalid");
type Parser = (value: unknown) => unknown;

const string =
  (check?: (s: string) => boolean, min = 0, max = Infinity): Parser =>
  (v) =>
    typeof v === "string" && v.length >= min && v.length <= max && (check === undefined || check(v)) ? v : FAIL;

const oneOf = (values: readonly string[]): Parser => {
  const allowed = new Set<unknown>(values);
  return (v) => (allowed.has(v) ? v : FAIL);
};

const boolean: Parser = (v) => (typeof v === "boolean" ? v : FAIL);

const integer =
  (min: number, max: number): Parser =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : FAIL;

const money = string((s) => MONEY_PATTERN.test(s));
const decimal = string((s) => DECIMAL_PATTERN.test(s));
const civilDate = string(isCivilDate);
const validUntil: Parser = (v) => (v === "permanent" ? v : civilDate(v));

function arrayOf(item: Parser, max: number, min = 0): Parser {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const parsed = item(v[i]);
      if (parsed === FAIL) return FAIL;
      out[i] = parsed;
    }
    return out;
  };
}

function isPlainObject(v: unknown): v is Out {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype;
}

/** Own enumerable keys and inherited ones: a strict object has no more keys than the fields read. */
function keyCount(v: object): number {
  let n = 0;
  for (const _ in v) n++;
  return n;
}

/**
 * Strict objects, one function each. Fields are read by name and copied in the schema's order,
 * as zod does. Any key the schema does not name, any key set to `undefined` (zod keeps it, this
 * path does not), and any inherited or hidden key makes the count of keys differ from the count
 * of fields read — and the object goes to zod. Property names are written out rather than looked
 * up from a table: a load by a constant name is several times cheaper than one by a variable key.
 */
type Out = Record<string, unknown>;

/**
 * Reads an optional field into `out`: the count of fields read so far, or -1 once a value is not
 * accepted (a -1 passed in stays -1, so the fields of an object are read in a plain sequence).
 */
function optional(out: Out, key: string, value: unknown, parse: Parser, read: number): number {
  if (read < 0 || value === undefined) return read;
  const parsed = parse(value);
  if (parsed === FAIL) return -1;
  out[key] = parsed;
  return read + 1;
}

let reported = false;
const report: ReportIssue = () => {
  reported = true;
};

/** Whether a refinement of the schema reports nothing. */
function passes<T>(value: T, refine: (value: T, report: ReportIssue) => void): boolean {
  reported = false;
  refine(value, report);
  return !reported;
}

/** A record of string keys (1–64 characters) to values; `__proto__` goes to zod, which skips it. */
function recordOf(value: Parser): Parser {
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Out = {};
    for (const key in v) {
      if (key === "__proto__" || key.length < 1 || key.length > LIMITS.idLength || !Object.hasOwn(v, key)) return FAIL;
      const parsed = value(v[key]);
      if (parsed === FAIL) return FAIL;
      out[key] = parsed;
    }
    return out;
  };
}

const memberId = string(undefined, 1, LIMITS.idLength);
const printableId = string(isPrintable, 1, LIMITS.idLength);
const printableName = string(isPrintable, 0, LIMITS.nameLength);
const anyString = string();
const incomeType = oneOf(INCOME_TYPES);
const situation = oneOf(SITUATIONS);
const situations = arrayOf(situation, SITUATIONS.length);
const role = oneOf(ROLES);
const sex = oneOf(SEXES);
const residence = oneOf(RESIDENCE_STATUSES);
const applicantRelation = oneOf(APPLICANT_RELATIONS);
const degree = oneOf(DEGREES);
const finding = oneOf(ZUS_FINDINGS);
const group = oneOf(INVALIDITY_GROUPS);
const householdType = oneOf(HOUSEHOLD_TYPES);
const week = integer(LIMITS.pregnancyWeek.min, LIMITS.pregnancyWeek.max);
const teryt = string(isTeryt);
const municipalityName = string(undefined, 0, LIMITS.nameLength);
const childCount = integer(0, LIMITS.childrenNotListed);
const year = integer(LIMITS.baseYear.min, LIMITS.baseYear.max);

const oneOff: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const receivedOn = civilDate(v["receivedOn"]);
  return receivedOn === FAIL || keyCount(v) !== 1 ? FAIL : { receivedOn };
};

const income: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const type = incomeType(v["type"]);
  const gross = money(v["gross"]);
  if (type === FAIL || gross === FAIL) return FAIL;
  const out: Out = { type, gross };
  let read = 2;
  read = optional(out, "incomeTax", v["incomeTax"], money, read);
  read = optional(out, "healthContribution", v["healthContribution"], money, read);
  read = optional(out, "socialContribution", v["socialContribution"], money, read);
  read = optional(out, "oneOff", v["oneOff"], oneOff, read);
  if (read < 0 || keyCount(v) !== read) return FAIL;
  return passes(out as Parameters<typeof checkDeductions>[0], checkDeductions) ? out : FAIL;
};

/** The fields every kind of disability evidence has: kind, validFrom, validUntil. */
function disabilityOf(v: Out, out: Out, read: number): Out | typeof FAIL {
  read = optional(out, "validFrom", v["validFrom"], civilDate, read);
  read = optional(out, "validUntil", v["validUntil"], validUntil, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
}

const disabilityEvidence: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const kind = v["kind"];
  let read = 1;
  switch (kind) {
    case "stopien": {
      const d = degree(v["degree"]);
      return d === FAIL ? FAIL : disabilityOf(v, { kind, degree: d }, 2);
    }
    case "orzeczenie-dziecka": {
      const out: Out = { kind };
      read = optional(out, "indication7", v["indication7"], boolean, read);
      read = optional(out, "indication8", v["indication8"], boolean, read);
      return disabilityOf(v, out, read);
    }
    case "zus": {
      const f = finding(v["finding"]);
      if (f === FAIL) return FAIL;
      const out: Out = { kind, finding: f };
      read = optional(out, "issuedOn", v["issuedOn"], civilDate, 2);
      return disabilityOf(v, out, read);
    }
    case "grupa-inwalidzka": {
      const g = group(v["group"]);
      return g === FAIL ? FAIL : disabilityOf(v, { kind, group: g }, 2);
    }
    case "krus": {
      const w = boolean(v["withZasilekPielegnacyjny"]);
      return w === FAIL ? FAIL : disabilityOf(v, { kind, withZasilekPielegnacyjny: w }, 2);
    }
    default:
      return FAIL;
  }
};

const farm: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const hectares = decimal(v["hectares"]);
  if (hectares === FAIL) return FAIL;
  const out: Out = { hectares };
  const read = optional(out, "krusContributions", v["krusContributions"], money, 1);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const alimony: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out: Out = {};
  let read = optional(out, "awarded", v["awarded"], money, 0);
  read = optional(out, "enforcementIneffective", v["enforcementIneffective"], boolean, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const birth: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out: Out = {};
  let read = optional(out, "live", v["live"], boolean, 0);
  read = optional(out, "severeConditionCertificate", v["severeConditionCertificate"], boolean, read);
  read = optional(out, "prenatalCareFromWeek", v["prenatalCareFromWeek"], week, read);
  read = optional(out, "prenatalCareUntilBirth", v["prenatalCareUntilBirth"], boolean, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const flags: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out: Out = {};
  let read = optional(out, "receivesCareServices", v["receivesCareServices"], boolean, 0);
  read = optional(out, "inEducation", v["inEducation"], boolean, read);
  read = optional(out, "pitInMunicipality", v["pitInMunicipality"], boolean, read);
  read = optional(out, "schoolPupil", v["schoolPupil"], boolean, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const incomes = arrayOf(income, LIMITS.incomesPerMember);
const disabilities = arrayOf(disabilityEvidence, LIMITS.disabilityEvidence);
const caresFor = arrayOf(memberId, LIMITS.listedIds);

const member: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const id = printableId(v["id"]);
  const r = role(v["role"]);
  if (id === FAIL || r === FAIL) return FAIL;
  const out: Out = { id, role: r };
  let read = optional(out, "name", v["name"], printableName, 2);
  read = optional(out, "birthDate", v["birthDate"], civilDate, read);
  read = optional(out, "pesel", v["pesel"], anyString, read);
  read = optional(out, "sex", v["sex"], sex, read);
  read = optional(out, "incomes", v["incomes"], incomes, read);
  read = optional(out, "alimonyPaid", v["alimonyPaid"], money, read);
  read = optional(out, "farm", v["farm"], farm, read);
  read = optional(out, "disability", v["disability"], disabilities, read);
  read = optional(out, "residence", v["residence"], residence, read);
  read = optional(out, "situations", v["situations"], situations, read);
  read = optional(out, "caresFor", v["caresFor"], caresFor, read);
  read = optional(out, "childrenNotListed", v["childrenNotListed"], childCount, read);
  read = optional(out, "applicantRelation", v["applicantRelation"], applicantRelation, read);
  read = optional(out, "custodySince", v["custodySince"], civilDate, read);
  read = optional(out, "alimony", v["alimony"], alimony, read);
  read = optional(out, "birth", v["birth"], birth, read);
  read = optional(out, "flags", v["flags"], flags, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const municipality: Parser = (v) => {
  if (v === "other") return v;
  if (!isPlainObject(v)) return FAIL;
  const out: Out = {};
  let read = optional(out, "teryt", v["teryt"], teryt, 0);
  read = optional(out, "name", v["name"], municipalityName, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const lostIncome: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const m = memberId(v["member"]);
  const amount = money(v["amount"]);
  return m === FAIL || amount === FAIL || keyCount(v) !== 2 ? FAIL : { member: m, amount };
};

const gainedIncome: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const m = memberId(v["member"]);
  const monthly = money(v["monthly"]);
  if (m === FAIL || monthly === FAIL) return FAIL;
  const out: Out = { member: m, monthly };
  const read = optional(out, "includedInBaseYear", v["includedInBaseYear"], money, 2);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const baseYearIncomes = recordOf(money);
const lostIncomes = arrayOf(lostIncome, LIMITS.baseYearEntries);
const gainedIncomes = arrayOf(gainedIncome, LIMITS.baseYearEntries);

const baseYear: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const y = year(v["year"]);
  const i = baseYearIncomes(v["incomes"]);
  if (y === FAIL || i === FAIL) return FAIL;
  const out: Out = { year: y, incomes: i };
  let read = optional(out, "farmHectares", v["farmHectares"], decimal, 2);
  read = optional(out, "lostIncome", v["lostIncome"], lostIncomes, read);
  read = optional(out, "gainedIncome", v["gainedIncome"], gainedIncomes, read);
  return read < 0 || keyCount(v) !== read ? FAIL : out;
};

const members = arrayOf(member, LIMITS.members, 1);

const household: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const evaluationDate = civilDate(v["evaluationDate"]);
  if (evaluationDate === FAIL) return FAIL;
  const out: Out = { evaluationDate };
  let read = optional(out, "municipality", v["municipality"], municipality, 1);
  const type = householdType(v["householdType"]);
  const list = members(v["members"]);
  if (read < 0 || type === FAIL || list === FAIL) return FAIL;
  out["householdType"] = type;
  out["members"] = list;
  read += 2;
  read = optional(out, "situations", v["situations"], situations, read);
  read = optional(out, "applicationDate", v["applicationDate"], civilDate, read);
  read = optional(out, "baseYear", v["baseYear"], baseYear, read);
  read = optional(out, "incomeLoss", v["incomeLoss"], boolean, read);
  if (read < 0 || keyCount(v) !== read) return FAIL;
  return passes(out as Household, checkHousehold) ? out : FAIL;
};

/** The household, copied, when the fast path can vouch that the schema accepts it; `undefined` otherwise. */
export function fastParseHousehold(input: unknown): Household | undefined {
  const parsed = household(input);
  return parsed === FAIL ? undefined : (parsed as Household);
}
