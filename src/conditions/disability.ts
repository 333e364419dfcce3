import { degreeFindings } from "../household/disability.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { listText, memberPath, message, result } from "./result.js";

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
