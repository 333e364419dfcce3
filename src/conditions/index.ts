import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import type { Decider, Deciders } from "./decider.js";
import type { ConditionKind, ConditionKindName, NestedCondition, SpecOf } from "./kind.js";
import { ageKind } from "./age.js";
import { allOfKind } from "./all-of.js";
import { anyOfKind } from "./any-of.js";
import { applicationDeadlineKind } from "./application-deadline.js";
import { assessmentKind } from "./assessment.js";
import { baseYearIncomeKind } from "./base-year-income.js";
import { childDisabilityKind } from "./child-disability.js";
import { countKind } from "./count.js";
import { disabilityKind } from "./disability.js";
import { factKind } from "./fact.js";
import { householdTypeKind } from "./household-type.js";
import { incomeKind } from "./income.js";
import { prenatalCareKind } from "./prenatal-care.js";
import { priorityKind } from "./priority.js";
import { relationKind } from "./relation.js";
import { residenceKind } from "./residence.js";
import { retirementAgeKind } from "./retirement-age.js";
import { situationKind } from "./situation.js";

/**
 * The condition vocabulary: every kind a rule file may name, each declared by its own module
 * (its traced evaluation, its decider, the conditions it nests). A kind missing here does not
 * compile: the table is keyed by every `kind` of `ConditionSpec`.
 */
const KINDS: { readonly [K in ConditionKindName]: ConditionKind<SpecOf<K>> } = {
  income: incomeKind,
  situation: situationKind,
  residence: residenceKind,
  age: ageKind,
  "retirement-age": retirementAgeKind,
  disability: disabilityKind,
  fact: factKind,
  relation: relationKind,
  "prenatal-care": prenatalCareKind,
  "application-deadline": applicationDeadlineKind,
  count: countKind,
  "all-of": allOfKind,
  "any-of": anyOfKind,
  "child-disability": childDisabilityKind,
  "household-type": householdTypeKind,
  assessment: assessmentKind,
  priority: priorityKind,
  "base-year-income": baseYearIncomeKind,
};

function kindOf(spec: ConditionSpec): ConditionKind<ConditionSpec> {
  return KINDS[spec.kind] as ConditionKind<ConditionSpec>;
}

/** Evaluates one condition of the vocabulary, with its trace. */
export function evaluateCondition(spec: ConditionSpec, ctx: EvaluationContext): ConditionResult {
  return kindOf(spec).evaluate(spec, ctx, evaluateCondition);
}

/** The conditions nested in `spec` (a composite's list, a raised criterion's condition), with their places in it. */
export function nestedConditions(spec: ConditionSpec): readonly NestedCondition[] {
  return kindOf(spec).children?.(spec) ?? [];
}

/** Every condition of `specs` at any depth, each before the conditions nested in it. */
export function everyCondition(specs: readonly ConditionSpec[]): ConditionSpec[] {
  const found: ConditionSpec[] = [];
  const visit = (spec: ConditionSpec): void => {
    found.push(spec);
    for (const nested of nestedConditions(spec)) visit(nested.spec);
  };
  for (const spec of specs) visit(spec);
  return found;
}

/**
 * Whether deciding the condition may look up a rule on a date the household gives rather than on
 * the programme's date (its own or a nested condition's), and so throw where the programme's own
 * date is covered. (What conditions look up on the programme's date is in force whenever the
 * programme is: test/rules-health.test.ts.)
 */
function mayThrowOnHouseholdDate(spec: ConditionSpec): boolean {
  return kindOf(spec).readsHouseholdDate?.(spec) === true || nestedConditions(spec).some((n) => mayThrowOnHouseholdDate(n.spec));
}

const deciders = new WeakMap<ConditionSpec, Decider>();

/** The decider of a condition (./decider.ts), made once per spec. */
export function deciderOf(spec: ConditionSpec): Decider {
  let found = deciders.get(spec);
  if (found === undefined) {
    found = compile(spec);
    deciders.set(spec, found);
  }
  return found;
}

function compile(spec: ConditionSpec): Decider {
  const kind = kindOf(spec);
  if (kind.decider !== undefined) return kind.decider(spec, decidersOf);
  // a kind without a decider: decided by its traced evaluation
  return (ctx, missing) => {
    const r = evaluateCondition(spec, ctx);
    for (const path of r.missing) missing.push(path);
    return r.status;
  };
}

/** The deciders of a list of conditions (a programme's, or a composite's children), and which of them may throw. */
export function decidersOf(specs: readonly ConditionSpec[]): Deciders {
  return { deciders: specs.map(deciderOf), mayThrow: specs.map(mayThrowOnHouseholdDate) };
}
