import type * as z from "zod";
import { describeZodIssue } from "../household/validate.js";
import { type Rule, RuleSchema } from "../rules/schema.js";
import { type PackIssue, packIssue } from "./issue.js";
import { PackManifestSchema } from "./manifest.js";
import type { PackManifest } from "./pack.js";

/** The value at `at` inside `data`, or undefined. */
function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of at) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A zod issue of `file` as a pack issue; an unknown condition kind (or formula) named as such. */
function schemaIssue(file: string, data: unknown, issue: z.core.$ZodIssue): PackIssue {
  const at = issue.path.filter((k): k is string | number => typeof k !== "symbol");
  const value = valueAt(data, issue.path);
  const onKind = at[at.length - 1] === "kind";
  if (issue.code === "invalid_union" && (onKind || (value !== null && typeof value === "object" && "kind" in value))) {
    const kind = JSON.stringify(onKind ? value : (value as { kind: unknown }).kind);
    return packIssue(file, onKind ? at : [...at, "kind"], "unknown-kind", {
      pl: `nieznany rodzaj warunku ${kind}: pakiet używa tylko słownika warunków biblioteki`,
      en: `unknown condition kind ${kind}: a pack uses only the library's condition vocabulary`,
    });
  }
  return packIssue(file, at, `schema.${issue.code}`, describeZodIssue(issue));
}

/** The manifest checked against its schema: parsed (defaults applied), or its issues. */
export function checkManifest(file: string, data: unknown): { manifest?: PackManifest; issues: PackIssue[] } {
  const parsed = PackManifestSchema.safeParse(data);
  return parsed.success ? { manifest: parsed.data, issues: [] } : { issues: parsed.error.issues.map((i) => schemaIssue(file, data, i)) };
}

/** A rule checked against the rule schema (`rule.schema.json`): parsed (defaults applied), or its issues. */
export function checkRuleSchema(file: string, data: unknown): { rule?: Rule; issues: PackIssue[] } {
  const parsed = RuleSchema.safeParse(data);
  return parsed.success ? { rule: parsed.data, issues: [] } : { issues: parsed.error.issues.map((i) => schemaIssue(file, data, i)) };
}
