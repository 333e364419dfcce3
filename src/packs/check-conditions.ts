import { EQUIVALENCE_RULE, INCOME_RULE } from "../evaluation/fixed-rules.js";
import { nestedConditions } from "../conditions/index.js";
import { findVersion } from "../rules/registry.js";
import type { ConditionSpec, Rule, RuleVersion } from "../rules/schema.js";
import { type PackIssue, packIssue } from "./issue.js";

type Path = readonly (string | number)[];

/** What a condition reads: parameters of its programme's version, and other rules by id (with a parameter of theirs). */
interface Reads {
  readonly parameters: ReadonlyArray<{ readonly field: string; readonly name: string }>;
  /** `anyDate`: looked up on a date the household gives (a base year, a term's end), so only loaded, not in force on the version's dates. */
  readonly rules: ReadonlyArray<{ readonly field: string; readonly id: string; readonly parameter?: string | undefined; readonly anyDate?: true }>;
}

const named = (fields: Readonly<Record<string, string | undefined>>) =>
  Object.entries(fields).flatMap(([field, name]) => (name === undefined ? [] : [{ field, name }]));

/** The parameters and rules one condition reads, by its kind. */
function readsOf(spec: ConditionSpec): Reads {
  const none: Reads = { parameters: [], rules: [] };
  switch (spec.kind) {
    case "income":
      return { parameters: named({ percent: spec.percent }), rules: [{ field: "criterion", id: spec.criterion }, { field: "kind", id: INCOME_RULE }] };
    case "age":
      return { ...none, parameters: named({ min: spec.min, below: spec.below }) };
    case "retirement-age":
      return { ...none, parameters: named({ female: spec.female, male: spec.male, ceiling: spec.ceiling }) };
    case "prenatal-care":
      return { ...none, parameters: named({ latestWeek: spec.latestWeek }) };
    case "application-deadline":
      return { parameters: named({ months: spec.months, carerAgeLimit: spec.carerAgeLimit }), rules: spec.holidays === undefined ? [] : [{ field: "holidays", id: spec.holidays, anyDate: true }] };
    case "disability":
      return { ...none, rules: [{ field: "kind", id: EQUIVALENCE_RULE }] };
    case "count":
      return { ...none, parameters: named({ min: spec.min }) };
    case "base-year-income":
      return {
        parameters: [],
        rules: [{ field: "criterion", id: spec.criterion, parameter: spec.raisedParameter }, { field: "regime", id: spec.regime }, { field: "farm", id: spec.farm, anyDate: true }],
      };
    default:
      return none;
  }
}

/** Every condition of `specs` at any depth, with its path from `base`. */
function walk(specs: readonly ConditionSpec[], base: Path): Array<{ at: Path; spec: ConditionSpec }> {
  const visit = (spec: ConditionSpec, at: Path): Array<{ at: Path; spec: ConditionSpec }> => [{ at, spec }, ...nestedConditions(spec).flatMap((c) => visit(c.spec, [...at, ...c.at]))];
  return specs.flatMap((spec, i) => visit(spec, [...base, i]));
}

/**
 * What the conditions of a rule read, against every version that applies them: each parameter
 * named is defined in the version; each rule looked up is loaded (in this pack or another) and, when
 * looked up on the programme's date, in force at both ends of the version, with the parameter read from it. Rules have no gaps
 * (checkVersions), so both ends stand for the days between: no condition fails for lack of a
 * rule on a date the programme is in force.
 */
export function checkConditions(rule: Rule, rules: ReadonlyMap<string, Rule | undefined>): PackIssue[] {
  // one issue per place and name, listing the versions (or dates) it concerns
  const found = new Map<string, { at: Path; code: string; dates: string[]; text: (dates: string) => { pl: string; en: string } }>();
  const add = (at: Path, code: string, name: string, date: string, text: (dates: string) => { pl: string; en: string }) => {
    const key = `${code}\u0000${at.join(".")}\u0000${name}`;
    const entry = found.get(key) ?? { at, code, dates: [], text };
    if (!entry.dates.includes(date)) entry.dates.push(date);
    found.set(key, entry);
  };
  rule.versions.forEach((version: RuleVersion, index) => {
    const own = version.conditions !== undefined;
    const conditions = walk(version.conditions ?? rule.conditions ?? [], own ? ["versions", index, "conditions"] : ["conditions"]);
    for (const { at, spec } of conditions) {
      const reads = readsOf(spec);
      for (const { field, name } of reads.parameters) {
        if (!Object.hasOwn(version.parameters, name)) {
          add([...at, field], "unknown-parameter", name, version.from, (d) => ({ pl: `parametr ${name} nie jest określony w wersji od ${d}`, en: `parameter ${name} is not defined in the version from ${d}` }));
        }
      }
      for (const { field, id, parameter, anyDate } of reads.rules) {
        if (!rules.has(id)) {
          add([...at, field], "unknown-rule", id, "", () => ({ pl: `reguła ${id} nie jest wczytana (nie ma jej w żadnym pakiecie)`, en: `rule ${id} is not loaded (no pack holds it)` }));
          continue;
        }
        const target = rules.get(id);
        if (target === undefined || anyDate) continue; // refused by its schema (its own issues say why), or read on the household's dates
        for (const date of version.to === undefined ? [version.from] : [version.from, version.to]) {
          const inForce = findVersion(target, date);
          if (inForce === undefined) add([...at, field], "rule-not-in-force", id, date, (d) => ({ pl: `reguła ${id} nie ma wersji obowiązującej ${d}`, en: `rule ${id} has no version in force on ${d}` }));
          else if (parameter !== undefined && !Object.hasOwn(inForce.parameters, parameter)) {
            add([...at, "raisedParameter"], "unknown-parameter", parameter, date, (d) => ({ pl: `reguła ${id} nie określa parametru ${parameter} w dniu ${d}`, en: `rule ${id} does not define parameter ${parameter} on ${d}` }));
          }
        }
      }
    }
  });
  return [...found.values()].map((f) => packIssue(rule.source, f.at, f.code, f.text(f.dates.join(", "))));
}
