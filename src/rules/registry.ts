import { KryteriumError, RuleDateError } from "../errors.js";
import type { Rule, RuleVersion } from "./schema.js";

/**
 * The rules an engine knows, by id: its registry. Made from rules already checked (a pack's
 * loader, or the build for the bundled packs) and frozen; nothing here is shared between two
 * engines but the functions.
 */
export class Catalogue {
  /** Every rule, in id order. */
  readonly rules: readonly Rule[];
  /** The programmes, in id order. */
  readonly programmes: readonly Rule[];
  readonly #byId: ReadonlyMap<string, Rule>;

  constructor(rules: readonly Rule[]) {
    const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.rules = sorted;
    this.programmes = sorted.filter((r) => r.kind === "programme");
    this.#byId = new Map(sorted.map((r) => [r.id, r]));
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  getRule(id: string): Rule {
    const rule = this.#byId.get(id);
    if (!rule) throw new KryteriumError("unknown-rule", `Unknown rule: ${id}`);
    return rule;
  }

  /**
   * The version of rule `id` in force on `date`. A date outside every version is an error, never
   * a zero: the library does not know the law there.
   */
  valueAt(id: string, date: string): { rule: Rule; version: RuleVersion } {
    const rule = this.getRule(id);
    const version = findVersion(rule, date);
    if (!version) throw new RuleDateError(id, date, coverage(rule));
    return { rule, version };
  }
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
