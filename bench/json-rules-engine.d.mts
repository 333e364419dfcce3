// Types of json-rules-engine.mjs, for test/shared-decision.test.ts.
import type { SharedDecision } from "./shared.mjs";

/** Builds the engines, one per segment of constant law, and returns the decider. */
export function createJsonRulesEngine(): (household: unknown, date?: string) => Promise<SharedDecision>;
