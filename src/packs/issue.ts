import { KryteriumError, isKryteriumError } from "../errors.js";
import { formatPath } from "../household/validate.js";

/** One problem with a pack, as data: the file, the place in it, a code, and the text in both languages. */
export interface PackIssue {
  /** The file the issue is in: a rule's `source` (its file), the manifest's file, or the data's place (`pack 2, rules[3]`). */
  readonly file: string;
  /** Where in that file, dotted: `versions[1].to`; empty for the file as a whole. */
  readonly path: string;
  /** The same place as keys and indexes, for a tool that finds its line (the CLI, for YAML). */
  readonly at: readonly (string | number)[];
  readonly code: string;
  readonly message: { readonly pl: string; readonly en: string };
}

/** An issue of `file` at `at`. */
export function packIssue(file: string, at: readonly (string | number)[], code: string, message: { pl: string; en: string }): PackIssue {
  return { file, path: at.length === 0 ? "" : formatPath(at), at, code, message };
}

/** A pack was refused: every issue found in every pack given. No engine was made. */
export class PackLoadError extends KryteriumError {
  constructor(readonly issues: readonly PackIssue[]) {
    super("invalid-pack", `Invalid pack: ${issues.map((i) => `${i.file}${i.path ? ` ${i.path}` : ""}: ${i.message.en}`).join("; ")}`);
    this.name = "PackLoadError";
  }
}

/**
 * Whether `e` is the error `createEngine` throws for a refused pack (works across ESM/CJS copies).
 *
 * @example
 * try {
 *   createEngine({ packs: [pl, gminaPack] });
 * } catch (e) {
 *   if (isPackLoadError(e)) for (const i of e.issues) console.error(`${i.file} ${i.path}: ${i.message.en}`);
 *   else throw e;
 * }
 */
export function isPackLoadError(e: unknown): e is PackLoadError {
  return isKryteriumError(e) && e.code === "invalid-pack";
}
