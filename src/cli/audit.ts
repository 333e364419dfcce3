import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { renderAuditHtml, renderAuditMarkdown } from "../audit/render.js";
import { type FixtureFile, buildAuditReport } from "../audit/report.js";
import type { Lang } from "../errors.js";
import { EXIT, UsageError } from "./errors.js";
import { RULES_OPTION_HELP, rulesEngine } from "./rules-option.js";

export const AUDIT_HELP = `kryterium audit [katalog-przypadków] [--out raport.html] [--format text|markdown|html] [--rules KATALOG]

Uruchamia każdy przypadek testowy (fixture) względem przepisów i pisze księgę przepisów.
Runs every fixture against the rules; writes a self-contained rulebook (HTML or Markdown).
Z --rules: przypadki z katalogu fixtures/ pakietu i księga jego programów (bez katalogu przypadków).
With --rules: the pack's fixtures (its fixtures/ folder) and the rulebook of its programmes (without a fixtures folder).
Kod wyjścia 1, gdy którykolwiek przypadek jest niezgodny. / Exit 1 when any fixture fails.

${RULES_OPTION_HELP}

Przykład / example:
  kryterium audit fixtures --out raport.html
  kryterium audit --rules examples/packs/gdynia
`;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

export function audit(args: string[], lang: Lang, version: string, out: (s: string) => void, err: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, format: { type: "string" }, lang: { type: "string" }, rules: { type: "string", multiple: true } } });
  const packs = rulesEngine(values.rules, lang);
  // with --rules and no fixtures folder: the packs' own fixtures and rulebook
  const packsOnly = packs.extended && positionals[0] === undefined;
  const dir = positionals[0] ?? "fixtures";
  try {
    if (!packsOnly && !statSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`audit: ${dir} is not a directory of fixtures`);
  }
  const format = values.format ?? (values.out?.endsWith(".md") ? "markdown" : values.out ? "html" : "text");
  if (!["text", "markdown", "html"].includes(format)) throw new UsageError(`--format: expected text, markdown or html, got ${format}`);
  const files: FixtureFile[] = (packsOnly ? [] : yamlFiles(dir)).map((file) => {
    const name = relative(dir, file);
    try {
      return { file: name, data: parse(readFileSync(file, "utf8"), { schema: "core" }) as unknown };
    } catch (e) {
      return { file: name, data: { invalidYaml: (e as Error).message } };
    }
  });
  const own = new Set(packs.added.flatMap((p) => p.rules.map((r) => r.id)));
  const report = buildAuditReport([...files, ...packs.fixtures], version, lang, packs.engine, packsOnly ? (r) => own.has(r.id) : undefined);
  const s = report.summary;
  const summary =
    lang === "pl"
      ? `Przypadki: ${s.fixtures}, zgodne: ${s.passed}, niezgodne: ${s.failed}, błędne pliki: ${s.invalid}`
      : `Fixtures: ${s.fixtures}, passed: ${s.passed}, failed: ${s.failed}, invalid files: ${s.invalid}`;
  const failures = [
    ...report.programmes.flatMap((p) => p.fixtures.filter((f) => !f.pass).map((f) => `✗ ${f.file}: ${f.differences.join("; ")}`)),
    ...report.invalid.map((i) => `✗ ${i.file}: ${i.error}`),
  ];
  const body = format === "html" ? renderAuditHtml(report, lang) : format === "markdown" ? renderAuditMarkdown(report, lang) : `${[...failures, summary].join("\n")}\n`;
  if (values.out) {
    writeFileSync(values.out, body);
    out(`${[...failures, summary, `→ ${values.out}`].join("\n")}\n`);
  } else {
    out(body);
    if (format !== "text") err(summary);
  }
  return s.failed + s.invalid > 0 ? EXIT.failed : EXIT.ok;
}
