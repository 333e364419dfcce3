import type { Lang } from "../errors.js";
import type { AuditReport, AuditedFixture, AuditedProgramme } from "./report.js";

const T = {
  title: { pl: "kryterium — księga przepisów i przypadków testowych", en: "kryterium — rulebook and fixtures" },
  summary: { pl: "Podsumowanie", en: "Summary" },
  fixtures: { pl: "Przypadki", en: "Fixtures" },
  passed: { pl: "zgodne", en: "passed" },
  failed: { pl: "niezgodne", en: "failed" },
  invalid: { pl: "błędne pliki", en: "invalid files" },
  versions: { pl: "Wersje", en: "Versions" },
  conditions: { pl: "Warunki", en: "Conditions" },
  openQuestions: { pl: "Kwestie otwarte", en: "Open questions" },
  expected: { pl: "oczekiwano", en: "expected" },
  actual: { pl: "wynik", en: "actual" },
  provisions: { pl: "Przepisy a przypadki testowe", en: "Provisions and fixtures" },
  untouched: { pl: "Przepisy, których nie rozstrzyga żaden przypadek", en: "Provisions no fixture decides" },
  none: { pl: "brak", en: "none" },
  reviewed: { pl: "sprawdził(a)", en: "reviewed by" },
  library: { pl: "Wersja biblioteki", en: "Library version" },
} as const;
type Key = keyof typeof T;
const tr = (k: Key, lang: Lang) => T[k][lang];

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function outcomeOf(f: AuditedFixture["expected"] | NonNullable<AuditedFixture["actual"]>): string {
  const money = f.amount !== undefined ? ` ${f.amount} zł` : f.range !== undefined ? ` ${f.range.min}–${f.range.max} zł` : "";
  return `${f.outcome}${money}`;
}

/** Versions on a common time axis, as proportional bars (no script, no external assets). */
function timeline(p: AuditedProgramme, axis: { start: number; end: number }): string {
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  const span = axis.end - axis.start || 1;
  return `<div class="timeline">${p.versions
    .map((v) => {
      const left = ((day(v.from) - axis.start) / span) * 100;
      const right = (((v.to ? day(v.to) : axis.end) - axis.start) / span) * 100;
      return `<span class="bar" style="left:${left.toFixed(2)}%;width:${Math.max(0.4, right - left).toFixed(2)}%" title="${esc(`${v.from} – ${v.to ?? "…"}`)}"></span>`;
    })
    .join("")}</div>`;
}

function programmeHtml(p: AuditedProgramme, lang: Lang, axis: { start: number; end: number }): string {
  const params = [...new Set(p.versions.flatMap((v) => Object.keys(v.parameters)))];
  const rows = p.versions
    .map((v) => `<tr><td>${esc(v.from)}</td><td>${esc(v.to ?? "…")}</td>${params.map((n) => `<td class="num">${esc(v.parameters[n] ?? "—")}</td>`).join("")}<td>${esc(v.citation)}${v.url ? ` <a href="${esc(v.url)}">↗</a>` : ""}${v.confidence ? ` <em>(${esc(v.confidence)})</em>` : ""}</td></tr>`)
    .join("");
  const fixtures = p.fixtures
    .map(
      (f) =>
        `<tr class="${f.pass ? "ok" : "bad"}"><td>${f.pass ? "✓" : "✗"}</td><td>${esc(f.name)}<div class="small">${esc(f.file)} · ${esc(f.basis)}${f.reviewed ? ` · ${tr("reviewed", lang)} ${esc(f.reviewed.by)}, ${esc(f.reviewed.on)}` : ""}</div>${f.differences.length ? `<div class="diff">${f.differences.map(esc).join("<br>")}</div>` : ""}</td><td>${esc(outcomeOf(f.expected))}</td><td>${f.actual ? esc(outcomeOf(f.actual)) : "—"}</td></tr>`,
    )
    .join("");
  return `<section id="${esc(p.id)}"><h2>${esc(p.title)} <code>${esc(p.id)}</code></h2>
<p>${esc(p.legalBasis)} · ${p.jurisdiction === "pl" ? "PL" : `TERYT ${esc(p.jurisdiction)}`} · <code>${esc(p.source)}</code></p>
<h3>${tr("versions", lang)}</h3>${timeline(p, axis)}
<table><thead><tr><th>od / from</th><th>do / to</th>${params.map((n) => `<th>${esc(n)}</th>`).join("")}<th>źródło / source</th></tr></thead><tbody>${rows}</tbody></table>
<h3>${tr("conditions", lang)}</h3><ul>${p.conditions.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>
${p.openQuestions.length ? `<h3>${tr("openQuestions", lang)}</h3><ul>${p.openQuestions.map((q) => `<li><strong>${esc(q.id)}</strong>: ${esc(q.question)}<br>→ ${esc(q.handling)}</li>`).join("")}</ul>` : ""}
<h3>${tr("fixtures", lang)} (${p.fixtures.length})</h3>
<table><thead><tr><th></th><th></th><th>${tr("expected", lang)}</th><th>${tr("actual", lang)}</th></tr></thead><tbody>${fixtures || `<tr><td colspan="4">${tr("none", lang)}</td></tr>`}</tbody></table></section>`;
}

/** A self-contained HTML rulebook: inline CSS, no scripts, no external assets. */
export function renderAuditHtml(report: AuditReport, lang: Lang = "pl"): string {
  const dates = report.programmes.flatMap((p) => p.versions.flatMap((v) => [v.from, v.to ?? ""])).filter(Boolean).sort();
  const toDay = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  const axis = { start: toDay(dates[0] ?? "2004-01-01"), end: toDay(report.library.rulesAsOf || (dates[dates.length - 1] ?? "2030-01-01")) + 365 * 86400000 };
  const untouched = report.provisions.filter((p) => p.fixtures === 0);
  const s = report.summary;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${tr("title", lang)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.bad{background:#fde8e8}tr.ok td:first-child{color:#176c2f}tr.bad td:first-child{color:#a40000}
.small{color:#555;font-size:12px}.diff{color:#a40000;font-family:monospace;font-size:12px}
.timeline{position:relative;height:14px;background:#eee;margin:.3rem 0}.bar{position:absolute;top:0;height:14px;background:#3a6ea5;border-right:2px solid #fff}
section{border-top:2px solid #3a6ea5;margin-top:2rem}code{background:#f3f3f3;padding:0 .2rem}
</style></head><body>
<h1>${tr("title", lang)}</h1>
<p>${tr("library", lang)}: ${esc(report.library.version)} · rules ${esc(report.library.rulesFingerprint)} · ${esc(report.library.rulesAsOf)}</p>
<h2>${tr("summary", lang)}</h2>
<p>${tr("fixtures", lang)}: ${s.fixtures} · ${tr("passed", lang)}: ${s.passed} · ${tr("failed", lang)}: ${s.failed} · ${tr("invalid", lang)}: ${s.invalid}</p>
${report.invalid.length ? `<ul>${report.invalid.map((i) => `<li class="diff">${esc(i.file)}: ${esc(i.error)}</li>`).join("")}</ul>` : ""}
<ul>${report.programmes.map((p) => `<li><a href="#${esc(p.id)}">${esc(p.title)}</a> — ${p.fixtures.filter((f) => f.pass).length}/${p.fixtures.length}</li>`).join("")}</ul>
${report.programmes.map((p) => programmeHtml(p, lang, axis)).join("\n")}
<section><h2>${tr("provisions", lang)}</h2>
<table><thead><tr><th>program</th><th>przepis / provision</th><th>${tr("fixtures", lang)}</th></tr></thead><tbody>
${report.provisions.map((p) => `<tr class="${p.fixtures ? "" : "bad"}"><td><code>${esc(p.programme)}</code></td><td>${esc(p.provision)}</td><td class="num">${p.fixtures}</td></tr>`).join("")}
</tbody></table>
<h3>${tr("untouched", lang)} (${untouched.length})</h3><ul>${untouched.map((p) => `<li><code>${esc(p.programme)}</code>: ${esc(p.provision)}</li>`).join("") || `<li>${tr("none", lang)}</li>`}</ul>
</section></body></html>
`;
}

export function renderAuditMarkdown(report: AuditReport, lang: Lang = "pl"): string {
  const s = report.summary;
  const cell = (t: string) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const out = [
    `# ${tr("title", lang)}`,
    "",
    `${tr("library", lang)}: ${report.library.version} · rules \`${report.library.rulesFingerprint}\` · ${report.library.rulesAsOf}`,
    "",
    `**${tr("fixtures", lang)}:** ${s.fixtures} · ${tr("passed", lang)}: ${s.passed} · ${tr("failed", lang)}: ${s.failed} · ${tr("invalid", lang)}: ${s.invalid}`,
    ...report.invalid.map((i) => `- ✗ \`${i.file}\`: ${i.error}`),
  ];
  for (const p of report.programmes) {
    const params = [...new Set(p.versions.flatMap((v) => Object.keys(v.parameters)))];
    out.push("", `## ${p.title} (\`${p.id}\`)`, "", p.legalBasis, "", `### ${tr("versions", lang)}`, "");
    out.push(`| od | do | ${params.join(" | ")} | źródło |`, `|---|---|${params.map(() => "---:|").join("")}---|`);
    for (const v of p.versions) out.push(`| ${v.from} | ${v.to ?? "…"} | ${params.map((n) => v.parameters[n] ?? "—").join(" | ")} | ${cell(v.citation)} |`);
    out.push("", `### ${tr("conditions", lang)}`, "", ...p.conditions.map((c) => `- ${c}`));
    if (p.openQuestions.length) out.push("", `### ${tr("openQuestions", lang)}`, "", ...p.openQuestions.map((q) => `- **${q.id}**: ${q.question} → ${q.handling}`));
    out.push("", `### ${tr("fixtures", lang)} (${p.fixtures.length})`, "", `| | | ${tr("expected", lang)} | ${tr("actual", lang)} |`, "|---|---|---|---|");
    for (const f of p.fixtures) out.push(`| ${f.pass ? "✓" : "✗"} | ${cell(f.name)} (\`${f.file}\`)${f.differences.length ? ` — ${cell(f.differences.join("; "))}` : ""} | ${outcomeOf(f.expected)} | ${f.actual ? outcomeOf(f.actual) : "—"} |`);
  }
  const untouched = report.provisions.filter((p) => p.fixtures === 0);
  out.push("", `## ${tr("provisions", lang)}`, "", "| program | przepis | # |", "|---|---|---:|", ...report.provisions.map((p) => `| \`${p.programme}\` | ${cell(p.provision)} | ${p.fixtures} |`));
  out.push("", `### ${tr("untouched", lang)} (${untouched.length})`, "", ...(untouched.length ? untouched.map((p) => `- \`${p.programme}\`: ${p.provision}`) : [`- ${tr("none", lang)}`]));
  return `${out.join("\n")}\n`;
}
