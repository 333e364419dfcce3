import * as z from "zod";
import { HouseholdSchema } from "./schema.js";

/** A field of the household input, as its JSON Schema gives it. */
export interface SchemaField {
  /** Its path with indices left out and a member id as `*`: `members[].alimony.awarded`, `baseYear.incomes.*`. */
  readonly field: string;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly required: boolean;
}

type Node = Readonly<Record<string, unknown>>;

/**
 * Every field of the household input, parents before their children, walked from the JSON Schema
 * the zod schema gives (input side): each property, each list's entries, each variant of a union
 * (a disability finding's kinds), each record's values.
 */
export function schemaFields(): SchemaField[] {
  const root = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" }) as Node;
  const out = new Map<string, SchemaField>();
  const walk = (node: Node, prefix: string): void => {
    for (const variant of [...((node["anyOf"] as Node[] | undefined) ?? []), ...((node["oneOf"] as Node[] | undefined) ?? [])]) walk(variant, prefix);
    const items = node["items"] as Node | undefined;
    if (items !== undefined) walk(items, `${prefix}[]`);
    const properties = node["properties"] as Readonly<Record<string, Node>> | undefined;
    const required = new Set((node["required"] as string[] | undefined) ?? []);
    for (const [key, child] of Object.entries(properties ?? {})) {
      const field = prefix === "" ? key : `${prefix}.${key}`;
      if (!out.has(field)) out.set(field, { field, schema: child, required: required.has(key) });
      walk(child, field);
    }
    const values = node["additionalProperties"];
    if (values !== undefined && typeof values === "object" && values !== null) {
      const field = `${prefix}.*`;
      if (!out.has(field)) out.set(field, { field, schema: values as Node, required: false });
      walk(values as Node, field);
    }
  };
  walk(root, "");
  return [...out.values()];
}
