/** Exit codes of the command line (documented in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

/** A mistake of the user (arguments or input): printed without a stack trace, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
