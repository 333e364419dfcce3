import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";
import { type Decider, setOf } from "./decider.js";
import type { ConditionKind } from "./kind.js";

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

/** Decides as `situationCondition`. */
function situationDecider(spec: SituationSpec): Decider {
  const anyOf = setOf(spec.anyOf);
  const otherwise = spec.otherwise === "assess" ? "assess" : "fail";
  return (ctx, missing) => {
    const own = ctx.claimant.situations;
    const shared = ctx.household.situations;
    if (own === undefined && shared === undefined) {
      missing.push("situations");
      missing.push(memberPath(ctx, "situations"));
      return "unknown";
    }
    for (const list of [shared, own]) {
      if (list === undefined) continue;
      if (anyOf === undefined ? list.length > 0 : list.some((s) => anyOf.has(s))) return "pass";
    }
    return otherwise;
  };
}

export const situationKind: ConditionKind<SituationSpec> = { evaluate: situationCondition, decider: situationDecider };
