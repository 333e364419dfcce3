import type { Lang } from "../errors.js";
import type { Citation } from "../rules/schema.js";
import { MESSAGES } from "./messages.js";
import type { ConditionResult, Message, Outcome, ProgrammeResult } from "./trace.js";

/** Renders one message of the trace. */
export function renderMessage(message: Message, lang: Lang = "pl"): string {
  const template = MESSAGES[message.key];
  return template ? template[lang](message.args, lang) : message.key;
}

const OUTCOMES: Readonly<Record<Outcome, { pl: string; en: string }>> = {
  eligible: { pl: "przysługuje", en: "eligible" },
  "not-eligible": { pl: "nie przysługuje", en: "not eligible" },
  "needs-assessment": { pl: "wymaga oceny", en: "needs assessment" },
};

const STATUS: Readonly<Record<ConditionResult["status"], string>> = {
  pass: "✓",
  fail: "✗",
  unknown: "?",
  assess: "~",
  "not-applicable": "–",
};

export function renderOutcome(outcome: Outcome, lang: Lang = "pl"): string {
  return OUTCOMES[outcome][lang];
}

export function renderCitation(c: Citation): string {
  return [c.instrument, c.provision, c.publication].filter(Boolean).join(", ");
}

function conditionLines(c: ConditionResult, lang: Lang, depth: number): string[] {
  const indent = "  ".repeat(depth);
  const title = c.label ? `${c.label[lang]}: ` : "";
  const basis = c.basis ? ` [${c.basis}]` : "";
  const lines = [`${indent}${STATUS[c.status]} ${title}${renderMessage(c.message, lang)}${basis}`];
  for (const s of c.sources) {
    lines.push(`${indent}    ${lang === "pl" ? "wartości" : "values"}: ${renderCitation(s.reference)} (${lang === "pl" ? "w brzmieniu z okresu" : "as in force"} ${s.from} – ${s.to ?? "…"})`);
  }
  for (const child of c.children ?? []) lines.push(...conditionLines(child, lang, depth + 1));
  return lines;
}

/** The full explanation of one programme result, line by line. */
export function explainResult(r: ProgrammeResult, lang: Lang = "pl"): string[] {
  const pl = lang === "pl";
  const lines = [`${r.title[lang]} — ${renderOutcome(r.outcome, lang)}`, `  ${renderMessage(r.reason, lang)}`];
  if (r.amount !== undefined) lines.push(`  ${pl ? "Kwota" : "Amount"}: ${r.amount} zł`);
  if (r.range !== undefined) lines.push(`  ${pl ? "Kwota" : "Amount"}: ${r.range.min} – ${r.range.max} zł ${pl ? "(ustala ośrodek)" : "(set by the office)"}`);
  lines.push(`  ${pl ? "Podstawa prawna" : "Legal basis"}: ${renderCitation(r.legalBasis)}`);
  if (r.version) {
    lines.push(`  ${pl ? "Wersja przepisów" : "Rule version"}: ${r.version.from} – ${r.version.to ?? "…"} (${renderCitation(r.version.reference)})`);
  }
  if (r.conditions.length) lines.push(`  ${pl ? "Warunki" : "Conditions"}:`);
  for (const c of r.conditions) lines.push(...conditionLines(c, lang, 2));
  if (r.calculation.length) lines.push(`  ${pl ? "Obliczenie" : "Calculation"}:`);
  for (const m of r.calculation) lines.push(`    ${renderMessage(m, lang)}`);
  for (const q of r.openQuestions) lines.push(`  ${pl ? "Kwestia otwarta" : "Open question"}: ${q.question} → ${q.handling}`);
  return lines;
}
