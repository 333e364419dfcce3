import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";

type SituationSpec = Extract<ConditionSpec, { kind: "situation" }>;

/** An art. 7 situation of the household or of the claimant. */
export function situationCondition(spec: SituationSpec, ctx: EvaluationContext): ConditionResult {
  const own = ctx.claimant.situations;
  const shared = ctx.household.situations;
  if (own === undefined && shared === undefined) {
    return result(spec, "unknown", message("situation.unknown"), { missing: ["situations", memberPath(ctx, "situations")] });
  }
  const present: string[] = [];
  // index loops: the household may be frozen (../freeze.ts)
  for (const list of [shared, own]) {
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) if (!present.includes(list[i] as string)) present.push(list[i] as string);
  }
  present.sort();
  const matching = spec.anyOf === undefined ? present : present.filter((s) => spec.anyOf?.includes(s));
  const facts = { situations: present.join(", ") };
  const values = spec.anyOf === undefined ? {} : { anyOf: listText(spec.anyOf) };
  if (matching.length > 0) {
    return result(spec, "pass", message("situation.pass", { situations: matching.join(", ") }), { facts, values });
  }
  // An open list ("w szczególności", "lub innych okoliczności"): the office judges other circumstances.
  if (spec.otherwise === "assess") {
    return result(spec, "assess", message("situation.assess", { situations: present.join(", ") }), { facts, values });
  }
  return result(spec, "fail", message(present.length > 0 ? "situation.fail-other" : "situation.fail-none"), { facts, values });
}
