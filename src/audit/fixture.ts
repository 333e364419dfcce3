import * as z from "zod";
import { isCivilDate } from "../dates.js";
import type { Engine, HouseholdArgument } from "../engine.js";
import { defaultEngine } from "../evaluate.js";
import { isKryteriumError } from "../errors.js";
import type { ProgrammeResult } from "../explain/trace.js";

/**
 * A fixture: one case an auditor can read — the household, the programme, what the law gives,
 * and a sentence saying why. Fixtures live in `fixtures/` as YAML, one case per file.
 */
export const FixtureSchema = z.strictObject({
  /** What the case shows, as a sentence. */
  name: z.string().min(10),
  programme: z.string(),
  /** The provisions the case exercises, e.g. "art. 8 ust. 1 pkt 1". */
  basis: z.string().min(3),
  reviewed: z.strictObject({ by: z.string(), on: z.string().refine(isCivilDate) }).optional(),
  /** Evaluate on this date instead of the household's own evaluationDate. */
  date: z.string().refine(isCivilDate).optional(),
  household: z.unknown(),
  expect: z.strictObject({
    outcome: z.enum(["eligible", "not-eligible", "needs-assessment"]),
    amount: z.string().optional(),
    range: z.strictObject({ min: z.string(), max: z.string() }).optional(),
    missing: z.array(z.string()).optional(),
    /** The programme version expected to apply (its `from` date). */
    versionFrom: z.string().optional(),
  }),
});
export type Fixture = z.infer<typeof FixtureSchema>;

export interface FixtureOutcome {
  readonly pass: boolean;
  /** What differs, one line per field. */
  readonly differences: readonly string[];
  readonly result?: ProgrammeResult;
}

/** Runs one fixture through the engine's `evaluate` (the default engine's unless given) and compares every field it states. */
export function runFixture(fixture: Fixture, engine: Engine = defaultEngine): FixtureOutcome {
  let result: ProgrammeResult | undefined;
  try {
    const evaluation = engine.evaluate(fixture.household as HouseholdArgument, { programmes: [fixture.programme], ...(fixture.date ? { date: fixture.date } : {}) });
    result = evaluation.results[0];
  } catch (e) {
    if (!isKryteriumError(e)) throw e;
    return { pass: false, differences: [`error: ${e.message}`] };
  }
  if (!result) return { pass: false, differences: ["no result"] };
  const { expect } = fixture;
  const differences: string[] = [];
  const compare = (field: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual)) {
      differences.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };
  compare("outcome", expect.outcome, result.outcome);
  compare("amount", expect.amount, result.amount);
  compare("range", expect.range, result.range);
  compare("missing", expect.missing, result.missing);
  compare("versionFrom", expect.versionFrom, result.version?.from);
  return { pass: differences.length === 0, differences, result };
}
