// Types of baseline.mjs, for test/shared-decision.test.ts.
import type { SharedDecision } from "./shared.mjs";

/** The shared decision, hand-written on integer grosze (2018-10-01 onwards). */
export function decide(household: unknown, date?: string): SharedDecision;
