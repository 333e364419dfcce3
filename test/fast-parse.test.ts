import * as z from "zod";
import { describe, expect, it } from "vitest";
import { fastParseHousehold } from "../src/household/fast-parse.js";
import { HouseholdSchema, LIMITS } from "../src/household/schema.js";
import { validateHousehold } from "../src/index.js";
import { type Json, everyField, exampleHouseholds, fixtureHouseholds, households, otherMunicipality, variants } from "./support/household-corpus.js";

/**
 * The fast path of validation (src/household/fast-parse.ts) may answer "not sure" whenever it
 * likes — the zod schema then decides — but when it accepts a household, the schema must accept
 * it too and return the same value. And it should accept what the schema accepts (else every
 * household pays for zod): the test holds it to that too, except for keys set to `undefined`,
 * which it leaves to zod on purpose. What it returns has every field of the schema, `undefined`
 * where the input leaves one out (one shape of member, of income…, for the code that reads
 * them): the same value as the schema's once those are dropped, and every field in the
 * schema's order.
 */


/** Valid in a way the fast path leaves to zod on purpose: a key set to undefined, an object without Object.prototype, an own __proto__ key. */
function unusual(value: unknown): boolean {
  if (value === undefined) return true;
  if (value === null || typeof value !== "object") return false;
  if (!Array.isArray(value) && (Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, "__proto__"))) return true;
  return Object.values(value).some(unusual);
}

/** The value without the fields set to `undefined`: what the schema returns for an input that leaves them out. */
function given(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(given);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, given(v)]])));
}

const inputSchema = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** Objects of the value whose keys are not all the fields of their schema object, in its order. */
function shapeProblems(value: unknown, schema: JsonSchema, path = "household"): string[] {
  const branch = (schema.anyOf ?? schema.oneOf)?.find((b) => fits(value as Json, b));
  if (schema.anyOf ?? schema.oneOf) return branch ? shapeProblems(value, branch, path) : [];
  if (Array.isArray(value) && schema.items) return value.flatMap((item, i) => shapeProblems(item, schema.items as JsonSchema, `${path}[${i}]`));
  if (value === null || typeof value !== "object" || !schema.properties) return [];
  const record = value as Record<string, unknown>;
  const fields = Object.keys(schema.properties);
  const problem = JSON.stringify(Object.keys(record)) === JSON.stringify(fields) ? [] : [`${path}: ${Object.keys(record).join(",")}`];
  return [...problem, ...fields.flatMap((k) => shapeProblems(record[k], (schema.properties as Record<string, JsonSchema>)[k] as JsonSchema, `${path}.${k}`))];
}

function agreesWithSchema(input: unknown): string | undefined {
  const fast = fastParseHousehold(input);
  const schema = HouseholdSchema.safeParse(input);
  if (fast !== undefined) {
    if (!schema.success) return `accepted what the schema rejects: ${schema.error.issues.map((i) => `${i.path.join(".")} ${i.code}`).join("; ")}`;
    try {
      expect(given(fast)).toStrictEqual(schema.data);
    } catch {
      return "returned a value other than the schema's";
    }
    const shape = shapeProblems(fast, inputSchema);
    if (shape.length > 0) return `left out fields of the schema or put them out of order: ${shape.join("; ")}`;
    if (fast === input) return "returned its input rather than a copy";
  } else if (schema.success && !unusual(input)) {
    return "left a valid household to zod";
  } else if (schema.success) {
    const result = validateHousehold(input);
    const shape = result.ok ? shapeProblems(result.household, inputSchema) : [];
    if (shape.length > 0) return `validateHousehold returned zod's household without every field: ${shape.join("; ")}`;
  }
  return undefined;
}

describe("the fast path of validation", () => {
  it("accepts every household of the fixtures and examples, returning exactly what the schema returns", () => {
    expect(households.length).toBeGreaterThan(280);
    const wrong = households.flatMap((h, i) => {
      const problem = agreesWithSchema(h);
      return problem ? [`household ${i}: ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("never accepts what the schema rejects, nor leaves to zod what the schema accepts, for each household broken at each place", () => {
    const wrong: string[] = [];
    let cases = 0;
    // every field of the schema (everyField, both municipality forms), and a sample of the fixtures
    for (const h of [...households.slice(0, 2 + exampleHouseholds.length), ...fixtureHouseholds.filter((_, i) => i % 10 === 0)]) {
      for (const [change, variant] of variants(h)) {
        cases++;
        const problem = agreesWithSchema(variant);
        if (problem && wrong.length < 20) wrong.push(`${change}: ${problem}`);
      }
    }
    expect(cases).toBeGreaterThan(10_000);
    expect(wrong).toEqual([]);
  });

  it("takes base-year incomes keyed by a member id of the longest length allowed, and refuses one longer", () => {
    const id = "m".repeat(LIMITS.idLength);
    const h = (key: string) => ({
      evaluationDate: "2025-03-01",
      householdType: "single",
      members: [{ id, role: "applicant", birthDate: "1980-01-01", incomes: [] }],
      baseYear: { year: 2023, incomes: { [key]: "0" } },
    });
    expect(given(fastParseHousehold(h(id)))).toStrictEqual(HouseholdSchema.parse(h(id)));
    expect(fastParseHousehold(h(`${id}m`))).toBeUndefined();
    expect(HouseholdSchema.safeParse(h(`${id}m`)).success).toBe(false);
  });

  it("leaves to zod a key set to undefined and an object that is not a plain object, which the schema accepts; the household still comes back with every field", () => {
    const { incomeLoss: _, ...withoutIncomeLoss } = everyField as Record<string, Json>;
    const withUndefined = { ...withoutIncomeLoss, incomeLoss: undefined };
    const nullProto = Object.assign(Object.create(null) as object, everyField);
    for (const [h, same] of [
      [withUndefined, withoutIncomeLoss],
      [nullProto, everyField],
    ] as const) {
      expect(fastParseHousehold(h)).toBeUndefined();
      const result = validateHousehold(h);
      expect(result.ok && result.household).toStrictEqual(fastParseHousehold(same));
    }
  });

  it("the households with every field have every field of the schema (so the tests above reach them all)", () => {
    expect(missingFields([everyField, otherMunicipality], inputSchema)).toEqual([]);
  });
});

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  const?: unknown;
}

/** Fields of the schema (`path`) that none of the values sets, following every branch of a union. */
function missingFields(values: Json[], schema: JsonSchema, path = "household"): string[] {
  const branches = schema.anyOf ?? schema.oneOf;
  // A union of objects (disability evidence) or of an object and a constant (municipality):
  // every form must be set somewhere. A union of plain values (a date or "permanent") need not.
  if (branches && !branches.some((b) => b.properties)) return [];
  if (branches) {
    return branches.flatMap((b, i) => {
      const taken = values.filter((v) => fits(v, b));
      return taken.length === 0 ? [`${path} (form ${i + 1} of ${branches.length})`] : missingFields(taken, b, path);
    });
  }
  if (schema.items) {
    const items = values.flatMap((v) => (Array.isArray(v) ? v : []));
    return items.length === 0 ? [`${path}[]`] : missingFields(items, schema.items, `${path}[]`);
  }
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, sub]) => {
      const set = values.flatMap((v) => (v !== null && typeof v === "object" && !Array.isArray(v) && v[key] !== undefined ? [v[key] as Json] : []));
      return set.length === 0 ? [`${path}.${key}`] : missingFields(set, sub, `${path}.${key}`);
    });
  }
  return [];
}

/** Whether a value takes this branch of a union: its constant, or its discriminating constants. */
function fits(value: Json, branch: JsonSchema): boolean {
  if (branch.const !== undefined) return value === branch.const;
  if (branch.properties) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return Object.entries(branch.properties).every(([k, p]) => p.const === undefined || (value as Record<string, Json>)[k] === p.const);
  }
  return typeof value === "string" && value !== "permanent" && value !== "other";
}
