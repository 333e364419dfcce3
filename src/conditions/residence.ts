import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, result } from "./result.js";

type ResidenceSpec = Extract<ConditionSpec, { kind: "residence" }>;

/** The claimant's residence status (art. 5 and 5a ustawy o pomocy społecznej). */
export function residenceCondition(spec: ResidenceSpec, ctx: EvaluationContext): ConditionResult {
  const status = ctx.claimant.residence;
  if (status === undefined) {
    return result(spec, "unknown", message("residence.unknown"), { missing: [memberPath(ctx, "residence")] });
  }
  const facts = { residence: status };
  if (spec.full.includes(status)) return result(spec, "pass", message("residence.pass", { status }), { facts });
  if (spec.assess?.includes(status)) return result(spec, "assess", message("residence.assess", { status }), { facts });
  return result(spec, "fail", message("residence.fail", { status }), { facts });
}
