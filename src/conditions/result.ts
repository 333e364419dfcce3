import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult, ConditionStatus, Message, VersionRef } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";

const listTexts = new WeakMap<readonly string[], string>();

/** A list of a rule's codes as the trace shows it ("a, b"), joined once per rule version. */
export function listText(list: readonly string[]): string {
  let text = listTexts.get(list);
  if (text === undefined) {
    text = list.join(", ");
    listTexts.set(list, text);
  }
  return text;
}

export function message(key: string, args: Record<string, string> = {}): Message {
  return { key, args };
}

/** Builds a condition result, carrying the spec's label and legal basis. */
export function result(
  spec: ConditionSpec,
  status: ConditionStatus,
  msg: Message,
  extra: {
    facts?: Record<string, string>;
    values?: Record<string, string>;
    missing?: readonly string[];
    openQuestions?: readonly string[];
    sources?: readonly VersionRef[];
    children?: readonly ConditionResult[];
  } = {},
): ConditionResult {
  return {
    kind: spec.kind,
    status,
    basis: spec.basis,
    label: spec.label,
    message: msg,
    facts: extra.facts ?? {},
    values: extra.values ?? {},
    missing: extra.missing ?? [],
    openQuestions: extra.openQuestions ?? [],
    sources: extra.sources ?? [],
    children: extra.children,
  };
}

/** A parameter of the programme version; `null` when the law leaves it open. */
export function parameterOf(ctx: EvaluationContext, name: string): string | null {
  const value = ctx.version.parameters[name];
  if (value === undefined) throw new Error(`${ctx.rule.id}: parameter ${name} is not defined in version ${ctx.version.from}`);
  return value;
}

/** Ids of the rule's open questions that cover a parameter left open. */
export function openQuestionsFor(ctx: EvaluationContext, parameter: string): string[] {
  return (ctx.rule.openQuestions ?? []).filter((q) => q.parameters?.includes(parameter)).map((q) => q.id);
}

export function memberPath(ctx: EvaluationContext, field: string): string {
  return `members[${ctx.claimantIndex}].${field}`;
}

/** Each of `specs` evaluated in `ctx`, in order. An index loop: the rules are frozen (../freeze.ts). */
export function evaluateEach(
  specs: readonly ConditionSpec[],
  ctx: EvaluationContext,
  evaluate: (spec: ConditionSpec, ctx: EvaluationContext) => ConditionResult,
): ConditionResult[] {
  const results: ConditionResult[] = [];
  for (let i = 0; i < specs.length; i++) results.push(evaluate(specs[i] as ConditionSpec, ctx));
  return results;
}

/** The missing facts of the children that are unknown, in order (a fresh array the caller may extend). */
export function missingOf(children: readonly ConditionResult[]): string[] {
  const missing: string[] = [];
  for (const c of children) if (c.status === "unknown") for (const path of c.missing) missing.push(path);
  return missing;
}

/** The open questions every child ran into, in order. */
export function openQuestionsOf(children: readonly ConditionResult[]): string[] {
  const ids: string[] = [];
  for (const c of children) for (const id of c.openQuestions) ids.push(id);
  return ids;
}
