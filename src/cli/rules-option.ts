import { resolve } from "node:path";
import type { FixtureFile } from "../audit/report.js";
import { createEngine, type Engine } from "../engine.js";
import type { Lang } from "../errors.js";
import { defaultEngine } from "../evaluate.js";
import { isPackLoadError, type PackIssue } from "../packs/issue.js";
import type { Pack } from "../packs/pack.js";
import { krakow } from "../packs/bundled/krakow.js";
import { krasnik } from "../packs/bundled/krasnik.js";
import { pl } from "../packs/bundled/pl.js";
import { type PackFolder, packIssueLine, readPackFolder } from "./pack-folder.js";

/** The help line of `--rules DIR`, the same on every command that takes it. */
export const RULES_OPTION_HELP = `  --rules KATALOG        dodatkowy pakiet przepisów gminy (pack.yaml + pliki reguł; można powtórzyć)
                         an extra rule pack (pack.yaml + rule files, YAML or JSON; repeatable)`;

/** Packs given with `--rules` were refused: every issue, by file and line, in the user's language. Exit 2. */
export class PackRulesError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "PackRulesError";
  }
}

/** The engine of a command: the bundled packs and the packs of the `--rules` folders; their fixtures, for audit. */
export interface RulesEngine {
  readonly engine: Engine;
  /** Whether `--rules` added packs (else `engine` is the default engine). */
  readonly extended: boolean;
  /** The packs `--rules` added, checked. */
  readonly added: readonly Pack[];
  readonly fixtures: readonly FixtureFile[];
}

const BUNDLED = [pl, krakow, krasnik];

// Engines already made in this process, by their folders: batch's lines and a worker ask once.
const made = new Map<string, RulesEngine>();

/**
 * The engine over the bundled packs and those in `dirs` (none: the default engine). A folder
 * that cannot be read, or a pack the checks refuse, throws `PackRulesError` naming every issue,
 * with the line for YAML files; nothing is half loaded.
 */
export function rulesEngine(dirs: readonly string[] | undefined, lang: Lang): RulesEngine {
  if (dirs === undefined || dirs.length === 0) return { engine: defaultEngine, extended: false, added: [], fixtures: [] };
  const key = JSON.stringify(dirs.map((d) => resolve(d)));
  const known = made.get(key);
  if (known !== undefined) return known;
  const folders: PackFolder[] = dirs.map((dir) => readPackFolder(dir));
  const lineOf = (issue: PackIssue) => folders.map((f) => f.lineOf(issue.file, issue.at)).find((line) => line !== undefined);
  const refuse = (issues: readonly PackIssue[]) => new PackRulesError(issues.map((i) => packIssueLine(i, lineOf(i), lang)));
  const unread = folders.flatMap((f) => f.issues);
  if (unread.length > 0) throw refuse(unread);
  let engine: Engine;
  try {
    engine = createEngine({ packs: [...BUNDLED, ...folders.map((f) => f.pack).filter((p) => p !== undefined)] });
  } catch (e) {
    if (isPackLoadError(e)) throw refuse(e.issues);
    throw e;
  }
  const result = { engine, extended: true, added: engine.packs.slice(BUNDLED.length), fixtures: folders.flatMap((f) => f.fixtures) };
  made.set(key, result);
  return result;
}
