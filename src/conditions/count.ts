import { applicantIndexOf } from "../household/members.js";
import type { Member } from "../household/schema.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import { type EvaluationContext, withClaimant } from "./context.js";
import { allOfStatus } from "./all-of.js";
import { type Decider, type Deciders, conjunction, setOf } from "./decider.js";
import { type ConditionKind, type Evaluate, listed } from "./kind.js";
import { evaluateEach, listText, message, missingOf, openQuestionsFor, openQuestionsOf, parameterOf, result } from "./result.js";

type CountSpec = Extract<ConditionSpec, { kind: "count" }>;

const memberSpecs = new WeakMap<CountSpec, CountSpec>();

/** The count's spec without label and basis, for its one line per member (made once per spec). */
function memberSpec(spec: CountSpec): CountSpec {
  let found = memberSpecs.get(spec);
  if (found === undefined) {
    found = { ...spec, label: undefined, basis: undefined };
    memberSpecs.set(spec, found);
  }
  return found;
}

/**
 * At least `min` (a parameter of the version; one when omitted) of the selected members meet
 * every nested condition — the children who count for a family card, the person a carer looks
 * after. Nested conditions are evaluated with that member as the subject (`ctx.claimant`), so
 * an age or disability condition reads the child's birth date or orzeczenie.
 *
 * Selection (`who`) is the union of the members with one of `roles` and, with `caredFor`, the
 * members the applicant cares for (`caresFor` on the applicant; omitted = unknown) — every
 * member when neither is given — narrowed, with `flag`, to members whose `flags.<flag>` is true
 * (unset = unknown). The pupil of a stypendium szkolne and the child of „Za życiem” are a count
 * of one.
 *
 * Three-valued counting: the condition passes once enough members pass; it fails only when
 * even the undecided members could not make up the number; otherwise the doubt carries over
 * (unknown with the missing facts, or assess). With `alsoCount: childrenNotListed` the
 * applicant's children not listed as members are added (KDR: a parent who "ma lub miał"
 * three children).
 */
export function countCondition(
  spec: CountSpec,
  ctx: EvaluationContext,
  evaluate: Evaluate,
): ConditionResult {
  const members = ctx.household.members;
  const applicantIndex = applicantIndexOf(members);
  const applicant = members[applicantIndex] as Member;
  const applicantPath = (field: string) => `members[${applicantIndex}].${field}`;

  let min = 1;
  if (spec.min !== undefined) {
    const value = parameterOf(ctx, spec.min);
    if (value === null) {
      return result(spec, "assess", message("parameter.open", { parameter: spec.min }), { openQuestions: openQuestionsFor(ctx, spec.min) });
    }
    min = Number(value);
  }

  // One pass over the members, in their order: who is selected, and whose flag is unknown.
  const everyone = spec.who.roles === undefined && spec.who.caredFor !== true;
  const caredFor = spec.who.caredFor === true ? applicant.caresFor : undefined;
  const caredForUnknown = spec.who.caredFor === true && caredFor === undefined;
  const flag = spec.who.flag;
  const selected: number[] = [];
  const flagUnknown: number[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    if (!(everyone || spec.who.roles?.includes(m.role) || caredFor?.includes(m.id))) continue;
    // With a flag, only members whose flag is true are selected; an unset flag is a missing fact.
    if (flag !== undefined) {
      const value = m.flags?.[flag];
      if (value === undefined) flagUnknown.push(i);
      if (value !== true) continue;
    }
    selected.push(i);
  }

  const children = selected.map((i) => {
    const m = members[i] as Member;
    const sub = withClaimant(ctx, m, i);
    const nested = evaluateEach(spec.conditions, sub, evaluate);
    const status = allOfStatus(nested.map((n) => n.status));
    // One line per member: the label and basis stay on the count itself.
    return result(memberSpec(spec), status, message(`count.member-${status}`, { member: m.id }), {
      children: nested,
      missing: status === "unknown" ? missingOf(nested) : [],
      openQuestions: openQuestionsOf(nested),
    });
  });
  const counted = children.filter((c) => c.status === "pass").map((c) => c.message.args["member"] ?? "");
  const undecided = children.filter((c) => c.status === "unknown" || c.status === "assess");
  const extra = spec.alsoCount === undefined ? 0 : applicant.childrenNotListed;
  const total = counted.length + (extra ?? 0);

  const args: Record<string, string> = { counted: counted.join(", "), count: String(total), min: String(min), selected: String(children.length) };
  if (spec.alsoCount !== undefined && extra !== undefined) args["notListed"] = String(extra);
  const values: Record<string, string> = { min: String(min) };
  if (spec.who.roles) values["roles"] = listText(spec.who.roles);
  if (spec.who.caredFor) values["caredFor"] = "true";
  const facts = { counted: counted.join(", "), count: String(total) };
  const openQuestions = openQuestionsOf(children);

  if (total >= min) return result(spec, "pass", message("count.pass", args), { children, values, facts, openQuestions });

  const unbounded = caredForUnknown || extra === undefined || flagUnknown.length > 0;
  if (!unbounded && total + undecided.length < min) {
    // Looking for one member and finding one who fails: the reason quotes the condition that
    // member failed (a nested count is not quoted: its arguments would collide with ours).
    const only = min === 1 && children.length === 1 ? children[0]?.children?.find((c) => c.status === "fail")?.message : undefined;
    if (only && !only.key.startsWith("count.")) {
      args["because"] = only.key;
      for (const name in only.args) if (!(name in args)) args[name] = only.args[name] as string;
    }
    return result(spec, "fail", message(children.length === 0 ? "count.none" : "count.fail", args), { children, values, facts, openQuestions });
  }
  const missing = missingOf(children);
  if (caredForUnknown) missing.push(applicantPath("caresFor"));
  if (extra === undefined) missing.push(applicantPath("childrenNotListed"));
  for (const i of flagUnknown) missing.push(`members[${i}].flags.${flag ?? ""}`);
  const status: ConditionStatus = missing.length > 0 ? "unknown" : "assess";
  return result(spec, status, message(`count.${status}`, args), { children, values, facts, openQuestions, missing });
}

/** Decides as `countCondition`: who is selected, each selected member decided as a conjunction, and the three-valued count. */
function countDecider(spec: CountSpec, nested: Deciders): Decider {
  const roles = setOf(spec.who.roles);
  const everyone = roles === undefined && spec.who.caredFor !== true;
  const flag = spec.who.flag;
  return (ctx, missing) => {
    const members = ctx.household.members;
    const applicantIndex = applicantIndexOf(members);
    const applicant = members[applicantIndex] as Member;
    let min = 1;
    if (spec.min !== undefined) {
      const value = parameterOf(ctx, spec.min);
      if (value === null) return "assess";
      min = Number(value);
    }
    const caredFor = spec.who.caredFor === true ? applicant.caresFor : undefined;
    const caredForUnknown = spec.who.caredFor === true && caredFor === undefined;
    const mark = missing.size;
    let counted = 0;
    let undecided = 0;
    let flagUnknown = false;
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as Member;
      if (!(everyone || roles?.has(m.role) || caredFor?.includes(m.id))) continue;
      if (flag !== undefined) {
        const value = m.flags?.[flag];
        if (value === undefined) flagUnknown = true;
        if (value !== true) continue;
      }
      const memberMark = missing.size;
      const status = conjunction(nested, withClaimant(ctx, m, i), missing);
      if (status === "pass") counted++;
      else if (status === "unknown" || status === "assess") undecided++;
      if (status !== "unknown") missing.cut(memberMark);
    }
    const extra = spec.alsoCount === undefined ? 0 : applicant.childrenNotListed;
    const total = counted + (extra ?? 0);
    const unbounded = caredForUnknown || extra === undefined || flagUnknown;
    if (total >= min || (!unbounded && total + undecided < min)) {
      missing.cut(mark);
      return total >= min ? "pass" : "fail";
    }
    if (caredForUnknown) missing.push(`members[${applicantIndex}].caresFor`);
    if (extra === undefined) missing.push(`members[${applicantIndex}].childrenNotListed`);
    if (flag !== undefined && flagUnknown) {
      for (let i = 0; i < members.length; i++) {
        const m = members[i] as Member;
        if ((everyone || roles?.has(m.role) || caredFor?.includes(m.id)) && m.flags?.[flag] === undefined) missing.push(`members[${i}].flags.${flag}`);
      }
    }
    return missing.size > mark ? "unknown" : "assess";
  };
}

export const countKind: ConditionKind<CountSpec> = {
  evaluate: countCondition,
  decider: (spec, decidersOf) => countDecider(spec, decidersOf(spec.conditions)),
  children: (spec) => listed(spec.conditions),
};
