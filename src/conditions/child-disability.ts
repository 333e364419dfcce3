import { type Validity, validityOn } from "../household/disability.js";
import type { DisabilityEvidence } from "../household/schema.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type ChildDisabilitySpec = Extract<ConditionSpec, { kind: "child-disability" }>;

type ChildOrzeczenie = Extract<DisabilityEvidence, { kind: "orzeczenie-dziecka" }>;

/**
 * One orzeczenie against the indications required: fail when it is not in force on the date or
 * lacks one, unknown while an indication or its validity is not given (with those facts' paths).
 */
export function childFinding(e: ChildOrzeczenie, index: number, required: readonly ("7" | "8")[], ctx: EvaluationContext): { validity: Validity; status: ConditionStatus; missing: string[] } {
  const validity = validityOn(e, ctx.date);
  const missing: string[] = [];
  let status: ConditionStatus = "pass";
  if (validity === "expired" || validity === "not-yet-valid") status = "fail";
  for (const n of required) {
    const value = n === "7" ? e.indication7 : e.indication8;
    if (value === false) status = "fail";
    else if (value === undefined && status !== "fail") {
      status = "unknown";
      missing.push(memberPath(ctx, `disability[${index}].indication${n}`));
    }
  }
  if (validity === "unknown" && status !== "fail") {
    status = "unknown";
    missing.push(memberPath(ctx, `disability[${index}].validUntil`));
  }
  return { validity, status, missing };
}

/**
 * A valid orzeczenie o niepełnosprawności issued to a child under 16 (art. 4a of the
 * rehabilitation act; it has no stopień), with the indications the rule lists — 7: stała lub
 * długotrwała opieka innej osoby, 8: stały współudział opiekuna w leczeniu, rehabilitacji
 * i edukacji. The age at which such an orzeczenie is accepted is the rule's business: combine
 * with an `age` condition.
 */
export function childDisabilityCondition(spec: ChildDisabilitySpec, ctx: EvaluationContext): ConditionResult {
  const evidence = ctx.claimant.disability;
  const required = spec.indications ?? [];
  const values = required.length ? { indications: listText(required) } : {};
  const args = { member: ctx.claimant.id, indications: required.join(" i ") };
  if (evidence === undefined) {
    return result(spec, "unknown", message("child-disability.unknown", args), { missing: [memberPath(ctx, "disability")], values });
  }
  const findings: ReturnType<typeof childFinding>[] = [];
  for (let index = 0; index < evidence.length; index++) {
    const e = evidence[index] as (typeof evidence)[number];
    if (e.kind === "orzeczenie-dziecka") findings.push(childFinding(e, index, required, ctx));
  }
  const facts = { findings: findings.map((f) => `orzeczenie-dziecka (${f.validity})`).join("; ") };
  if (findings.some((f) => f.status === "pass")) return result(spec, "pass", message("child-disability.pass", args), { facts, values });
  const undecided = findings.filter((f) => f.status === "unknown");
  if (undecided.length > 0) {
    return result(spec, "unknown", message("child-disability.undecided", args), { facts, values, missing: undecided.flatMap((f) => f.missing) });
  }
  return result(spec, "fail", message(findings.length > 0 ? "child-disability.not-met" : "child-disability.fail", args), { facts, values });
}

/** Decides as `childDisabilityCondition`, whose per-orzeczenie check it shares. */
function childDisabilityDecider(spec: ChildDisabilitySpec): Decider {
  const required = spec.indications ?? [];
  return (ctx, missing) => {
    const evidence = ctx.claimant.disability;
    if (evidence === undefined) {
      missing.push(memberPath(ctx, "disability"));
      return "unknown";
    }
    const mark = missing.size;
    for (let index = 0; index < evidence.length; index++) {
      const e = evidence[index] as (typeof evidence)[number];
      if (e.kind !== "orzeczenie-dziecka") continue;
      const finding = childFinding(e, index, required, ctx);
      if (finding.status === "pass") {
        missing.cut(mark);
        return "pass";
      }
      if (finding.status === "unknown") for (const path of finding.missing) missing.push(path);
    }
    return missing.size > mark ? "unknown" : "fail";
  };
}

export const childDisabilityKind: ConditionKind<ChildDisabilitySpec> = { evaluate: childDisabilityCondition, decider: childDisabilityDecider };
