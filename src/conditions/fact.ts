import type { Member } from "../household/schema.js";
import type { ConditionSpec, MemberFact } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { memberPath, message, result } from "./result.js";
import type { Decider } from "./decider.js";
import type { ConditionKind } from "./kind.js";

type FactSpec = Extract<ConditionSpec, { kind: "fact" }>;

/** How each member fact is read from the member record. */
const READ_FACT: Readonly<Record<MemberFact, (m: Member) => boolean | undefined>> = {
  "flags.inEducation": (m) => m.flags?.inEducation,
  "flags.schoolPupil": (m) => m.flags?.schoolPupil,
  "flags.receivesCareServices": (m) => m.flags?.receivesCareServices,
  "flags.pitInMunicipality": (m) => m.flags?.pitInMunicipality,
  "birth.live": (m) => m.birth?.live,
  "birth.severeConditionCertificate": (m) => m.birth?.severeConditionCertificate,
  "alimony.enforcementIneffective": (m) => m.alimony?.enforcementIneffective,
  "flags.receivesNursingSupplement": (m) => m.flags?.receivesNursingSupplement,
  "flags.disabilityBefore21": (m) => m.flags?.disabilityBefore21,
  "flags.inFullCareInstitution": (m) => m.flags?.inFullCareInstitution,
  "flags.livesWithCarer": (m) => m.flags?.livesWithCarer,
};

/** A yes/no fact of the subject member (the applicant, or the member a `member` condition selected). */
export function factCondition(spec: FactSpec, ctx: EvaluationContext): ConditionResult {
  const expected = spec.equals ?? true;
  const value = READ_FACT[spec.fact](ctx.claimant);
  const args = { fact: spec.fact, member: ctx.claimant.id };
  if (value === undefined) return result(spec, "unknown", message("fact.unknown", args), { missing: [memberPath(ctx, spec.fact)] });
  const passes = value === expected;
  return result(spec, passes ? "pass" : "fail", message(value ? "fact.true" : "fact.false", args), {
    facts: { [spec.fact]: String(value) },
    values: { expected: String(expected) },
  });
}

/** Decides as `factCondition`. */
function factDecider(spec: FactSpec): Decider {
  const read = READ_FACT[spec.fact];
  const expected = spec.equals ?? true;
  return (ctx, missing) => {
    const value = read(ctx.claimant);
    if (value === undefined) {
      missing.push(memberPath(ctx, spec.fact));
      return "unknown";
    }
    return value === expected ? "pass" : "fail";
  };
}

export const factKind: ConditionKind<FactSpec> = { evaluate: factCondition, decider: factDecider };
