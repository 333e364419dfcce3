import type { Lang } from "../errors.js";
import { explainResult, renderMessage, renderOutcome } from "../explain/render.js";
import type { ProgrammeResult } from "../explain/trace.js";
import type { Evaluation } from "../evaluate.js";
import { t } from "./text.js";

export type Format = "table" | "json" | "markdown";

function amountOf(r: ProgrammeResult): string {
  if (r.amount !== undefined) return `${r.amount} zł`;
  if (r.range !== undefined) return `${r.range.min}–${r.range.max} zł`;
  return "";
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** A plain table that fits `width` columns: the reason column takes what is left. */
export function table(evaluation: Evaluation, lang: Lang, width: number, explain: boolean): string {
  const rows = evaluation.results.map((r) => [r.title[lang], renderOutcome(r.outcome, lang), amountOf(r), renderMessage(r.reason, lang)]);
  const header = [t("programme", lang), t("outcome", lang), t("amount", lang), t("reason", lang)];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
  widths[0] = Math.min(widths[0] ?? 0, Math.max(24, Math.floor(width * 0.4)));
  const used = widths.reduce((a, b) => a + b, 0) + 6;
  const reasonWidth = Math.max(24, width - used);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 3 ? clip(c, widths[i] ?? 0).padEnd(widths[i] ?? 0) : clip(c, reasonWidth)))
      .join("  ")
      .trimEnd();
  const out = [`${t("date", lang)}: ${evaluation.date}`, ...warningLines(evaluation, lang).map((w) => `${t("warning", lang)}: ${w}`), "", line(header), line(header.map((h, i) => "─".repeat(i < 3 ? (widths[i] ?? 0) : Math.min(reasonWidth, 40)))), ...rows.map(line)];
  if (explain) {
    for (const r of evaluation.results) out.push("", ...explainResult(r, lang));
  }
  return `${out.join("\n")}\n`;
}

/** The evaluation's warnings in words (a date after the day the rules know the law up to). */
function warningLines(evaluation: Evaluation, lang: Lang): string[] {
  return (evaluation.warnings ?? []).map((w) => renderMessage(w, lang));
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function markdown(evaluation: Evaluation, lang: Lang, explain: boolean): string {
  const out = [
    `**${t("date", lang)}:** ${evaluation.date}`,
    ...warningLines(evaluation, lang).map((w) => `\n> **${t("warning", lang)}:** ${w}`),
    "",
    `| ${t("programme", lang)} | ${t("outcome", lang)} | ${t("amount", lang)} | ${t("reason", lang)} |`,
    "|---|---|---|---|",
    ...evaluation.results.map(
      (r) => `| ${escapeCell(r.title[lang])} | ${renderOutcome(r.outcome, lang)} | ${amountOf(r)} | ${escapeCell(renderMessage(r.reason, lang))} |`,
    ),
  ];
  if (explain) {
    for (const r of evaluation.results) {
      const [title, ...rest] = explainResult(r, lang);
      out.push("", `### ${title}`, "", "```text", ...rest.map((l) => l.replace(/^ {2}/, "")), "```");
    }
  }
  return `${out.join("\n")}\n`;
}

/** JSON: the evaluation as data, plus the reasons and warnings rendered in the chosen language. Nothing else. */
export function json(evaluation: Evaluation, lang: Lang, explain: boolean): string {
  const results = evaluation.results.map((r) => ({
    ...r,
    reasonText: renderMessage(r.reason, lang),
    ...(explain ? { explanation: explainResult(r, lang) } : {}),
  }));
  const warnings = warningLines(evaluation, lang);
  return `${JSON.stringify({ ...evaluation, ...(warnings.length > 0 ? { warningsText: warnings } : {}), results }, null, 2)}\n`;
}
