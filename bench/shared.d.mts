// Types of shared.mjs, for test/shared-decision.test.ts.

/** The shared decision of one household on one date, as each of its three implementations answers it. */
export interface SharedDecision {
  readonly prawo: string | undefined;
  readonly popz: string | undefined;
  readonly staly: string | undefined;
  readonly amount: string | undefined;
  readonly age70: boolean;
}

/** The shared decision through kryterium: `lib` is the library's module, `api` the function that decides. */
export function kryteriumDecider(lib: object, api?: "evaluate" | "decide"): (household: unknown, date?: string) => SharedDecision;

export function same(a: SharedDecision, b: SharedDecision): boolean;

export function show(d: SharedDecision): string;
