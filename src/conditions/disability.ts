import { degreeFindings } from "../household/disability.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type DisabilitySpec = Extract<ConditionSpec, { kind: "disability" }>;

/**
 * A valid orzeczenie of one of the listed degrees, directly or through the equivalences of
 * art. 5 and art. 62 of the rehabilitation act.
 */
export function disabilityCondition(spec: DisabilitySpec, ctx: EvaluationContext): ConditionResult {
  const evidence = ctx.claimant.disability;
  const values = { degrees: listText(spec.degrees) };
  if (evidence === undefined) {
    return result(spec, "unknown", message("disability.unknown"), { missing: [memberPath(ctx, "disability")], values });
  }
  const findings = degreeFindings(evidence, ctx.date, ctx.equivalences()).filter((f) => spec.degrees.includes(f.degree));
  const facts = { findings: findings.map((f) => `${f.degree} (${f.via}, ${f.validity})`).join("; ") };
  const valid = findings.find((f) => f.validity === "valid");
  if (valid) return result(spec, "pass", message("disability.pass", { degree: valid.degree, via: valid.via }), { facts, values });
  const undated = findings.filter((f) => f.validity === "unknown");
  if (undated.length > 0) {
    return result(spec, "unknown", message("disability.validity-unknown"), {
      facts,
      values,
      missing: undated.map((f) => memberPath(ctx, `disability[${f.index}].validUntil`)),
    });
  }
  return result(spec, "fail", message(findings.length > 0 ? "disability.not-valid" : "disability.fail"), { facts, values });
}

/** Decides as `disabilityCondition`. */
function disabilityDecider(spec: DisabilitySpec): Decider {
  const degrees = new Set<string>(spec.degrees);
  return (ctx, missing) => {
    const evidence = ctx.claimant.disability;
    if (evidence === undefined) {
      missing.push(memberPath(ctx, "disability"));
      return "unknown";
    }
    const findings = degreeFindings(evidence, ctx.date, ctx.equivalences());
    let undated = false;
    for (const f of findings) {
      if (!degrees.has(f.degree)) continue;
      if (f.validity === "valid") return "pass";
      if (f.validity === "unknown") undated = true;
    }
    if (!undated) return "fail";
    for (const f of findings) {
      if (degrees.has(f.degree) && f.validity === "unknown") missing.push(memberPath(ctx, `disability[${f.index}].validUntil`));
    }
    return "unknown";
  };
}

export const disabilityKind: ConditionKind<DisabilitySpec> = { evaluate: disabilityCondition, decider: disabilityDecider };
