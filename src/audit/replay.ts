import * as z from "zod";
import { isCivilDate } from "../dates.js";
import { type Evaluation, evaluate } from "../evaluate.js";
import type { ProgrammeResult, VersionRef } from "../explain/trace.js";

/**
 * A decision record: the input, the date, what decided (library version, rules fingerprint)
 * and the results. `replayDecision` evaluates the input again with today's library and says
 * whether the answer is the same — and, when not, which rule versions differ.
 */
export const DecisionRecordSchema = z.object({
  kind: z.literal("kryterium-decision"),
  household: z.unknown(),
  date: z.string().refine(isCivilDate),
  programmes: z.array(z.string()).optional(),
  evaluation: z.object({
    date: z.string(),
    library: z.object({ version: z.string(), rulesFingerprint: z.string() }),
    results: z.array(
      z.looseObject({
        programme: z.string(),
        outcome: z.string(),
        amount: z.string().optional(),
        range: z.object({ min: z.string(), max: z.string() }).optional(),
        version: z.looseObject({ rule: z.string(), from: z.string(), to: z.string().optional() }).optional(),
        conditions: z.array(z.looseObject({ sources: z.array(z.looseObject({ rule: z.string(), from: z.string(), to: z.string().optional() })).optional() })).optional(),
      }),
    ),
  }),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** Makes a decision record of an evaluation (the caller decides where, and whether, to keep it). */
export function decisionRecord(household: unknown, evaluation: Evaluation, programmes?: readonly string[]): DecisionRecord {
  return { kind: "kryterium-decision", household, date: evaluation.date, ...(programmes ? { programmes: [...programmes] } : {}), evaluation: JSON.parse(JSON.stringify(evaluation)) as DecisionRecord["evaluation"] };
}

type Recorded = DecisionRecord["evaluation"]["results"][number];
type Ref = { rule: string; from: string; to?: string | undefined };

export interface ReplayDifference {
  readonly programme: string;
  readonly before?: { outcome: string; amount?: string | undefined; range?: { min: string; max: string } | undefined } | undefined;
  readonly after?: { outcome: string; amount?: string | undefined; range?: { min: string; max: string } | undefined } | undefined;
  /** Rule versions used then and now, where they differ. */
  readonly changedVersions: ReadonlyArray<{ rule: string; before?: Ref | undefined; after?: VersionRef | undefined }>;
}

export interface Replay {
  readonly same: boolean;
  readonly recorded: { readonly version: string; readonly rulesFingerprint: string };
  readonly current: { readonly version: string; readonly rulesFingerprint: string };
  readonly differences: readonly ReplayDifference[];
}

function refs(r: { version?: Ref | undefined; conditions?: ReadonlyArray<{ sources?: readonly Ref[] | undefined }> | undefined }): Map<string, Ref> {
  const map = new Map<string, Ref>();
  if (r.version) map.set(r.version.rule, r.version);
  for (const c of r.conditions ?? []) for (const s of c.sources ?? []) map.set(s.rule, s);
  return map;
}

const decision = (r: Recorded | ProgrammeResult) => ({ outcome: r.outcome, amount: r.amount, range: r.range });

export function replayDecision(record: DecisionRecord): Replay {
  const now = evaluate(record.household, { date: record.date, ...(record.programmes ? { programmes: record.programmes } : {}) });
  const ids = [...new Set([...record.evaluation.results.map((r) => r.programme), ...now.results.map((r) => r.programme)])];
  const differences: ReplayDifference[] = [];
  for (const id of ids) {
    const before = record.evaluation.results.find((r) => r.programme === id);
    const after = now.results.find((r) => r.programme === id);
    if (before && after && JSON.stringify(decision(before)) === JSON.stringify(decision(after))) continue;
    const was = before ? refs(before) : new Map<string, Ref>();
    const is = after ? refs(after) : new Map<string, Ref>();
    const changedVersions = [...new Set([...was.keys(), ...is.keys()])]
      .filter((rule) => was.get(rule)?.from !== is.get(rule)?.from || was.get(rule)?.to !== is.get(rule)?.to)
      .map((rule) => ({ rule, before: was.get(rule), after: is.get(rule) as VersionRef | undefined }));
    differences.push({ programme: id, before: before && decision(before), after: after && decision(after), changedVersions });
  }
  return { same: differences.length === 0, recorded: record.evaluation.library, current: now.library, differences };
}
