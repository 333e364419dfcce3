import type { Member } from "../household/schema.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import { type EvaluationContext, withClaimant } from "./context.js";
import { message, result } from "./result.js";

type MemberSpec = Extract<ConditionSpec, { kind: "member" }>;

/**
 * Conditions about a member other than the applicant — the pupil of a stypendium szkolne, the
 * child of the „Za życiem” benefit. The nested conditions are evaluated with that member as
 * the subject (`ctx.claimant`), so their `missing` paths name the right member. The condition
 * holds when some selected member meets every nested condition.
 *
 * Selection: members with one of `who.roles` (if given) and with `flags.<who.flag>` true (if
 * given). A member whose flag is not given may or may not be selected: when nobody qualifies,
 * the flag is reported as missing rather than read as false.
 */
export function memberCondition(
  spec: MemberSpec,
  ctx: EvaluationContext,
  evaluate: (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult,
): ConditionResult {
  const roles = spec.who.roles;
  const flag = spec.who.flag;
  const byRole = ctx.household.members.map((m, i) => ({ m, i })).filter(({ m }) => roles === undefined || roles.includes(m.role));
  const flagOf = (m: Member): boolean | undefined => (flag === undefined ? true : m.flags?.[flag]);
  const selected = byRole.filter(({ m }) => flagOf(m) === true);
  const undetermined = byRole.filter(({ m }) => flagOf(m) === undefined);
  const values: Record<string, string> = {};
  if (roles) values["roles"] = roles.join(", ");
  if (flag) values["flag"] = flag;

  const children = selected.map(({ m, i }) => {
    const sub = withClaimant(ctx, m, i);
    const nested = spec.conditions.map((c) => evaluate(c, sub));
    const status = allOf(nested.map((n) => n.status));
    const { label: _parentLabel, ...unlabelled } = spec; // the parent row carries the label
    return result(unlabelled, status, message(`member.subject-${status}`, { member: m.id }), {
      children: nested,
      missing: status === "unknown" ? nested.flatMap((n) => (n.status === "unknown" ? n.missing : [])) : [],
      openQuestions: nested.flatMap((n) => n.openQuestions),
      sources: [],
    });
  });
  const statuses = children.map((c) => c.status);
  const openQuestions = children.flatMap((c) => c.openQuestions);
  const passing = children.find((c) => c.status === "pass");
  if (passing) {
    return result(spec, "pass", message("member.pass", { member: passing.message.args["member"] ?? "" }), { children, values, openQuestions });
  }
  const flagMissing = undetermined.map(({ i }) => `members[${i}].flags.${flag ?? ""}`);
  if (statuses.includes("unknown") || flagMissing.length > 0) {
    const missing = [...children.flatMap((c) => (c.status === "unknown" ? c.missing : [])), ...flagMissing];
    return result(spec, "unknown", message("member.unknown"), { children, values, missing, openQuestions });
  }
  if (statuses.includes("assess")) return result(spec, "assess", message("member.assess"), { children, values, openQuestions });
  if (children.length === 0) return result(spec, "fail", message("member.none"), { children, values, openQuestions });
  // Quote the first failing condition of the first member, so the reason says what failed.
  const firstFail = children[0]?.children?.find((c) => c.status === "fail")?.message;
  const args: Record<string, string> = firstFail ? { ...firstFail.args, condition: firstFail.key } : {};
  return result(spec, "fail", message("member.fail", args), { children, values, openQuestions });
}

/** Every nested condition must hold; "not-applicable" does not count against. */
function allOf(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("unknown")) return "unknown";
  if (statuses.includes("assess")) return "assess";
  return "pass";
}
