import { degreeFindings } from "../household/disability.js";
import { applicantIndexOf } from "../household/members.js";
import type { Member } from "../household/schema.js";
import { scaledParameter } from "../money.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionStatus } from "../explain/trace.js";
import { childFinding } from "./child-disability.js";
import { type EvaluationContext, withClaimant } from "./context.js";
import { READ_FACT } from "./fact.js";
import { residenceAccess } from "./residence.js";
import { evaluateCondition } from "./index.js";
import { memberPath, parameterOf } from "./result.js";

/**
 * Deciding a condition without writing its trace: the status the condition's own function
 * (`./age.ts`, `./count.ts`…) gives, and the input paths it reports as missing, computed without
 * building the result, its message or its facts. `decide` (src/evaluate.ts) answers every
 * programme this way; `evaluate` runs the condition functions, which write the trace, so there
 * is one wording of each rule and this file is its shortcut.
 *
 * A decider pushes onto `missing` exactly the paths the condition's result would list in its
 * `missing` — which a result does only when its status is "unknown" — and returns its status. It
 * reads the same facts and looks up the same rules, in the same order, as the condition function,
 * so a rule the date lies outside of throws here as it would there; but a composite stops at the
 * child that decides it (a failing one of a conjunction, a holding alternative), deciding after
 * it only the children that may throw (mayThrowOnHouseholdDate). The kinds that are rare or
 * whose arithmetic is most of their work (base-year income, application deadlines, prenatal care)
 * are decided by their condition function. test/decide.test.ts holds every decider to its
 * condition function, status and missing, condition by condition, on every fixture and example at
 * the start of every programme version, on the bench population and on random households.
 */
export type Decider = (ctx: EvaluationContext, missing: Reported) => ConditionStatus;

/**
 * The missing facts reported while deciding: a stack that a composite condition cuts back to a
 * mark when its children's doubt does not carry over — a field write, where cutting an array's
 * length would be a runtime call on every condition.
 */
export class Reported {
  private readonly paths: string[] = [];
  /** How many paths are reported. */
  size = 0;

  push(path: string): void {
    this.paths[this.size++] = path;
  }

  cut(mark: number): void {
    this.size = mark;
  }

  at(index: number): string {
    return this.paths[index] as string;
  }
}

const deciders = new WeakMap<ConditionSpec, Decider>();

/** The decider of a condition, made once per spec. */
export function deciderOf(spec: ConditionSpec): Decider {
  let found = deciders.get(spec);
  if (found === undefined) {
    found = compile(spec);
    deciders.set(spec, found);
  }
  return found;
}

/**
 * Whether deciding the condition may look up a rule on a date the household gives rather than on
 * the programme's date: an application deadline reads the non-working days where its term ends
 * (KPA art. 57 § 5), and that rule need not be in force then, so the condition can throw where
 * the programme's own date is covered. (What conditions look up on the programme's date is in
 * force whenever the programme is: test/rules-health.test.ts.)
 */
function mayThrowOnHouseholdDate(spec: ConditionSpec): boolean {
  if (spec.kind === "application-deadline") return spec.holidays !== undefined;
  return "conditions" in spec && Array.isArray(spec.conditions) && (spec.conditions as readonly ConditionSpec[]).some(mayThrowOnHouseholdDate);
}

function compile(spec: ConditionSpec): Decider {
  switch (spec.kind) {
    case "income":
      return incomeDecider(spec);
    case "situation":
      return situationDecider(spec);
    case "residence":
      return residenceDecider(spec);
    case "age":
      return ageDecider(spec);
    case "disability":
      return disabilityDecider(spec);
    case "fact":
      return factDecider(spec);
    case "relation":
      return relationDecider(spec);
    case "retirement-age":
      return retirementAgeDecider(spec);
    case "child-disability":
      return childDisabilityDecider(spec);
    case "household-type":
      return householdTypeDecider(spec);
    case "assessment":
      return () => "assess";
    case "any-of":
      return anyOfDecider(childrenOf(spec.conditions));
    case "all-of":
      return allOfDecider(childrenOf(spec.conditions));
    case "priority":
      return priorityDecider(childrenOf(spec.conditions));
    case "count":
      return countDecider(spec);
    default:
      // base-year income, application deadlines, prenatal care: decided by their condition function
      return (ctx, missing) => {
        const r = evaluateCondition(spec, ctx);
        for (const path of r.missing) missing.push(path);
        return r.status;
      };
  }
}

type Spec<K extends ConditionSpec["kind"]> = Extract<ConditionSpec, { kind: K }>;

/** Mirrors `incomeCondition` (./income.ts). */
function incomeDecider(spec: Spec<"income">): Decider {
  const regime = spec.regime ?? "cash";
  const claimantScope = spec.scope === "claimant";
  const lte = spec.operator === "lte";
  return (ctx, missing) => {
    const criterion = ctx.criterion(spec.criterion);
    const income = ctx.income(regime);
    const family = ctx.household.householdType === "family";
    if (claimantScope && !family) return "not-applicable";
    if (income.missing.length > 0) {
      const prefix = claimantScope ? `members[${ctx.claimantIndex}].` : undefined;
      const mark = missing.size;
      for (const path of income.missing) if (prefix === undefined || path.startsWith(prefix)) missing.push(path);
      if (missing.size > mark) return "unknown";
    }
    const percent = spec.percent === undefined ? "1" : parameterOf(ctx, spec.percent);
    if (percent === null) return "assess";
    const perPerson = claimantScope || spec.scope === "family-per-person" || family;
    const amount = claimantScope ? income.member(ctx.claimantIndex) : income.total;
    const threshold = perPerson
      ? scaledParameter(criterion.perPerson, claimantScope ? 1 : ctx.household.members.length, percent)
      : scaledParameter(criterion.single, 1, percent);
    return amount.within(threshold, lte) ? "pass" : "fail";
  };
}

/** A rule's list of codes as a set, for the per-household membership test (`undefined` stays undefined). */
function setOf(list: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return list === undefined ? undefined : new Set(list);
}

/** Mirrors `householdTypeCondition` (./household-type.ts). */
function householdTypeDecider(spec: Spec<"household-type">): Decider {
  const anyOf = new Set<string>(spec.anyOf);
  return (ctx) => (anyOf.has(ctx.household.householdType) ? "pass" : "fail");
}

/** Mirrors `situationCondition` (./situation.ts). */
function situationDecider(spec: Spec<"situation">): Decider {
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

/** Mirrors `residenceCondition` (./residence.ts). */
function residenceDecider(spec: Spec<"residence">): Decider {
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

/** Whether someone born on `birth` has reached `years` of age on the context's date (k.c. art. 112, as `dateOfReachingAge` counts it). */
function reached(ctx: EvaluationContext, birth: string, years: number): boolean {
  return birth <= ctx.bornBy(years);
}

/** Mirrors `ageCondition` (./age.ts), with the limits as birth-date cut-offs. */
function ageDecider(spec: Spec<"age">): Decider {
  const byYear = spec.method === "birth-year";
  return (ctx, missing) => {
    const birth = ctx.birthDate(ctx.claimant);
    if (birth === undefined) {
      missing.push(memberPath(ctx, "birthDate"));
      return "unknown";
    }
    const minValue = spec.min === undefined ? undefined : parameterOf(ctx, spec.min);
    if (minValue === null) return "assess";
    const belowValue = spec.below === undefined ? undefined : parameterOf(ctx, spec.below);
    if (belowValue === null) return "assess";
    if (byYear) {
      const age = Number(ctx.date.slice(0, 4)) - Number(birth.slice(0, 4));
      return (minValue === undefined || age >= Number(minValue)) && (belowValue === undefined || age < Number(belowValue)) ? "pass" : "fail";
    }
    const meetsMin = minValue === undefined || reached(ctx, birth, Number(minValue));
    const meetsBelow = belowValue === undefined || !reached(ctx, birth, Number(belowValue));
    return meetsMin && meetsBelow ? "pass" : "fail";
  };
}

/** Mirrors `retirementAgeCondition` (./retirement-age.ts). */
function retirementAgeDecider(spec: Spec<"retirement-age">): Decider {
  return (ctx, missing) => {
    const sex = ctx.sex(ctx.claimant);
    const birth = ctx.birthDate(ctx.claimant);
    if (birth === undefined || sex === undefined) {
      if (birth === undefined) missing.push(memberPath(ctx, "birthDate"));
      if (sex === undefined) missing.push(memberPath(ctx, "sex"));
      return "unknown";
    }
    const value = parameterOf(ctx, sex === "F" ? spec.female : spec.male);
    if (value === null) {
      // the exact age is open; past the highest age the law ever set, it is reached under every reading
      const ceiling = spec.ceiling === undefined ? null : parameterOf(ctx, spec.ceiling);
      return ceiling !== null && reached(ctx, birth, Number(ceiling)) ? "pass" : "assess";
    }
    return reached(ctx, birth, Number(value)) ? "pass" : "fail";
  };
}

/** Mirrors `disabilityCondition` (./disability.ts). */
function disabilityDecider(spec: Spec<"disability">): Decider {
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

/** Mirrors `childDisabilityCondition` (./child-disability.ts), whose per-orzeczenie check it shares. */
function childDisabilityDecider(spec: Spec<"child-disability">): Decider {
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

/** Mirrors `factCondition` (./fact.ts). */
function factDecider(spec: Spec<"fact">): Decider {
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

/** Mirrors `relationCondition` (./relation.ts). */
function relationDecider(spec: Spec<"relation">): Decider {
  const anyOf = new Set<string>(spec.anyOf);
  return (ctx, missing) => {
    const relation = ctx.claimant.applicantRelation;
    if (relation === undefined) {
      missing.push(memberPath(ctx, "applicantRelation"));
      return "unknown";
    }
    return anyOf.has(relation) ? "pass" : "fail";
  };
}

/** A list of conditions (a programme's, or a composite's children): their deciders, and which of them may throw (mayThrowOnHouseholdDate). */
export interface Children {
  readonly deciders: readonly Decider[];
  readonly mayThrow: readonly boolean[];
}

export function childrenOf(specs: readonly ConditionSpec[]): Children {
  return { deciders: specs.map(deciderOf), mayThrow: specs.map(mayThrowOnHouseholdDate) };
}

/**
 * Once the answer is known, the conditions after `from` no longer count, but the ones that may
 * throw are decided still, as the condition functions evaluate every condition. What they report
 * the caller discards, the answer not being unknown.
 */
export function decideRest(children: Children, from: number, ctx: EvaluationContext, missing: Reported): void {
  for (let k = from; k < children.deciders.length; k++) if (children.mayThrow[k]) (children.deciders[k] as Decider)(ctx, missing);
}

/**
 * Mirrors the `any-of` case of `evaluateCondition` (./index.ts): the alternatives are decided
 * until one holds, and all their missing facts are reported when the doubt carries over.
 */
function anyOfDecider(children: Children): Decider {
  const { deciders } = children;
  return (ctx, missing) => {
    const mark = missing.size;
    let unknown = false;
    let assess = false;
    for (let i = 0; i < deciders.length; i++) {
      const status = (deciders[i] as Decider)(ctx, missing);
      if (status === "pass") {
        // one alternative that holds decides
        decideRest(children, i + 1, ctx, missing);
        missing.cut(mark);
        return "pass";
      }
      if (status === "unknown") unknown = true;
      else if (status === "assess") assess = true;
    }
    const status: ConditionStatus = unknown ? "unknown" : assess ? "assess" : "fail";
    if (status !== "unknown") missing.cut(mark);
    return status;
  };
}

/**
 * Decides each child, reporting the missing facts of those that are unknown (`missingOf`); their
 * statuses folded as `allOfStatus` does. A child that fails decides: the caller cuts what was reported.
 */
function conjunction(children: Children, ctx: EvaluationContext, missing: Reported): ConditionStatus {
  const { deciders } = children;
  let unknown = false;
  let assess = false;
  for (let i = 0; i < deciders.length; i++) {
    const status = (deciders[i] as Decider)(ctx, missing);
    if (status === "fail") {
      decideRest(children, i + 1, ctx, missing);
      return "fail";
    }
    if (status === "unknown") unknown = true;
    else if (status === "assess") assess = true;
  }
  return unknown ? "unknown" : assess ? "assess" : "pass";
}

/** Mirrors `allOfCondition` (./all-of.ts). */
function allOfDecider(children: Children): Decider {
  return (ctx, missing) => {
    const mark = missing.size;
    const status = conjunction(children, ctx, missing);
    if (status !== "unknown") missing.cut(mark);
    return status;
  };
}

/** Mirrors `priorityCondition` (./priority.ts): never a condition, but its alternatives are read as there. */
function priorityDecider(children: Children): Decider {
  return (ctx, missing) => {
    const mark = missing.size;
    decideRest(children, 0, ctx, missing);
    missing.cut(mark);
    return "not-applicable";
  };
}

/** Mirrors `countCondition` (./count.ts): who is selected, each selected member decided as a conjunction, and the three-valued count. */
function countDecider(spec: Spec<"count">): Decider {
  const nested = childrenOf(spec.conditions);
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
