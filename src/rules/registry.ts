import { KryteriumError, RuleDateError } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import { RULE_DATA } from "../../rules/generated.js";
import type { Rule, RuleVersion } from "./schema.js";

// Validated against RuleSchema when compiled (scripts/build-rules.mjs) and again by the test
// suite (test/rules-health.test.ts), so loading the library does not re-validate them. Frozen:
// the rules are shared with every caller (getRule, and results that name their legal basis), and
// no caller may change the law for the rest of the process.
const RULES: ReadonlyMap<string, Rule> = new Map(deepFreeze(RULE_DATA as readonly Rule[]).map((r) => [r.id, r]));

/** Every compiled rule, in id order. */
export function allRules(): readonly Rule[] {
  return [...RULES.values()];
}

export function getRule(id: string): Rule {
  const rule = RULES.get(id);
  if (!rule) throw new KryteriumError("unknown-rule", `Unknown rule: ${id}`);
  return rule;
}

/** The version of a rule in force on `date`, or `undefined` when none is. */
export function findVersion(rule: Rule, date: string): RuleVersion | undefined {
  return rule.versions.find((v) => v.from <= date && (v.to === undefined || date <= v.to));
}

/** The whole span the versions of a rule cover. */
export function coverage(rule: Rule): { from: string; to?: string | undefined } {
  const first = rule.versions[0];
  const last = rule.versions[rule.versions.length - 1];
  return { from: first?.from ?? "", to: last?.to };
}

/**
 * The version of rule `id` in force on `date`. A date outside every version is an error, never
 * a zero: the library does not know the law there.
 */
export function valueAt(id: string, date: string): { rule: Rule; version: RuleVersion } {
  const rule = getRule(id);
  const version = findVersion(rule, date);
  if (!version) throw new RuleDateError(id, date, coverage(rule));
  return { rule, version };
}
