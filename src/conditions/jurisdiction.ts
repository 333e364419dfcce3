import type { Rule } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus, Message } from "../explain/trace.js";
import { message } from "./result.js";

function jurisdictionResult(rule: Rule, status: ConditionStatus, msg: Message, facts: Record<string, string>, missing: readonly string[]): ConditionResult {
  return { kind: "jurisdiction", status, basis: undefined, label: undefined, message: msg, facts, values: { jurisdiction: rule.jurisdiction }, missing, openQuestions: [], sources: [] };
}

/**
 * A municipal programme serves the residents of its gmina only. Every programme's trace starts
 * with this check, so an explanation always says whose programme it is. `teryt` is the
 * household's municipality as the engine's register resolves it (undefined: not given, or unknown).
 */
export function jurisdictionCondition(rule: Rule, teryt: string | undefined): ConditionResult {
  if (rule.jurisdiction === "pl") return jurisdictionResult(rule, "pass", message("jurisdiction.national"), {}, []);
  if (teryt === undefined) return jurisdictionResult(rule, "unknown", message("jurisdiction.unknown"), {}, ["municipality"]);
  const passes = teryt === rule.jurisdiction;
  const msg = message(passes ? "jurisdiction.resident" : "jurisdiction.not-resident", { teryt: rule.jurisdiction });
  return jurisdictionResult(rule, passes ? "pass" : "fail", msg, { municipality: teryt }, []);
}

/** The status `jurisdictionCondition` gives, without its result, for `decide`; its missing fact pushed onto `missing`. */
export function decideJurisdiction(jurisdiction: string, teryt: string | undefined, missing: { push(path: string): void }): ConditionStatus {
  if (jurisdiction === "pl") return "pass";
  if (teryt === undefined) {
    missing.push("municipality");
    return "unknown";
  }
  return teryt === jurisdiction ? "pass" : "fail";
}

/** Whether a programme concerns this household's municipality at all (national, its own gmina, or unknown). */
export function concernsHousehold(rule: Rule, teryt: string | undefined): boolean {
  return rule.jurisdiction === "pl" || teryt === undefined || teryt === rule.jurisdiction;
}
