import type { Household } from "../household/schema.js";
import { resolveMunicipality } from "../household/municipality.js";
import type { Rule } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import { message } from "./result.js";

/**
 * A municipal programme serves the residents of its gmina only. Every programme's trace starts
 * with this check, so an explanation always says whose programme it is.
 */
export function jurisdictionCondition(rule: Rule, household: Household): ConditionResult {
  const base = { kind: "jurisdiction", basis: undefined, label: undefined, values: { jurisdiction: rule.jurisdiction }, openQuestions: [], sources: [] };
  if (rule.jurisdiction === "pl") {
    return { ...base, status: "pass", message: message("jurisdiction.national"), facts: {}, missing: [] };
  }
  const teryt = household.municipality === undefined ? undefined : resolveMunicipality(household.municipality);
  if (teryt === undefined) {
    return { ...base, status: "unknown", message: message("jurisdiction.unknown"), facts: {}, missing: ["municipality"] };
  }
  const passes = teryt === rule.jurisdiction;
  return {
    ...base,
    status: passes ? "pass" : "fail",
    message: message(passes ? "jurisdiction.resident" : "jurisdiction.not-resident", { teryt: rule.jurisdiction }),
    facts: { municipality: teryt },
    missing: [],
  };
}

/** Whether a programme concerns this household's municipality at all (national, or its own gmina, or unknown). */
export function concernsHousehold(rule: Rule, household: Household): boolean {
  return jurisdictionCondition(rule, household).status !== "fail";
}
