import { isCivilDate } from "../dates.js";
import { DECIMAL_PATTERN, MONEY_PATTERN } from "../money.js";
import { type Household, LIMITS, type ReportIssue, checkDeductions, checkHousehold, isAllowedMemberId, isPrintable, isTeryt } from "./schema.js";
import {
  APPLICANT_RELATIONS,
  DEGREES,
  HOUSEHOLD_TYPES,
  INCOME_TYPES,
  INVALIDITY_GROUPS,
  RESIDENCE_PERMIT_GROUNDS,
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
 * returns, but for the fields left out, which it sets to `undefined` (below).
 * test/fast-parse.test.ts checks both on every fixture and on each of them broken field by field,
 * and that it knows every field the schema has. The checks that join fields (deductions ≤ gross,
 * one applicant, PESEL against the birth date…) are the schema's own functions, called here as
 * they are there.
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
 * Strict objects, one function each, written as the object they return: every field of the
 * schema's object in the schema's order, `undefined` where the input leaves it out. So every
 * member (every income, every stopień…) the fast path returns has the same fields in the same
 * order, and the code that evaluates the household reads one shape of each, not one shape per
 * combination of fields a caller happened to give. Fields are read by name: a load by a
 * constant name is several times cheaper than one by a variable key.
 *
 * `complete` then accepts the object when no field failed and the input had no key beyond the
 * fields given. Any key the schema does not name, any key set to `undefined` (zod keeps it,
 * this path does not), and any inherited or hidden key makes the count of keys differ from the
 * count of fields given — and the object goes to zod.
 */
type Out = Record<string, unknown>;

/** An optional field: `undefined` when not given, else what its parser makes of it. */
const optional = (value: unknown, parse: Parser): unknown => (value === undefined ? undefined : parse(value));

/** Whether no field of `out` failed and `input` has exactly the keys of the fields given. */
function complete(out: Out, input: Out): boolean {
  let given = 0;
  for (const key in out) {
    const value = out[key];
    if (value === FAIL) return false;
    if (value !== undefined) given++;
  }
  return given === keyCount(input);
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
const printableId = string((s) => isPrintable(s) && isAllowedMemberId(s), 1, LIMITS.idLength);
const printableName = string(isPrintable, 0, LIMITS.nameLength);
const anyString = string();
const incomeType = oneOf(INCOME_TYPES);
const situation = oneOf(SITUATIONS);
const situations = arrayOf(situation, SITUATIONS.length);
const role = oneOf(ROLES);
const sex = oneOf(SEXES);
const residence = oneOf(RESIDENCE_STATUSES);
const residencePermitGround = oneOf(RESIDENCE_PERMIT_GROUNDS);
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
  const out = { receivedOn: civilDate(v["receivedOn"]) };
  return complete(out, v) ? out : FAIL;
};

const income: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    type: incomeType(v["type"]),
    gross: money(v["gross"]),
    incomeTax: optional(v["incomeTax"], money),
    healthContribution: optional(v["healthContribution"], money),
    socialContribution: optional(v["socialContribution"], money),
    oneOff: optional(v["oneOff"], oneOff),
  };
  return complete(out, v) && passes(out as Parameters<typeof checkDeductions>[0], checkDeductions) ? out : FAIL;
};

/** Disability evidence of each kind: its own fields, then validFrom and validUntil, which every kind has. */
const disabilityEvidence: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  let out: Out;
  switch (v["kind"]) {
    case "stopien":
      out = { kind: "stopien", degree: degree(v["degree"]), validFrom: optional(v["validFrom"], civilDate), validUntil: optional(v["validUntil"], validUntil) };
      break;
    case "orzeczenie-dziecka":
      out = {
        kind: "orzeczenie-dziecka",
        indication7: optional(v["indication7"], boolean),
        indication8: optional(v["indication8"], boolean),
        validFrom: optional(v["validFrom"], civilDate),
        validUntil: optional(v["validUntil"], validUntil),
      };
      break;
    case "zus":
      out = {
        kind: "zus",
        finding: finding(v["finding"]),
        issuedOn: optional(v["issuedOn"], civilDate),
        validFrom: optional(v["validFrom"], civilDate),
        validUntil: optional(v["validUntil"], validUntil),
      };
      break;
    case "grupa-inwalidzka":
      out = { kind: "grupa-inwalidzka", group: group(v["group"]), validFrom: optional(v["validFrom"], civilDate), validUntil: optional(v["validUntil"], validUntil) };
      break;
    case "krus":
      out = {
        kind: "krus",
        withZasilekPielegnacyjny: boolean(v["withZasilekPielegnacyjny"]),
        validFrom: optional(v["validFrom"], civilDate),
        validUntil: optional(v["validUntil"], validUntil),
      };
      break;
    default:
      return FAIL;
  }
  return complete(out, v) ? out : FAIL;
};

const farm: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = { hectares: decimal(v["hectares"]), krusContributions: optional(v["krusContributions"], money) };
  return complete(out, v) ? out : FAIL;
};

const alimony: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = { awarded: optional(v["awarded"], money), enforcementIneffective: optional(v["enforcementIneffective"], boolean) };
  return complete(out, v) ? out : FAIL;
};

const birth: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    live: optional(v["live"], boolean),
    severeConditionCertificate: optional(v["severeConditionCertificate"], boolean),
    prenatalCareFromWeek: optional(v["prenatalCareFromWeek"], week),
    prenatalCareUntilBirth: optional(v["prenatalCareUntilBirth"], boolean),
  };
  return complete(out, v) ? out : FAIL;
};

const flags: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    receivesCareServices: optional(v["receivesCareServices"], boolean),
    inEducation: optional(v["inEducation"], boolean),
    pitInMunicipality: optional(v["pitInMunicipality"], boolean),
    schoolPupil: optional(v["schoolPupil"], boolean),
    receivesNursingSupplement: optional(v["receivesNursingSupplement"], boolean),
    disabilityBefore21: optional(v["disabilityBefore21"], boolean),
    inFullCareInstitution: optional(v["inFullCareInstitution"], boolean),
    livesWithCarer: optional(v["livesWithCarer"], boolean),
  };
  return complete(out, v) ? out : FAIL;
};

const incomes = arrayOf(income, LIMITS.incomesPerMember);
const disabilities = arrayOf(disabilityEvidence, LIMITS.disabilityEvidence);
const caresFor = arrayOf(memberId, LIMITS.listedIds);

const member: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    id: printableId(v["id"]),
    role: role(v["role"]),
    name: optional(v["name"], printableName),
    birthDate: optional(v["birthDate"], civilDate),
    pesel: optional(v["pesel"], anyString),
    sex: optional(v["sex"], sex),
    incomes: optional(v["incomes"], incomes),
    alimonyPaid: optional(v["alimonyPaid"], money),
    farm: optional(v["farm"], farm),
    disability: optional(v["disability"], disabilities),
    residence: optional(v["residence"], residence),
    residencePermitGround: optional(v["residencePermitGround"], residencePermitGround),
    situations: optional(v["situations"], situations),
    caresFor: optional(v["caresFor"], caresFor),
    childrenNotListed: optional(v["childrenNotListed"], childCount),
    applicantRelation: optional(v["applicantRelation"], applicantRelation),
    custodySince: optional(v["custodySince"], civilDate),
    alimony: optional(v["alimony"], alimony),
    birth: optional(v["birth"], birth),
    flags: optional(v["flags"], flags),
  };
  return complete(out, v) ? out : FAIL;
};

const municipality: Parser = (v) => {
  if (v === "other") return v;
  if (!isPlainObject(v)) return FAIL;
  const out = { teryt: optional(v["teryt"], teryt), name: optional(v["name"], municipalityName) };
  return complete(out, v) ? out : FAIL;
};

const lostIncome: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = { member: memberId(v["member"]), amount: money(v["amount"]) };
  return complete(out, v) ? out : FAIL;
};

const gainedIncome: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = { member: memberId(v["member"]), monthly: money(v["monthly"]), includedInBaseYear: optional(v["includedInBaseYear"], money) };
  return complete(out, v) ? out : FAIL;
};

const baseYearIncomes = recordOf(money);
const lostIncomes = arrayOf(lostIncome, LIMITS.baseYearEntries);
const gainedIncomes = arrayOf(gainedIncome, LIMITS.baseYearEntries);

const baseYear: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    year: year(v["year"]),
    incomes: baseYearIncomes(v["incomes"]),
    farmHectares: optional(v["farmHectares"], decimal),
    lostIncome: optional(v["lostIncome"], lostIncomes),
    gainedIncome: optional(v["gainedIncome"], gainedIncomes),
  };
  return complete(out, v) ? out : FAIL;
};

const members = arrayOf(member, LIMITS.members, 1);

const household: Parser = (v) => {
  if (!isPlainObject(v)) return FAIL;
  const out = {
    evaluationDate: civilDate(v["evaluationDate"]),
    municipality: optional(v["municipality"], municipality),
    householdType: householdType(v["householdType"]),
    members: members(v["members"]),
    situations: optional(v["situations"], situations),
    applicationDate: optional(v["applicationDate"], civilDate),
    baseYear: optional(v["baseYear"], baseYear),
    incomeLoss: optional(v["incomeLoss"], boolean),
  };
  return complete(out, v) && passes(out as Household, checkHousehold) ? out : FAIL;
};

/** The household, copied, when the fast path can vouch that the schema accepts it; `undefined` otherwise. */
export function fastParseHousehold(input: unknown): Household | undefined {
  const parsed = household(input);
  return parsed === FAIL ? undefined : (parsed as Household);
}
