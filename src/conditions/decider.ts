import type { ConditionStatus } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";

/**
 * Deciding a condition without writing its trace: the status its kind's traced evaluation gives,
 * and the input paths that evaluation reports as missing, computed without building the result,
 * its message or its facts. `decide` answers every programme this way; `evaluate` runs the
 * traced evaluations, so there is one wording of each rule and the decider, beside it in the
 * kind's module, is its shortcut.
 *
 * A decider pushes onto `missing` exactly the paths the condition's result would list in its
 * `missing` — which a result does only when its status is "unknown" — and returns its status. It
 * reads the same facts and looks up the same rules, in the same order, as the traced evaluation,
 * so a rule the date lies outside of throws here as it would there; but a composite stops at the
 * child that decides it (a failing one of a conjunction, a holding alternative), deciding after
 * it only the children that may throw (see `Deciders.mayThrow`). A kind whose arithmetic is most
 * of its work declares no decider and is decided by its traced evaluation. test/decide.test.ts
 * holds every decider to its evaluation, status and missing, condition by condition, on every
 * fixture and example at the start of every programme version, on the bench population and on
 * random households.
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

/**
 * A list of conditions (a programme's, or a composite's children): their deciders, and which of
 * them may throw — look up a rule on a date the household gives rather than on the programme's
 * date (an application deadline reads the non-working days where its term ends, KPA art. 57 § 5,
 * and that rule need not be in force then), so that such a condition is decided even after the
 * answer is known, as the traced evaluation, evaluating every condition, would meet it.
 */
export interface Deciders {
  readonly deciders: readonly Decider[];
  readonly mayThrow: readonly boolean[];
}

/**
 * Once the answer is known, the conditions after `from` no longer count, but the ones that may
 * throw are decided still, as the traced evaluations evaluate every condition. What they report
 * the caller discards, the answer not being unknown.
 */
export function decideRest(children: Deciders, from: number, ctx: EvaluationContext, missing: Reported): void {
  for (let k = from; k < children.deciders.length; k++) if (children.mayThrow[k]) (children.deciders[k] as Decider)(ctx, missing);
}

/**
 * Decides each child, reporting the missing facts of those that are unknown; their statuses
 * folded as `allOfStatus` (./all-of.ts) does. A child that fails decides: the caller cuts what
 * was reported.
 */
export function conjunction(children: Deciders, ctx: EvaluationContext, missing: Reported): ConditionStatus {
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

/** A rule's list of codes as a set, for the per-household membership test (`undefined` stays undefined). */
export function setOf(list: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return list === undefined ? undefined : new Set(list);
}

/** Whether someone born on `birth` has reached `years` of age on the context's date (k.c. art. 112, as `dateOfReachingAge` counts it). */
export function reached(ctx: EvaluationContext, birth: string, years: number): boolean {
  return birth <= ctx.bornBy(years);
}
