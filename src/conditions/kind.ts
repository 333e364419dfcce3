import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import type { Decider, Deciders } from "./decider.js";

/** The name of a condition kind, as a rule file gives it in `kind:`. */
export type ConditionKindName = ConditionSpec["kind"];

/** The spec of one kind. */
export type SpecOf<K extends ConditionKindName> = Extract<ConditionSpec, { kind: K }>;

/** Evaluates any condition (the registry's `evaluateCondition`), for a kind whose conditions nest others. */
export type Evaluate = (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult;

/** A condition nested in another, with where it sits in its parent (`["conditions", 0]`, `["raisedWhen"]`). */
export interface NestedCondition {
  readonly at: readonly (string | number)[];
  readonly spec: ConditionSpec;
}

/**
 * One kind of the condition vocabulary, as its module declares it to the registry
 * (./index.ts): the traced evaluation, the fast decider, and the conditions nested in it.
 */
export interface ConditionKind<S extends ConditionSpec> {
  /** The condition's result with its trace (message, facts, values, missing facts, children). */
  readonly evaluate: (spec: S, ctx: EvaluationContext, evaluate: Evaluate) => ConditionResult;
  /**
   * The same status and missing facts without the trace (see ./decider.ts), made once per spec;
   * `decidersOf` gives the deciders of nested conditions. A kind without one is decided by its
   * traced evaluation.
   */
  readonly decider?: (spec: S, decidersOf: (specs: readonly ConditionSpec[]) => Deciders) => Decider;
  /** The conditions nested in it, in the order it evaluates them; a kind without it nests none. */
  readonly children?: (spec: S) => readonly NestedCondition[];
  /**
   * Whether it looks up a rule on a date the household gives rather than on the programme's date
   * (its children aside): such a condition can throw where the programme's own date is covered.
   */
  readonly readsHouseholdDate?: (spec: S) => boolean;
}

/** The nested conditions of a kind's `conditions` list, with their places. */
export function listed(conditions: readonly ConditionSpec[]): NestedCondition[] {
  return conditions.map((spec, i) => ({ at: ["conditions", i], spec }));
}
