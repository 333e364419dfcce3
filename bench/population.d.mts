// Types of the part of population.mjs the tests use (test/decide.test.ts, test/shared-decision.test.ts).

/** The three evaluation dates of the bench. */
export const DATES: readonly string[];

/** The first `n` households of the seeded population, boundary cases first, as JSON inputs. */
export function population(n: number): Record<string, unknown>[];

/** How many of the population's first households are boundary cases. */
export function boundaryCount(): number;
