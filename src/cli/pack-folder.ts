import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { FixtureFile } from "../audit/report.js";
import { type PackIssue, packIssue } from "../packs/issue.js";
import type { PackData } from "../packs/pack.js";
import { MAX_BYTES, decodeUtf8 } from "./input.js";

/** A pack folder: its manifest, its rules and its fixtures as read from the files, and the issues reading them. */
export interface PackFolder {
  /** The pack as data, to check (`createEngine`, `checkPacks`); undefined when there is no manifest. */
  readonly pack: PackData | undefined;
  /** The files under `fixtures/`, parsed but not validated (`kryterium audit` runs them). */
  readonly fixtures: readonly FixtureFile[];
  /** What is wrong with the files themselves: syntax, no manifest, a rule whose id is not its path. */
  readonly issues: readonly PackIssue[];
  /** The line (from 1) of a place in a YAML file of the folder, when it is there. */
  lineOf(file: string, at: readonly (string | number)[]): number | undefined;
}

const MANIFESTS = ["pack.yaml", "pack.yml", "pack.json"];
const DATA_FILE = /\.(?:ya?ml|json)$/;
/** More files than any pack has: a folder this large was given by mistake. */
const MAX_FILES = 10_000;

/** The data files under `dir`, as paths relative to it with `/`, sorted; `fixtures/` and hidden entries apart. */
function dataFiles(dir: string, under = ""): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => {
      const path = under === "" ? e.name : `${under}/${e.name}`;
      if (e.isDirectory()) return dataFiles(dir, path);
      return e.isFile() && DATA_FILE.test(e.name) ? [path] : [];
    })
    .sort();
}

const text = (pl: string, en: string) => ({ pl, en });

/**
 * Reads the pack in `dir`: `pack.yaml` (or `pack.yml`, `pack.json`), every other YAML or JSON
 * file as a rule — its id the pack's id and its path without the extension
 * (`gdansk/karta-seniora.yaml` in pack `gdansk` is `gdansk/karta-seniora`) — and the files under
 * `fixtures/` as fixtures. `name` is how issues name the folder (the path as the user gave it).
 * Reads only; checking the pack is `checkPacks`'s.
 */
export function readPackFolder(dir: string, name: string = dir): PackFolder {
  const issues: PackIssue[] = [];
  const documents = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter }>();
  const display = (path: string) => `${name.replace(/\/+$/, "")}/${path}`;
  const read = (path: string): { ok: true; data: unknown } | { ok: false } => {
    const file = display(path);
    try {
      if (statSync(join(dir, path)).size > MAX_BYTES) {
        issues.push(packIssue(file, [], "file-too-large", text(`plik jest większy niż ${MAX_BYTES / 1024 / 1024} MB`, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB`)));
        return { ok: false };
      }
      const source = decodeUtf8(readFileSync(join(dir, path)), "en");
      if (path.endsWith(".json")) return { ok: true, data: JSON.parse(source) as unknown };
      const lines = new LineCounter();
      const doc = parseDocument(source, { schema: "core", uniqueKeys: true, prettyErrors: true, lineCounter: lines });
      const error = doc.errors[0];
      if (error !== undefined) {
        issues.push(packIssue(`${file}:${error.linePos?.[0].line ?? 1}`, [], "yaml", text(`błąd składni YAML: ${error.message}`, `YAML syntax error: ${error.message}`)));
        return { ok: false };
      }
      documents.set(file, { doc, lines });
      return { ok: true, data: doc.toJS() as unknown };
    } catch (e) {
      const detail = (e as Error).message;
      issues.push(packIssue(file, [], "unreadable", text(`nie można odczytać pliku: ${detail}`, `cannot read the file: ${detail}`)));
      return { ok: false };
    }
  };
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    files = dataFiles(dir);
  } catch {
    return { pack: undefined, fixtures: [], issues: [packIssue(name, [], "not-a-folder", text("to nie jest katalog pakietu", "not a pack folder"))], lineOf: () => undefined };
  }
  if (files.length > MAX_FILES) {
    const limit = String(MAX_FILES);
    return { pack: undefined, fixtures: [], issues: [packIssue(name, [], "too-many-files", text(`więcej niż ${limit} plików: to nie jest katalog pakietu`, `more than ${limit} files: not a pack folder`))], lineOf: () => undefined };
  }
  const manifests = files.filter((f) => MANIFESTS.includes(f));
  const fixtureFiles = files.filter((f) => f.startsWith("fixtures/"));
  const ruleFiles = files.filter((f) => !MANIFESTS.includes(f) && !f.startsWith("fixtures/"));
  const fixtures = fixtureFiles.flatMap((f) => {
    const r = read(f);
    return r.ok ? [{ file: display(f), data: r.data }] : [];
  });
  const [manifestPath, ...more] = manifests;
  if (manifestPath === undefined || more.length > 0) {
    const [pl, en] = manifestPath === undefined ? ["brak pliku pack.yaml (ani pack.json)", "no pack.yaml (nor pack.json)"] : ["więcej niż jeden manifest (pack.yaml, pack.json)", "more than one manifest (pack.yaml, pack.json)"];
    issues.push(packIssue(name, [], "manifest", text(pl, en)));
    return { pack: undefined, fixtures, issues, lineOf: () => undefined };
  }
  const manifest = read(manifestPath);
  const packId = manifest.ok && typeof (manifest.data as { id?: unknown } | null)?.id === "string" ? (manifest.data as { id: string }).id : undefined;
  const rules = ruleFiles.flatMap((path) => {
    const r = read(path);
    if (!r.ok) return [];
    const file = display(path);
    const expected = `${packId ?? "?"}/${path.replace(DATA_FILE, "")}`;
    const id = (r.data as { id?: unknown } | null)?.id;
    if (packId !== undefined && typeof id === "string" && id !== expected) {
      issues.push(packIssue(file, ["id"], "id-not-path", text(`identyfikator "${id}" musi odpowiadać ścieżce pliku: "${expected}"`, `id "${id}" must match the file's path: "${expected}"`)));
    }
    return [r.data !== null && typeof r.data === "object" && !Array.isArray(r.data) ? { ...r.data, source: file } : r.data];
  });
  return {
    pack: manifest.ok ? { manifest: manifest.data, rules, manifestSource: display(manifestPath) } : undefined,
    fixtures,
    issues,
    lineOf(file, at) {
      const entry = documents.get(file);
      if (entry === undefined) return undefined;
      // the deepest node on the path that exists: a missing field's line is its object's
      for (let n = at.length; n >= 0; n--) {
        const node = entry.doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range !== undefined) return entry.lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** A pack issue as one line: `file:line: path: message`. */
export function packIssueLine(issue: PackIssue, line: number | undefined, lang: "pl" | "en"): string {
  return `${issue.file}${line === undefined ? "" : `:${line}`}: ${issue.path === "" ? "" : `${issue.path}: `}${issue.message[lang]}`;
}
