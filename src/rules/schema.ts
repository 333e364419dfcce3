import * as z from "zod";
import { isCivilDate } from "../dates.js";
import { DECIMAL_PATTERN } from "../money.js";
import { DEGREES, RESIDENCE_PERMIT_GROUNDS, RESIDENCE_STATUSES, SITUATIONS } from "../household/vocabulary.js";
import { APPLICANT_RELATIONS, MEMBER_FACTS, MEMBER_FLAGS, ROLES } from "../household/vocabulary.js";

/**
 * The schema of a rule file in `rules/`. Rule files are data: the law's numbers with their
 * validity periods and the instruments that set them, plus — for programmes — the conditions
 * drawn from the fixed vocabulary in `src/conditions/`.
 */

const civilDate = z.string().refine(isCivilDate, "expected a YYYY-MM-DD date");
const text = z.strictObject({ pl: z.string().min(1), en: z.string().min(1) });
const parameterName = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
const ruleId = z.string().regex(/^[a-z]+(\/[a-z0-9-]+)+$/);

/** The instrument that set a value: act, provision, publication (Dz.U., M.P., local gazette). */
export const CitationSchema = z.strictObject({
  instrument: z.string().min(1),
  provision: z.string().min(1).optional(),
  publication: z.string().min(1),
  url: z.url().optional(),
  confidence: z.enum(["official-text", "verified", "single-source"]).optional(),
  note: z.string().optional(),
});

/** A parameter value: a decimal string, or `null` for a value the law leaves open (see openQuestions). */
const parameterValue = z.union([z.string().regex(DECIMAL_PATTERN, "expected a decimal string"), z.null()]);

const label = text.optional();
const basis = z.string().optional();

const base = { label, basis };

export type ConditionSpec =
  | CatalogueBSpec
  | BaseYearIncomeSpec
  | { kind: "income"; criterion: string; operator: "lte" | "lt"; scope: "household" | "claimant" | "family-per-person"; percent?: string | undefined; regime?: "cash" | "in-kind" | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "situation"; anyOf?: readonly string[] | undefined; otherwise?: "fail" | "assess" | undefined; label?: Text | undefined; basis?: string | undefined }
  | ResidenceSpec
  | { kind: "age"; min?: string | undefined; below?: string | undefined; method: "birthday" | "birth-year"; label?: Text | undefined; basis?: string | undefined }
  | { kind: "retirement-age"; female: string; male: string; ceiling?: string | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "disability"; degrees: readonly string[]; label?: Text | undefined; basis?: string | undefined }
  | { kind: "any-of"; conditions: readonly ConditionSpec[]; label?: Text | undefined; basis?: string | undefined }
  // Catalogue A (issue 3): conditions on another member, member facts, deadlines.
  | { kind: "fact"; fact: MemberFact; equals?: boolean | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "relation"; anyOf: readonly string[]; label?: Text | undefined; basis?: string | undefined }
  | { kind: "prenatal-care"; latestWeek: string; exempt?: readonly string[] | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "application-deadline"; months: string; holidays?: string | undefined; carers?: readonly string[] | undefined; carerAgeLimit?: string | undefined; label?: Text | undefined; basis?: string | undefined };
export type MemberFlag = (typeof MEMBER_FLAGS)[number];
export type MemberFact = (typeof MEMBER_FACTS)[number];
export type Text = z.infer<typeof text>;
/**
 * Catalogue B (issue 3): counting and selecting other members (children of a family card, the
 * person a carer looks after), conjunction, a child's orzeczenie, assessment and priority notes.
 */
export type CatalogueBSpec =
  | { kind: "count"; who: CountSelector; conditions: readonly ConditionSpec[]; min?: string | undefined; alsoCount?: "childrenNotListed" | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "all-of"; conditions: readonly ConditionSpec[]; label?: Text | undefined; basis?: string | undefined }
  | { kind: "child-disability"; indications?: readonly ("7" | "8")[] | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "household-type"; anyOf: readonly ("single" | "family")[]; label?: Text | undefined; basis?: string | undefined }
  | { kind: "assessment"; reason: Text; openQuestion?: string | undefined; label?: Text | undefined; basis?: string | undefined }
  | { kind: "priority"; conditions: readonly ConditionSpec[]; label?: Text | undefined; basis?: string | undefined };
/**
 * The claimant's residence status: `full` gives access, `assess` leaves it to the office, any
 * other status fails. `permitGrounds`: a temporary-residence permit gives access only when granted
 * on one of these grounds (art. 5 pkt 2 lit. a ustawy o pomocy społecznej); its ground unknown is
 * a missing fact. `periods`: statuses that give access (or an assessment) only between two dates,
 * e.g. a special act's.
 */
export type ResidenceSpec = {
  kind: "residence";
  full: readonly string[];
  assess?: readonly string[] | undefined;
  permitGrounds?: readonly string[] | undefined;
  periods?: readonly ResidencePeriod[] | undefined;
  label?: Text | undefined;
  basis?: string | undefined;
};
export type ResidencePeriod = { from: string; to?: string | undefined; full?: readonly string[] | undefined; assess?: readonly string[] | undefined; basis: string };
/** Members a `count` condition looks at: those with one of `roles`, together with those the applicant cares for. */
/**
 * Family benefits (issue: świadczenia rodzinne and fundusz alimentacyjny): income of the base
 * year (src/household/base-year-income.ts) against a per-person criterion, optionally raised
 * when `raisedWhen` holds, with "złotówka za złotówkę" (`taper`) where the version says so.
 */
export type BaseYearIncomeSpec = {
  kind: "base-year-income";
  criterion: string;
  regime: string;
  farm: string;
  operator: "lte";
  raisedParameter?: string | undefined;
  raisedWhen?: ConditionSpec | undefined;
  taper: "zasilek-rodzinny" | "fundusz-alimentacyjny";
  label?: Text | undefined;
  basis?: string | undefined;
};
/** Which members a `count` looks at: those with one of `roles` or cared for by the applicant (all members when neither is given), narrowed to those with `flags.<flag>` true. */
export type CountSelector = { roles?: readonly string[] | undefined; caredFor?: boolean | undefined; flag?: MemberFlag | undefined };

export const ConditionSchema: z.ZodType<ConditionSpec> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("income"),
      criterion: ruleId,
      /** "in-kind": benefits in kind, for which art. 8 ust. 4a does not exclude the świadczenie uzupełniające. Default "cash". */
      regime: z.enum(["cash", "in-kind"]).optional(),
      operator: z.enum(["lte", "lt"]),
      scope: z.enum(["household", "claimant", "family-per-person"]),
      percent: parameterName.optional(),
      ...base,
    }),
    z.strictObject({
      kind: z.literal("situation"),
      anyOf: z.array(z.enum(SITUATIONS)).optional(),
      /** When known situations match none of `anyOf`: "fail", or "assess" where the list is open ("w szczególności"). */
      otherwise: z.enum(["fail", "assess"]).optional(),
      ...base,
    }),
    z.strictObject({
      kind: z.literal("residence"),
      full: z.array(z.enum(RESIDENCE_STATUSES)),
      assess: z.array(z.enum(RESIDENCE_STATUSES)).optional(),
      permitGrounds: z.array(z.enum(RESIDENCE_PERMIT_GROUNDS)).min(1).optional(),
      periods: z
        .array(
          z.strictObject({
            from: civilDate,
            to: civilDate.optional(),
            full: z.array(z.enum(RESIDENCE_STATUSES)).optional(),
            assess: z.array(z.enum(RESIDENCE_STATUSES)).optional(),
            basis: z.string().min(1),
          }),
        )
        .optional(),
      ...base,
    }),
    z.strictObject({
      kind: z.literal("age"),
      min: parameterName.optional(),
      below: parameterName.optional(),
      method: z.enum(["birthday", "birth-year"]),
      ...base,
    }),
    z.strictObject({
      kind: z.literal("retirement-age"),
      female: parameterName,
      male: parameterName,
      /** The highest retirement age any reading of the period allows: reaching it decides even when the exact age is open. */
      ceiling: parameterName.optional(),
      ...base,
    }),
    z.strictObject({ kind: z.literal("disability"), degrees: z.array(z.enum(DEGREES)).min(1), ...base }),
    z.strictObject({ kind: z.literal("any-of"), conditions: z.array(ConditionSchema).min(2), ...base }),
    z.strictObject({ kind: z.literal("fact"), fact: z.enum(MEMBER_FACTS), equals: z.boolean().optional(), ...base }),
    z.strictObject({ kind: z.literal("relation"), anyOf: z.array(z.enum(APPLICANT_RELATIONS)).min(1), ...base }),
    z.strictObject({
      kind: z.literal("prenatal-care"),
      latestWeek: parameterName,
      exempt: z.array(z.enum(APPLICANT_RELATIONS)).optional(),
      ...base,
    }),
    z.strictObject({
      kind: z.literal("application-deadline"),
      months: parameterName,
      /** Rule listing the days on which a term cannot end (KPA art. 57 § 5), e.g. pl/dni-wolne-od-pracy. */
      holidays: ruleId.optional(),
      carers: z.array(z.enum(APPLICANT_RELATIONS)).optional(),
      carerAgeLimit: parameterName.optional(),
      ...base,
    }),
    ...catalogueBSchemas(),
    z.strictObject({
      kind: z.literal("base-year-income"),
      /** Parameters rule with `perPerson` (and the raised parameter) by period. */
      criterion: ruleId,
      /** Parameters rule of the act's income regime (benefit period start, months of the base year). */
      regime: ruleId,
      /** Parameters rule with the yearly GUS income from 1 ha przeliczeniowy, one version per base year. */
      farm: ruleId,
      operator: z.literal("lte"),
      raisedParameter: parameterName.optional(),
      raisedWhen: ConditionSchema.optional(),
      /** Which benefit's full amount "złotówka za złotówkę" reduces (applied where the version's `taper` is 1). */
      taper: z.enum(["zasilek-rodzinny", "fundusz-alimentacyjny"]),
      ...base,
    }),
  ]),
);

/** Zod schemas of the Catalogue B kinds (see `CatalogueBSpec`). */
function catalogueBSchemas() {
  return [
    z.strictObject({
      kind: z.literal("count"),
      who: z
        .strictObject({ roles: z.array(z.enum(ROLES)).min(1).optional(), caredFor: z.boolean().optional(), flag: z.enum(MEMBER_FLAGS).optional() })
        .refine((w) => w.roles !== undefined || w.caredFor === true || w.flag !== undefined, "count selects by roles, caredFor and/or flag"),
      conditions: z.array(ConditionSchema),
      /** At least this many selected members must meet the conditions (a parameter); default one. */
      min: parameterName.optional(),
      /** Also count the applicant's children not listed as members (KDR: "ma lub miał"). */
      alsoCount: z.literal("childrenNotListed").optional(),
      ...base,
    }),
    z.strictObject({ kind: z.literal("all-of"), conditions: z.array(ConditionSchema).min(2), ...base }),
    z.strictObject({ kind: z.literal("child-disability"), indications: z.array(z.enum(["7", "8"])).min(1).optional(), ...base }),
    z.strictObject({ kind: z.literal("household-type"), anyOf: z.array(z.enum(["single", "family"])).min(1), ...base }),
    z.strictObject({ kind: z.literal("assessment"), reason: text, openQuestion: z.string().regex(/^[a-z0-9-]+$/).optional(), ...base }),
    z.strictObject({ kind: z.literal("priority"), conditions: z.array(ConditionSchema).min(1), ...base }),
  ] as const;
}

export const VersionSchema = z.strictObject({
  from: civilDate,
  to: civilDate.optional(),
  parameters: z.record(parameterName, parameterValue).default({}),
  /** Categorical mappings the law sets (e.g. art. 5 equivalences, art. 8 ust. 4 exclusions). */
  table: z.record(z.string(), z.string()).optional(),
  /** Conditions of this version when an edition changed them (replacing the rule's `conditions`). */
  conditions: z.array(ConditionSchema).optional(),
  reference: CitationSchema,
  note: z.string().optional(),
  /** Open questions of the rule that bear on every decision made under this version. */
  openQuestions: z.array(z.string()).optional(),
});

export const OpenQuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(1),
  handling: z.string().min(1),
  /** Parameters this question leaves open (`null` in some version). */
  parameters: z.array(parameterName).optional(),
});

export const RoundingSchema = z.strictObject({
  mode: z.enum(["up", "down", "half-up"]),
  statutory: z.boolean(),
  explanation: text,
});

export const RuleSchema = z
  .strictObject({
    id: ruleId,
    /** The rule file this came from, e.g. `rules/pl/pomoc-spoleczna/zasilek-staly.yaml`. */
    source: z.string(),
    kind: z.enum(["parameters", "programme"]),
    title: text,
    summary: text.optional(),
    /** "pl" for national law, or the TERYT code of the gmina whose residents it serves. */
    jurisdiction: z.union([z.literal("pl"), z.string().regex(/^[0-9]{7}$/)]),
    legalBasis: CitationSchema,
    discretionary: z.boolean().optional(),
    /** What the office decides when the programme is discretionary, in words (defaults to "może być przyznane"). */
    discretion: text.optional(),
    formula: z.enum(["zasilek-staly", "zasilek-okresowy", "fixed-amount", "zasilek-rodzinny", "fundusz-alimentacyjny"]).optional(),
    rounding: RoundingSchema.optional(),
    conditions: z.array(ConditionSchema).optional(),
    versions: z.array(VersionSchema).min(1),
    /**
     * A programme run in editions (announced one by one, e.g. each year): a date after the last
     * edition the rules know is an edition the library does not know, not the programme's end.
     * Its last version ends with its basis unless `openEnded` says why it may not.
     */
    editions: z
      .strictObject({
        /** How an edition comes about, e.g. announced each year by the minister. */
        announced: z.string().min(1),
        /** Why the last known edition has no end date; without it, the last version must end. */
        openEnded: z.string().min(1).optional(),
      })
      .optional(),
    /** Periods no version covers, on purpose: the programme did not exist or was suspended. */
    gaps: z.array(z.strictObject({ from: civilDate, to: civilDate, reason: z.string().min(1) })).optional(),
    openQuestions: z.array(OpenQuestionSchema).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === "programme" && !rule.conditions && !rule.versions.every((v) => v.conditions)) {
      ctx.addIssue({ code: "custom", path: ["conditions"], message: "a programme lists its conditions" });
    }
  });

export type Citation = z.infer<typeof CitationSchema>;
export type RuleVersion = z.infer<typeof VersionSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;
export type Rounding = z.infer<typeof RoundingSchema>;
