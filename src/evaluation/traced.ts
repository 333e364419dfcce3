import { evaluateCondition } from "../conditions/index.js";
import { jurisdictionCondition } from "../conditions/jurisdiction.js";
import { message } from "../conditions/result.js";
import type { EvaluationContext } from "../conditions/context.js";
import type { ConditionResult, Message, ProgrammeResult } from "../explain/trace.js";
import { DistinctList } from "../distinct.js";
import { FORMULAS } from "../programmes/index.js";
import { coverage } from "../rules/registry.js";
import type { ConditionSpec, Rule } from "../rules/schema.js";
import { contextOf, type HouseholdFacts } from "./household-facts.js";
import type { Programme } from "./law-on-date.js";
import { resultOf } from "./result.js";

/**
 * The condition that decided, for the one-line reason: the first with `status`, followed down
 * through any-of / all-of groups to the alternative that is actually open or failing — so the
 * reason names an open question or a missing orzeczenie, not "one of the conditions".
 */
function firstWith(results: readonly ConditionResult[], status: ConditionResult["status"]): ConditionResult | undefined {
  const found = results.find((r) => r.status === status);
  if (!found || (found.kind !== "any-of" && found.kind !== "all-of") || !found.children) return found;
  return firstWith(found.children, status) ?? found;
}

/** The open questions of the rule with these ids, in the rule's order. */
function questionsOf(rule: Rule, ids: ReadonlySet<string> | undefined): ProgrammeResult["openQuestions"] {
  const questions: NonNullable<Rule["openQuestions"]> = [];
  if (ids === undefined || rule.openQuestions === undefined) return questions;
  // an index loop: the rules are frozen (../freeze.ts)
  for (let i = 0; i < rule.openQuestions.length; i++) {
    const q = rule.openQuestions[i] as (typeof questions)[number];
    if (ids.has(q.id)) questions.push(q);
  }
  return questions;
}

/** `ids` with `more` added; a set is made only when there is an id to hold. */
function withQuestions(ids: Set<string> | undefined, more: readonly string[] | undefined): Set<string> | undefined {
  if (more === undefined || more.length === 0) return ids;
  const set = ids ?? new Set<string>();
  for (let i = 0; i < more.length; i++) set.add(more[i] as string);
  return set;
}

/** A reason that quotes the message of the condition that decided it. */
function quoting(key: string, decisive: Message): Message {
  const args: Record<string, string> = { condition: decisive.key };
  for (const name in decisive.args) args[name] = decisive.args[name] as string;
  return message(key, args);
}

/** A programme's result with its whole trace: every condition's result, the reason quoting the one that decided. */
export function evaluateProgramme({ rule, edition, lastEditionEnded }: Programme, facts: HouseholdFacts, personal: Pick<EvaluationContext, "birthDate" | "sex">): ProgrammeResult {
  const date = facts.law.date;
  if (!edition && lastEditionEnded !== undefined) {
    // a gmina's programme still answers only its residents
    const where = jurisdictionCondition(rule, facts.teryt);
    if (where.status === "fail") return resultOf(rule, undefined, "not-eligible", quoting("reason.not-eligible", where.message), { conditions: [where] });
    return resultOf(rule, undefined, "needs-assessment", message("reason.edition-unknown", { date, ended: lastEditionEnded }), { conditions: [where] });
  }
  if (!edition) {
    const span = coverage(rule);
    return resultOf(rule, undefined, "not-eligible", message("reason.not-in-force", { date, from: span.from, to: span.to ?? "…" }), {});
  }
  const { version, specs, criterionRule } = edition;
  const ctx = contextOf(rule, edition, facts, personal);
  // Plain loops rather than spreads and flatMap: this runs for every programme of every household.
  // An index loop over the specs: the rules are frozen (../freeze.ts).
  const conditions: ConditionResult[] = [jurisdictionCondition(rule, facts.teryt)];
  for (let i = 0; i < specs.length; i++) conditions.push(evaluateCondition(specs[i] as ConditionSpec, ctx));
  const distinct = new DistinctList();
  let questionIds = withQuestions(undefined, version.openQuestions);
  for (const c of conditions) {
    if (c.status === "unknown") for (const path of c.missing) distinct.add(path);
    questionIds = withQuestions(questionIds, c.openQuestions);
  }
  const missing = distinct.items;
  const failed = firstWith(conditions, "fail");
  if (failed) {
    return resultOf(rule, version, "not-eligible", quoting("reason.not-eligible", failed.message), { conditions, openQuestions: questionsOf(rule, questionIds) });
  }
  if (missing.length > 0) {
    return resultOf(rule, version, "needs-assessment", message("reason.missing", { missing: JSON.stringify(missing), members: JSON.stringify(facts.household.members.map((m) => m.id)) }), { conditions, missing, openQuestions: questionsOf(rule, questionIds) });
  }
  // A formula without an income criterion (e.g. a fixed amount) still runs; "" is never read by it.
  const formula = rule.formula ? FORMULAS[rule.formula](ctx, criterionRule ?? "", true) : undefined;
  questionIds = withQuestions(questionIds, formula?.openQuestions);
  // A formula that cannot settle the amount says why (assess) and which facts would settle it (missing).
  const parts = { conditions, missing: formula?.missing ?? [], amount: formula?.amount, range: formula?.range, calculation: formula?.steps ?? [], openQuestions: questionsOf(rule, questionIds) };
  const why = firstWith(conditions, "assess")?.message ?? formula?.assess;
  if (why) return resultOf(rule, version, "needs-assessment", quoting("reason.assess", why), parts);
  if (rule.discretionary) {
    return resultOf(rule, version, "needs-assessment", message("reason.discretionary", rule.discretion ? { pl: rule.discretion.pl, en: rule.discretion.en } : {}), parts);
  }
  return resultOf(rule, version, "eligible", message("reason.eligible"), parts);
}
