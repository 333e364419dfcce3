import * as z from "zod";
import type { InputIssue } from "../errors.js";
import type { ConditionResult, ProgrammeDecision, ProgrammeResult } from "../explain/trace.js";
import type { Decision, Evaluation } from "../evaluation/result.js";
import type { Question } from "../questions/question.js";
import { CitationSchema, OpenQuestionSchema, VersionSchema } from "../rules/schema.js";

/**
 * The library's results as zod schemas, for the HTTP API's OpenAPI document. Each is tied to the
 * TypeScript type it describes (`Same` below fails the type-check when the two part), and the
 * server's tests validate every response against the document: a result field added, removed or
 * retyped in the library cannot leave the document behind.
 */

const text = z.strictObject({ pl: z.string(), en: z.string() });
const text3 = z.strictObject({ pl: z.string(), en: z.string(), uk: z.string() });
const outcome = z.enum(["eligible", "not-eligible", "needs-assessment"]);
const range = z.strictObject({ min: z.string(), max: z.string() });

export const MessageSchema = z.strictObject({ key: z.string(), args: z.record(z.string(), z.string()) });

export const VersionRefSchema = z.strictObject({ rule: z.string(), from: z.string(), to: z.string().optional(), reference: CitationSchema });

export const ConditionResultSchema = z.strictObject({
  kind: z.string(),
  status: z.enum(["pass", "fail", "unknown", "assess", "not-applicable"]),
  basis: z.string().optional(),
  label: text.optional(),
  message: MessageSchema,
  facts: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.string()),
  missing: z.array(z.string()),
  openQuestions: z.array(z.string()),
  sources: z.array(VersionRefSchema),
  get children() {
    return z.array(ConditionResultSchema).optional();
  },
});

const decisionFields = {
  programme: z.string(),
  title: text,
  jurisdiction: z.string(),
  outcome,
  amount: z.string().optional(),
  range: range.optional(),
  missing: z.array(z.string()),
  discretionary: z.boolean(),
  version: VersionRefSchema.optional(),
  legalBasis: CitationSchema,
};

export const ProgrammeDecisionSchema = z.strictObject(decisionFields);

export const ProgrammeResultSchema = z.strictObject({
  ...decisionFields,
  conditions: z.array(ConditionResultSchema),
  calculation: z.array(MessageSchema),
  openQuestions: z.array(OpenQuestionSchema),
  reason: MessageSchema,
});

export const LibrarySchema = z.strictObject({ version: z.string(), rulesFingerprint: z.string() });

/** A pack the engine applies, as responses name it. */
export const PackRefSchema = z.strictObject({ id: z.string(), version: z.string(), jurisdiction: z.string(), fingerprint: z.string() });

const packs = z.array(PackRefSchema);

/** Present when the date is after the day the rules know the law up to. */
const warnings = z.array(MessageSchema).optional();

export const DecisionSchema = z.strictObject({ date: z.string(), library: LibrarySchema, warnings, results: z.array(ProgrammeDecisionSchema) });
export const EvaluationSchema = z.strictObject({ date: z.string(), library: LibrarySchema, warnings, results: z.array(ProgrammeResultSchema) });

export const InputIssueSchema = z.strictObject({ path: z.string(), code: z.string(), message: text });

/** An error: a code (the library's, or the server's), the message in Polish and English, and for bad input each issue naming its field. */
export const ApiErrorSchema = z.strictObject({
  error: z.strictObject({
    status: z.number().int(),
    code: z.string(),
    message: text,
    issues: z.array(InputIssueSchema).optional(),
  }),
});

/** One household's answer in a list: its index in the list, and its result or why there is none. */
function listItem<T extends z.ZodType>(result: T) {
  return z.union([z.strictObject({ index: z.number().int(), result }), z.strictObject({ index: z.number().int(), error: ApiErrorSchema.shape.error })]);
}

export const DecideResponseSchema = z.strictObject({ ...DecisionSchema.shape, packs });
export const EvaluateResponseSchema = z.strictObject({ ...EvaluationSchema.shape, packs });
export const DecideListResponseSchema = z.strictObject({ library: LibrarySchema, packs, items: z.array(listItem(DecisionSchema)) });
export const EvaluateListResponseSchema = z.strictObject({ library: LibrarySchema, packs, items: z.array(listItem(EvaluationSchema)) });

// the value a choice writes into the household: any JSON, and present (z.unknown() would make the key optional)
const choiceOption = z.strictObject({ code: z.string(), label: text3, value: z.custom<unknown>((v) => v !== undefined) });
const scalarKind = z.union([
  z.strictObject({ type: z.literal("yes-no") }),
  z.strictObject({ type: z.literal("date"), alternatives: z.array(choiceOption).optional() }),
  z.strictObject({ type: z.literal("money") }),
  z.strictObject({ type: z.literal("decimal") }),
  z.strictObject({ type: z.literal("count"), min: z.number(), max: z.number(), suggested: z.number().optional() }),
  z.strictObject({ type: z.literal("choice"), options: z.array(choiceOption), multiple: z.boolean().optional() }),
]);
const listField = z.strictObject({ key: z.string(), label: text3, kind: scalarKind, optional: z.boolean().optional() });
const answerKind = z.union([...scalarKind.options, z.strictObject({ type: z.literal("list"), item: z.array(listField) })]);

export const QuestionSchema = z.strictObject({
  path: z.string(),
  field: z.string(),
  member: z.strictObject({ index: z.number().int(), id: z.string(), name: z.string() }).optional(),
  text: text3,
  help: text3,
  kind: answerKind,
  programmes: z.array(z.string()),
});

export const QuestionsResponseSchema = z.strictObject({ date: z.string(), library: LibrarySchema, packs, questions: z.array(QuestionSchema) });

/** A rule in the list: what it is and the periods its versions cover. */
export const RuleSummarySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(["parameters", "programme"]),
  title: text,
  jurisdiction: z.string(),
  legalBasis: CitationSchema,
  versions: z.array(z.strictObject({ from: z.string(), to: z.string().optional() })),
  openQuestions: z.number().int(),
});

export const RulesResponseSchema = z.strictObject({ library: LibrarySchema, packs, rules: z.array(RuleSummarySchema) });

export const HealthResponseSchema = z.strictObject({ status: z.literal("ok"), library: LibrarySchema, packs });

// The rule itself is served as the rule files' schema (RuleSchema) describes it; with `at`, the version in force.
export const RuleVersionSchema = VersionSchema;

// Each schema against its library type, both ways; `readonly` and a key set to undefined are the types' and not JSON's, so they are left out.
type Writable<T> = T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<Exclude<T[K], undefined>> } : T;
type Same<A, B> = [Writable<A>] extends [Writable<B>] ? ([Writable<B>] extends [Writable<A>] ? true : false) : false;
const tied: [
  Same<z.output<typeof DecisionSchema>, Decision>,
  Same<z.output<typeof EvaluationSchema>, Evaluation>,
  Same<z.output<typeof ProgrammeDecisionSchema>, ProgrammeDecision>,
  Same<z.output<typeof ProgrammeResultSchema>, ProgrammeResult>,
  Same<z.output<typeof ConditionResultSchema>, ConditionResult>,
  Same<z.output<typeof QuestionSchema>, Question>,
  Same<z.output<typeof InputIssueSchema>, InputIssue>,
] = [true, true, true, true, true, true, true];
void tied;
