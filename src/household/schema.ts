import * as z from "zod";
import { CIVIL_DATE_PATTERN, isCivilDate } from "../dates.js";
import { DECIMAL_PATTERN, Grosze, MONEY_PATTERN } from "../money.js";
import { PESEL_PATTERN, decodePesel } from "./pesel.js";
import {
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
import { APPLICANT_RELATIONS } from "./vocabulary.js";

/**
 * The household input. Every optional fact, when omitted, means "unknown" — never "no":
 * a member without `incomes` has unknown income, an empty `incomes` list means no income.
 * Objects are strict so that a misspelt key is an error rather than a silently unknown fact.
 */

/**
 * Bounds of the input against hostile or broken input (a list of a million incomes, a
 * megabyte name), not law. Shared with the fast path of validation (./fast-parse.ts).
 */
export const LIMITS = {
  idLength: 64,
  nameLength: 256,
  members: 10000,
  incomesPerMember: 512,
  disabilityEvidence: 50,
  listedIds: 100,
  childrenNotListed: 100,
  baseYearEntries: 100,
  /** A week of pregnancy, as a certificate can state it. */
  pregnancyWeek: { min: 1, max: 45 },
  baseYear: { min: 1990, max: 2200 },
} as const;

/** Text that is printed back (ids, names): no control characters, so nothing can drive a terminal. */
export function isPrintable(text: string): boolean {
  return !/[\u0000-\u001f\u007f-\u009f]/.test(text);
}

/**
 * `__proto__` cannot be a member id: JSON parsers and zod treat that key apart (zod drops it
 * from `baseYear.incomes`), so the income declared for such a member would be lost.
 */
export function isAllowedMemberId(id: string): boolean {
  return id !== "__proto__";
}

/** A 7-digit TERYT code of a gmina. */
export function isTeryt(text: string): boolean {
  return /^[0-9]{7}$/.test(text);
}

/**
 * The forms the checks above and the refinements below accept, as JSON Schema `pattern`s: the
 * metadata that z.toJSONSchema writes into household.schema.json and the OpenAPI document, so
 * that a client validating against them accepts the same strings. Only metadata: the library's
 * checks, and its messages, stay the functions. test/json-schema.test.ts compares the verdicts.
 */
export const PATTERNS = {
  printable: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
  teryt: "^[0-9]{7}$",
  date: CIVIL_DATE_PATTERN.source,
  money: MONEY_PATTERN.source,
  decimal: DECIMAL_PATTERN.source,
  pesel: PESEL_PATTERN.source,
} as const;

/** Where a refinement found a problem: the path under the object it checked, and the issue key. */
export type ReportIssue = (path: readonly (string | number)[], key: string) => void;

/**
 * Tax and contributions may not exceed the gross amount (art. 8 ust. 3: dochód is przychód less
 * them). Exact, in whole grosze; only amounts already known to be well formed are compared.
 */
export function checkDeductions(income: { gross: string; incomeTax?: string | undefined; healthContribution?: string | undefined; socialContribution?: string | undefined }, report: ReportIssue): void {
  const { gross, incomeTax, healthContribution, socialContribution } = income;
  if (incomeTax === undefined && healthContribution === undefined && socialContribution === undefined) return;
  if (!MONEY_PATTERN.test(gross)) return;
  const excess = new Grosze().subtract(gross);
  for (const d of [incomeTax, healthContribution, socialContribution]) {
    if (d === undefined) continue;
    if (!MONEY_PATTERN.test(d)) return;
    excess.add(d);
  }
  if (excess.isPositive()) report(["gross"], "deductions-exceed-gross");
}

/** A refinement's report as a zod issue; the issue key travels in `params`. */
function reportTo(ctx: z.core.$RefinementCtx): ReportIssue {
  return (path, key) => ctx.addIssue({ code: "custom", path: [...path], params: { key } });
}

/**
 * The zod schemas, built on first use: building them took about 10 ms of the cold start
 * (issue 8), and a valid household of the usual form never needs them — the fast path
 * (./fast-parse.ts) answers for it. They stay the definition of what is valid: an input the fast
 * path is not sure of, and every error report, goes through them.
 */
function defineSchemas() {
  const printable = z.string().refine(isPrintable, { params: { expected: "printable" } }).meta({ pattern: PATTERNS.printable });

  const civilDate = z
    .string()
    .refine(isCivilDate, { params: { expected: "date" } })
    .meta({ pattern: PATTERNS.date })
    .describe("A calendar date, YYYY-MM-DD, that the calendar has (no 2023-02-29).");

  const money = z
    .string()
    .refine((s) => MONEY_PATTERN.test(s), { params: { expected: "money" } })
    .meta({ pattern: PATTERNS.money })
    .describe('An amount in złoty as a string with at most two decimals, e.g. "1161.60".');

  const hectares = z
    .string()
    .refine((s) => DECIMAL_PATTERN.test(s), { params: { expected: "decimal" } })
    .meta({ pattern: PATTERNS.decimal })
    .describe('Hectares przeliczeniowe as a decimal string, e.g. "2.5600".');

  const validUntil = z
    .union([civilDate, z.literal("permanent")])
    .describe('Last day the orzeczenie is valid, or "permanent" (na stałe).');

  const IncomeSchema = z
    .strictObject({
      type: z.enum(INCOME_TYPES),
      gross: money.describe("Przychód of the month considered (art. 8 ust. 3)."),
      incomeTax: money.optional().describe("Podatek dochodowy od osób fizycznych."),
      healthContribution: money.optional().describe("Składka na ubezpieczenie zdrowotne."),
      socialContribution: money.optional().describe("Składki na ubezpieczenia społeczne."),
      oneOff: z
        .strictObject({ receivedOn: civilDate })
        .optional()
        .describe("A one-off income (art. 8 ust. 11), with the date it was received."),
    })
    .superRefine((income, ctx) => checkDeductions(income, reportTo(ctx)));

  const DisabilityEvidenceSchema = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("stopien"),
      degree: z.enum(DEGREES),
      validFrom: civilDate.optional(),
      validUntil: validUntil.optional(),
    }),
    z.strictObject({
      kind: z.literal("orzeczenie-dziecka"),
      indication7: z.boolean().optional().describe("Wskazanie 7: stała lub długotrwała opieka innej osoby."),
      indication8: z.boolean().optional().describe("Wskazanie 8: stały współudział opiekuna w leczeniu, rehabilitacji i edukacji."),
      validFrom: civilDate.optional(),
      validUntil: validUntil.optional(),
    }),
    z.strictObject({
      kind: z.literal("zus"),
      finding: z.enum(ZUS_FINDINGS),
      issuedOn: civilDate.optional(),
      validFrom: civilDate.optional(),
      validUntil: validUntil.optional(),
    }),
    z.strictObject({
      kind: z.literal("grupa-inwalidzka"),
      group: z.enum(INVALIDITY_GROUPS),
      validFrom: civilDate.optional(),
      validUntil: validUntil.optional(),
    }),
    z.strictObject({
      kind: z.literal("krus"),
      withZasilekPielegnacyjny: z.boolean(),
      validFrom: civilDate.optional(),
      validUntil: validUntil.optional(),
    }),
  ]);

  /**
   * The base-year income regime of the ustawa o świadczeniach rodzinnych (art. 3 pkt 1, 2, 23, 24;
   * art. 5 ust. 4–4b, 8), also used by fundusz alimentacyjny: the family's dochód of the calendar
   * year before the benefit period, with income lost removed and income gained added.
   * Computed in src/household/base-year-income.ts; never mixed with art. 8 of the social-assistance act.
   */
  const BaseYearSchema = z.strictObject({
    year: z.number().int().min(LIMITS.baseYear.min).max(LIMITS.baseYear.max).describe("The calendar year the incomes below are for (rok bazowy)."),
    incomes: z
      .record(z.string().min(1).max(LIMITS.idLength), money)
      .describe(
        "Member id → the member's dochód of the base year (art. 3 pkt 1 ustawy o świadczeniach rodzinnych: after tax, contributions and costs, less alimony paid to others). A member not listed: unknown. \"0\": no income.",
      ),
    farmHectares: hectares
      .optional()
      .describe('Hektary przeliczeniowe of the family\'s farm in the base year. Omitted: unknown. "0": no farm.'),
    lostIncome: z
      .array(z.strictObject({ member: z.string().min(1).max(LIMITS.idLength), amount: money.describe("The base-year dochód from the source that was lost.") }))
      .max(LIMITS.baseYearEntries)
      .optional()
      .describe("Utrata dochodu (art. 3 pkt 23, art. 5 ust. 4). Omitted: unknown. Empty list: none."),
    gainedIncome: z
      .array(
        z.strictObject({
          member: z.string().min(1).max(LIMITS.idLength),
          monthly: money.describe("The monthly dochód gained, as art. 5 ust. 4a–4b fixes it."),
          includedInBaseYear: money.optional().describe("The part of the base-year dochód already coming from this source (gained during the base year)."),
        }),
      )
      .max(LIMITS.baseYearEntries)
      .optional()
      .describe("Uzyskanie dochodu (art. 3 pkt 24, art. 5 ust. 4a). Omitted: unknown. Empty list: none."),
  });

  const MemberSchema = z.strictObject({
    id: printable
      .min(1)
      .max(LIMITS.idLength)
      .refine(isAllowedMemberId, { params: { key: "reserved-id" } })
      .describe("Identifier unique within the household (any text but `__proto__`)."),
    role: z.enum(ROLES),
    name: printable.max(LIMITS.nameLength).optional().describe("Printed only when asked; redacted by --redact."),
    birthDate: civilDate.optional(),
    pesel: z
      .string()
      .meta({ pattern: PATTERNS.pesel })
      .optional()
      .describe("11-digit PESEL; its checksum is verified and the birth date derived. The pattern checks the digits, the month and the day; the check digit and 29 February of a common year are checked by the library only."),
    sex: z.enum(SEXES).optional(),
    incomes: z.array(IncomeSchema).max(LIMITS.incomesPerMember).optional().describe("Omitted: unknown. Empty list: no income."),
    alimonyPaid: money.optional().describe("Alimony this member pays to people outside the household (art. 8 ust. 3 pkt 3)."),
    farm: z
      .strictObject({ hectares, krusContributions: money.optional() })
      .optional()
      .describe("Farm in hectares przeliczeniowe, and the monthly KRUS contributions paid."),
    disability: z.array(DisabilityEvidenceSchema).max(LIMITS.disabilityEvidence).optional().describe("Omitted: unknown. Empty list: none."),
    residence: z
      .enum(RESIDENCE_STATUSES)
      .optional()
      .describe(
        "Residence status (ustawa o pomocy społecznej art. 5, 5a): trafficking-victim = zaświadczenie under art. 170 or zezwolenie na pobyt czasowy under art. 176 ustawy o cudzoziemcach; ukrainian-special-act = a Ukrainian citizen whose stay is legal under the ustawa of 12 March 2022 o pomocy obywatelom Ukrainy (PESEL with status UKR).",
      ),
    residencePermitGround: z
      .enum(RESIDENCE_PERMIT_GROUNDS)
      .optional()
      .describe("For a temporary-residence permit: the provision of the ustawa o cudzoziemcach it was granted under (art. 159 ust. 1 pkt 1 lit. c or d, art. 186 ust. 1 pkt 3, or other). Omitted: unknown."),
    situations: z.array(z.enum(SITUATIONS)).max(SITUATIONS.length).optional(),
    caresFor: z
      .array(z.string().min(1).max(LIMITS.idLength))
      .max(LIMITS.listedIds)
      .optional()
      .describe("Ids of the members this member directly cares for (sprawuje bezpośrednią opiekę). Omitted: unknown. Empty list: nobody."),
    childrenNotListed: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.childrenNotListed)
      .optional()
      .describe("Children this member has or had in their care who are not listed in members (grown up, living elsewhere). Omitted: unknown."),
    applicantRelation: z
      .enum(APPLICANT_RELATIONS)
      .optional()
      .describe("The applicant's relation to this member, when a benefit is claimed for them (e.g. a child)."),
    custodySince: civilDate
      .optional()
      .describe("Date the applicant took this child into custody (opieka prawna, opieka faktyczna) or adopted them."),
    alimony: z
      .strictObject({
        awarded: money
          .optional()
          .describe("Monthly alimony (alimenty) set for this member by a court or a court settlement (ustawa o pomocy osobom uprawnionym do alimentów, art. 2 pkt 11). Omitted: unknown."),
        enforcementIneffective: z
          .boolean()
          .optional()
          .describe("Enforcement of the alimony was ineffective (bezskuteczność egzekucji, art. 2 pkt 2 of that act). Omitted: unknown."),
      })
      .optional()
      .describe("Alimony due to this member (for fundusz alimentacyjny)."),
    birth: z
      .strictObject({
        live: z.boolean().optional().describe("Urodzenie żywe."),
        severeConditionCertificate: z
          .boolean()
          .optional()
          .describe("Zaświadczenie lekarskie (art. 4 ust. 3 ustawy „Za życiem”): ciężkie i nieodwracalne upośledzenie albo nieuleczalna choroba zagrażająca życiu, powstałe w okresie prenatalnym lub w czasie porodu."),
        prenatalCareFromWeek: z
          .number()
          .int()
          .min(LIMITS.pregnancyWeek.min)
          .max(LIMITS.pregnancyWeek.max)
          .optional()
          .describe("Week of pregnancy from which the mother was under medical care, as the doctor's or midwife's certificate states."),
        prenatalCareUntilBirth: z.boolean().optional().describe("The mother stayed under medical care until the birth."),
      })
      .optional()
      .describe("Facts of this member's birth (for a child a birth benefit is claimed for)."),
    flags: z
      .strictObject({
        receivesCareServices: z.boolean().optional().describe("Already receives usługi opiekuńcze or specjalistyczne usługi opiekuńcze."),
        inEducation: z.boolean().optional().describe("Attends school or higher education."),
        pitInMunicipality: z
          .boolean()
          .optional()
          .describe("Files PIT with the tax office competent for a resident of the municipality of residence (e.g. Kraków's KKR 3+)."),
        schoolPupil: z
          .boolean()
          .optional()
          .describe("Uczeń szkoły (or słuchacz kolegium/ośrodka) within ustawa o systemie oświaty art. 90b ust. 3 — not a student of higher education."),
        receivesNursingSupplement: z
          .boolean()
          .optional()
          .describe("Entitled to the dodatek pielęgnacyjny paid with a pension (ZUS, KRUS); excludes zasiłek pielęgnacyjny (art. 16 ust. 6 ustawy o świadczeniach rodzinnych)."),
        disabilityBefore21: z
          .boolean()
          .optional()
          .describe("The orzeczenie o umiarkowanym stopniu niepełnosprawności states that the disability arose before the 21st birthday (art. 16 ust. 2 pkt 3)."),
        inFullCareInstitution: z
          .boolean()
          .optional()
          .describe("Placed in an instytucja zapewniająca całodobowe utrzymanie free of charge (art. 3 pkt 7; e.g. DPS, zakład karny, młodzieżowy ośrodek wychowawczy)."),
        livesWithCarer: z
          .boolean()
          .optional()
          .describe("Lives together (in one household) with the member who directly cares for them (caresFor), e.g. for opieka wytchnieniowa."),
      })
      .optional(),
  });

  const MunicipalitySchema = z.union([
    z.literal("other"),
    z.strictObject({
      teryt: z.string().refine(isTeryt, { params: { expected: "teryt" } }).meta({ pattern: PATTERNS.teryt }).optional(),
      name: z.string().max(LIMITS.nameLength).optional(),
    }),
  ]);

  const HouseholdFields = z.strictObject({
    evaluationDate: civilDate.describe("The date on which the law is applied."),
    municipality: MunicipalitySchema.optional(),
    householdType: z
      .enum(HOUSEHOLD_TYPES)
      .describe("single: osoba samotnie gospodarująca; family: rodzina (art. 6 pkt 14)."),
    members: z.array(MemberSchema).min(1).max(LIMITS.members),
    situations: z
      .array(z.enum(SITUATIONS))
      .max(SITUATIONS.length)
      .optional()
      .describe("Art. 7 situations of the household. Omitted: unknown."),
    applicationDate: civilDate
      .optional()
      .describe("Date the application (wniosek) was filed, where a benefit has an application deadline."),
    baseYear: BaseYearSchema.optional().describe(
      "Income of the base year (rok bazowy) for świadczenia rodzinne and fundusz alimentacyjny. Omitted: unknown.",
    ),
    incomeLoss: z
      .boolean()
      .optional()
      .describe("Income was lost: art. 8 ust. 3 then counts the month of the application, not the month before."),
  }).describe(
    "A household to evaluate. Every field's form is in this schema (dates that the calendar has, amounts, PESEL digits, lengths); " +
      "what only the library checks, because it joins fields or needs a table: exactly one applicant; one member when single; " +
      "member ids unique and not __proto__, and caresFor / baseYear ids naming another member; deductions not above the gross amount; " +
      "a PESEL's check digit, its 29 February in a common year, and its agreement with birthDate and sex; nobody born after evaluationDate; " +
      "a municipality name or TERYT code that the library knows, and that agree.",
  );

  const household = HouseholdFields.superRefine((h, ctx) => checkHousehold(h, reportTo(ctx)));
  return { household, fields: HouseholdFields, income: IncomeSchema, disability: DisabilityEvidenceSchema };
}

type Schemas = ReturnType<typeof defineSchemas>;
let defined: Schemas | undefined;
function schemas(): Schemas {
  defined ??= defineSchemas();
  return defined;
}

/** The household input as a zod schema (built when first used). */
export const HouseholdSchema = z.lazy(() => schemas().household);

/**
 * The rules that join fields of the household: one applicant, one member when single, ids that
 * exist and do not repeat, a PESEL that agrees with the birth date and sex, nobody born after
 * the evaluation date.
 */
export function checkHousehold(h: z.output<Schemas["fields"]>, report: ReportIssue): void {
  // Plain loops: this runs for every household evaluated. The order of the issues is part of the output.
  const ids = new Set<string>();
  let applicants = 0;
  for (const m of h.members) {
    ids.add(m.id);
    if (m.role === "applicant") applicants++;
  }
  if (applicants !== 1) report(["members"], "one-applicant");
  if (h.householdType === "single" && h.members.length !== 1) report(["householdType"], "single-has-one-member");
  h.members.forEach((m, i) => {
    m.caresFor?.forEach((id, j) => {
      if (!ids.has(id) || id === m.id) report(["members", i, "caresFor", j], "unknown-member-id");
    });
  });
  if (h.baseYear) {
    const by = h.baseYear;
    for (const id of Object.keys(by.incomes)) if (!ids.has(id)) report(["baseYear", "incomes", id], "unknown-member-id");
    for (const list of ["lostIncome", "gainedIncome"] as const) {
      by[list]?.forEach((entry, j) => {
        if (!ids.has(entry.member)) report(["baseYear", list, j, "member"], "unknown-member-id");
      });
    }
  }
  const seen = new Set<string>();
  h.members.forEach((m, i) => {
    if (seen.has(m.id)) report(["members", i, "id"], "duplicate-id");
    seen.add(m.id);
    let birthDate = m.birthDate;
    if (m.pesel !== undefined) {
      const decoded = decodePesel(m.pesel);
      if (typeof decoded === "string") {
        report(["members", i, "pesel"], `pesel-${decoded}`);
      } else {
        if (m.birthDate !== undefined && m.birthDate !== decoded.birthDate) report(["members", i, "birthDate"], "pesel-birth-date-mismatch");
        if (m.sex !== undefined && m.sex !== decoded.sex) report(["members", i, "sex"], "pesel-sex-mismatch");
        birthDate = decoded.birthDate;
      }
    }
    if (birthDate !== undefined && isCivilDate(birthDate) && birthDate > h.evaluationDate) {
      report(["members", i, m.birthDate ? "birthDate" : "pesel"], "born-after-evaluation");
    }
  });
}

/** The household as written by the caller (before validation). */
export type HouseholdInput = z.input<Schemas["household"]>;
/** A validated household. */
export type Household = z.output<Schemas["household"]>;
export type Member = Household["members"][number];
export type Income = z.output<Schemas["income"]>;
export type DisabilityEvidence = z.output<Schemas["disability"]>;
