/** Exit codes of the command line (documented in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

const USAGE = Symbol.for("kryterium.usage-error");

/** A mistake of the user (arguments or input): printed without a stack trace, exit 2. */
export class UsageError extends Error {
  readonly [USAGE] = true;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }

  // dist/serve.js carries its own copy of this class: a brand, not the prototype, makes `instanceof` hold across the two
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[USAGE] === true;
  }
}
