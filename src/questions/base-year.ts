import { everyCondition } from "../conditions/index.js";
import { benefitPeriod } from "../household/base-year-income.js";
import { allRules } from "../evaluate.js";
import { findVersion } from "../rules/registry.js";
import type { ConditionSpec, Rule } from "../rules/schema.js";

/** The income regimes a programme's base-year income conditions name, at any depth. */
function regimesOf(specs: readonly ConditionSpec[], into: Set<string>): void {
  for (const spec of everyCondition(specs)) if (spec.kind === "base-year-income") into.add(spec.regime);
}

/**
 * The base years the programmes call for on `date` (the calendar year before the benefit period,
 * as each act's income regime fixes it): what the question for the base year suggests. A
 * programme the default rules do not hold (one from a pack) suggests none.
 */
export function expectedBaseYears(programmes: readonly string[], date: string): number[] {
  const rules = new Map<string, Rule>(allRules().map((r) => [r.id, r]));
  const years = new Set<number>();
  for (const id of programmes) {
    const rule = rules.get(id);
    const version = rule === undefined ? undefined : findVersion(rule, date);
    if (rule === undefined || version === undefined) continue;
    const regimes = new Set<string>();
    regimesOf(version.conditions ?? rule.conditions ?? [], regimes);
    for (const regimeId of regimes) {
      const regime = rules.get(regimeId);
      const regimeVersion = regime === undefined ? undefined : findVersion(regime, date);
      if (regimeVersion !== undefined) years.add(benefitPeriod(date, regimeVersion).baseYear);
    }
  }
  return [...years].sort();
}
