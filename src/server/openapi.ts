import * as z from "zod";
import { HouseholdSchema } from "../household/schema.js";
import { ConditionSchema, RuleSchema } from "../rules/schema.js";
import {
  ApiErrorSchema,
  ConditionResultSchema,
  DecideListResponseSchema,
  DecideResponseSchema,
  EvaluateListResponseSchema,
  EvaluateResponseSchema,
  HealthResponseSchema,
  LibrarySchema,
  PackRefSchema,
  QuestionsResponseSchema,
  RuleVersionSchema,
  RulesResponseSchema,
} from "./result-schemas.js";

/** The server's limits as the document states them. */
export interface DocumentedLimits {
  readonly maxHouseholds: number;
  readonly bodyLimit: number;
}

export const RuleResponseSchema = z.strictObject({ library: LibrarySchema, packs: z.array(PackRefSchema), rule: RuleSchema, version: RuleVersionSchema.optional() });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Every component by name, each with its direction: a request body is read as the library takes input, a response as it gives output. */
function components(): Record<string, unknown> {
  const inputs = z.registry<{ id: string }>();
  inputs.add(HouseholdSchema, { id: "Household" });
  const outputs = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [DecideResponseSchema, "DecideResponse"],
    [DecideListResponseSchema, "DecideListResponse"],
    [EvaluateResponseSchema, "EvaluateResponse"],
    [EvaluateListResponseSchema, "EvaluateListResponse"],
    [QuestionsResponseSchema, "QuestionsResponse"],
    [RulesResponseSchema, "RulesResponse"],
    [RuleResponseSchema, "RuleResponse"],
    [ConditionSchema, "RuleCondition"],
    [ConditionResultSchema, "ConditionResult"],
    [HealthResponseSchema, "HealthResponse"],
    [ApiErrorSchema, "Error"],
  ];
  for (const [schema, id] of named) outputs.add(schema, { id });
  const options = { uri: (id: string) => `#/components/schemas/${id}`, unrepresentable: "any" } as const;
  const all = { ...z.toJSONSchema(inputs, { ...options, io: "input" }).schemas, ...z.toJSONSchema(outputs, { ...options, io: "output" }).schemas };
  // a schema used in two places without a name would land in `__shared`, which a document cannot refer to
  if ("__shared" in all) throw new Error(`openapi: unnamed shared schemas: ${Object.keys(all["__shared"]?.$defs ?? {}).join(", ")}`);
  return Object.fromEntries(Object.entries(all).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]));
}

const json = (schema: unknown) => ({ "application/json": { schema } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: ERROR_DESCRIPTIONS[s] ?? "error", content: json(ref("Error")) }]));
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Bad input: `invalid-household` lists each field in `issues`; `invalid-json`, `invalid-body`, `invalid-query`, `too-many-households`, `no-rule-version`",
  404: "No such rule (`unknown-rule`) or path (`not-found`)",
  408: "The request did not arrive in full in time (`request-timeout`)",
  413: "The body is over the limit (`payload-too-large`)",
  415: "The body is not application/json (`unsupported-media-type`)",
  500: "Internal error (`internal`), never with detail",
  503: "Too many requests at once (`busy`); retry after the Retry-After seconds",
};

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: "query", required: false, description, schema });
const DATE = { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
const OPTIONS = [
  query("date", "Decide on this date instead of the household's evaluationDate (YYYY-MM-DD).", DATE),
  query("programmes", "Only these programmes: ids separated by commas.", { type: "string" }),
];

function householdsEndpoint(summary: string, one: string, list: string, limits: DocumentedLimits, operationId: string) {
  return {
    post: {
      operationId,
      summary,
      parameters: OPTIONS,
      requestBody: {
        required: true,
        description: `One household, or a list of at most ${limits.maxHouseholds}. The body is at most ${limits.bodyLimit} bytes.`,
        content: json({ oneOf: [ref("Household"), { type: "array", maxItems: limits.maxHouseholds, items: ref("Household") }] }),
      },
      responses: {
        "200": {
          description: "For one household its result; for a list one item per household, in order, each with its result or its error",
          content: json({ oneOf: [ref(one), ref(list)] }),
        },
        ...errors(400, 408, 413, 415, 500, 503),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the HTTP API, from the library's zod schemas: it cannot describe other JSON than the server sends. */
export function openApiDocument(version: string, limits: DocumentedLimits): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "kryterium",
      version,
      description: "Polish social-assistance and family-benefit eligibility from versioned, cited rule data. Texts are in Polish and English (questions also in Ukrainian).",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths: {
      "/v1/decide": householdsEndpoint("Decide a household: each programme's outcome, amount and missing facts, without the trace", "DecideResponse", "DecideListResponse", limits, "decide"),
      "/v1/evaluate": householdsEndpoint("Evaluate a household: the decision with its trace (conditions, calculation, open questions)", "EvaluateResponse", "EvaluateListResponse", limits, "evaluate"),
      "/v1/questions": {
        post: {
          operationId: "questions",
          summary: "What the decision is missing, as questions (Polish, English, Ukrainian)",
          parameters: OPTIONS,
          requestBody: { required: true, content: json(ref("Household")) },
          responses: { "200": { description: "The questions, in the order to ask them", content: json(ref("QuestionsResponse")) }, ...errors(400, 408, 413, 415, 500, 503) },
        },
      },
      "/v1/rules": {
        get: {
          operationId: "rules",
          summary: "Every rule: id, title, legal basis and the periods of its versions",
          responses: { "200": { description: "The rules", content: json(ref("RulesResponse")) }, ...errors(500, 503) },
        },
      },
      "/v1/rules/{id}": {
        get: {
          operationId: "rule",
          summary: "One rule with its versions, citations and open questions; with `at`, also the version in force that day",
          parameters: [
            { name: "id", in: "path", required: true, description: "The rule id, e.g. pl/pomoc-spoleczna/zasilek-staly (its slashes as they are or as %2F)", schema: { type: "string" } },
            query("at", "A date (YYYY-MM-DD): the response's `version` is the one in force then.", DATE),
          ],
          responses: { "200": { description: "The rule", content: json(ref("RuleResponse")) }, ...errors(400, 404, 500, 503) },
        },
      },
      "/openapi.json": {
        get: { operationId: "openapi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } } },
      },
      "/health": {
        get: { operationId: "health", summary: "The server answers; the library version, rules fingerprint and packs", responses: { "200": { description: "Up", content: json(ref("HealthResponse")) } } },
      },
    },
    components: { schemas: components() },
  };
}
