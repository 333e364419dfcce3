import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, result } from "./result.js";
import { type Decider, setOf } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type ResidenceSpec = Extract<ConditionSpec, { kind: "residence" }>;

/** What a residence status gives under one condition on a date; "ground-unknown": a temporary permit whose ground is not given. */
export type ResidenceAccess = "pass" | "assess" | "fail" | "ground-unknown";

/**
 * The access a status gives (art. 5 and 5a ustawy o pomocy społecznej): a status a period lists
 * is decided by the period in force on the date (outside every period it lists, it fails); a
 * temporary-residence permit, where the condition names its grounds (art. 5 pkt 2 lit. a), by
 * the ground it was granted on.
 */
export function residenceAccess(spec: ResidenceSpec, status: string, ground: string | undefined, date: string): ResidenceAccess {
  if (spec.periods) {
    let listed = false;
    for (const p of spec.periods) {
      const full = p.full?.includes(status) ?? false;
      const assess = p.assess?.includes(status) ?? false;
      if (!full && !assess) continue;
      listed = true;
      if (p.from <= date && (p.to === undefined || date <= p.to)) return full ? "pass" : "assess";
    }
    if (listed) return "fail";
  }
  if (status === "temporary-residence" && spec.permitGrounds) {
    if (ground === undefined) return "ground-unknown";
    return spec.permitGrounds.includes(ground) ? "pass" : "fail";
  }
  if (spec.full.includes(status)) return "pass";
  return spec.assess?.includes(status) ? "assess" : "fail";
}

/** The claimant's residence status (art. 5 and 5a ustawy o pomocy społecznej). */
export function residenceCondition(spec: ResidenceSpec, ctx: EvaluationContext): ConditionResult {
  const status = ctx.claimant.residence;
  if (status === undefined) {
    return result(spec, "unknown", message("residence.unknown"), { missing: [memberPath(ctx, "residence")] });
  }
  const ground = ctx.claimant.residencePermitGround;
  const access = residenceAccess(spec, status, ground, ctx.date);
  const facts = ground === undefined ? { residence: status } : { residence: status, residencePermitGround: ground };
  if (access === "ground-unknown") {
    return result(spec, "unknown", message("residence.ground-unknown"), { facts, missing: [memberPath(ctx, "residencePermitGround")] });
  }
  if (status === "temporary-residence" && spec.permitGrounds && ground !== undefined) {
    return result(spec, access, message(access === "pass" ? "residence.ground-pass" : "residence.ground-fail", { ground }), { facts });
  }
  const period = access === "assess" ? spec.periods?.find((p) => p.assess?.includes(status)) : undefined;
  if (period) return result(spec, "assess", message("residence.period-assess", { status, from: period.from }), { facts });
  return result(spec, access, message(`residence.${access}`, { status }), { facts });
}

/** Decides as `residenceCondition`. */
function residenceDecider(spec: ResidenceSpec): Decider {
  const full = new Set<string>(spec.full);
  const assess = setOf(spec.assess);
  const plain = spec.periods === undefined && spec.permitGrounds === undefined;
  return (ctx, missing) => {
    const status = ctx.claimant.residence;
    if (status === undefined) {
      missing.push(memberPath(ctx, "residence"));
      return "unknown";
    }
    if (plain) {
      if (full.has(status)) return "pass";
      return assess?.has(status) ? "assess" : "fail";
    }
    const access = residenceAccess(spec, status, ctx.claimant.residencePermitGround, ctx.date);
    if (access !== "ground-unknown") return access;
    missing.push(memberPath(ctx, "residencePermitGround"));
    return "unknown";
  };
}

export const residenceKind: ConditionKind<ResidenceSpec> = { evaluate: residenceCondition, decider: residenceDecider };
