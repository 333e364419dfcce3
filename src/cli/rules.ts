import { parseArgs } from "node:util";
import { isCivilDate } from "../dates.js";
import type { Lang } from "../errors.js";
import { describeCondition, describeContext } from "../explain/describe.js";
import { renderCitation } from "../explain/render.js";
import type { Engine } from "../engine.js";
import { Catalogue, findVersion } from "../rules/registry.js";
import { municipalityRegister } from "../household/municipality.js";
import type { Rule, RuleVersion } from "../rules/schema.js";
import { UsageError } from "./errors.js";
import { RULES_OPTION_HELP, rulesEngine } from "./rules-option.js";

export const RULES_HELP = `kryterium rules list [--municipality TERYT|nazwa] [--date RRRR-MM-DD] [--format table|json]
kryterium rules show <id> [--at RRRR-MM-DD] [--format table|json]
kryterium rules diff <id> <data1> <data2> [--format table|json]
kryterium rules questions [--format table|json]      wszystkie kwestie otwarte / every open question
${RULES_OPTION_HELP}

Przepisy: wersje, wartości parametrów, cytowania, kwestie otwarte; co zmieniło się między dwiema datami.
Rules: versions, parameter values, citations, open questions; what changed between two dates.

Przykład / example:
  kryterium rules list --municipality Kraków --date 2025-01-01
  kryterium rules show pl/pomoc-spoleczna/zasilek-staly --at 2024-06-01
  kryterium rules diff pl/pomoc-spoleczna/zasilek-staly 2023-12-31 2024-01-01
`;

function date(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !isCivilDate(value)) throw new UsageError(`${option}: expected a YYYY-MM-DD date, got ${value}`);
  return value;
}

function format(value: string | undefined): "table" | "json" {
  if (value === undefined || value === "table" || value === "json") return value ?? "table";
  throw new UsageError(`--format: expected table or json, got ${value}`);
}

function rule(engine: Engine, id: string | undefined): Rule {
  if (id === undefined) throw new UsageError("expected a rule id (see: kryterium rules list)");
  try {
    return engine.getRule(id);
  } catch {
    throw new UsageError(`unknown rule: ${id} (see: kryterium rules list)`);
  }
}

function versionLines(v: RuleVersion, lang: Lang): string[] {
  const lines = [`  ${v.from} – ${v.to ?? "…"}`];
  for (const [name, value] of Object.entries(v.parameters)) lines.push(`      ${name} = ${value ?? (lang === "pl" ? "(nieustalone — kwestia otwarta)" : "(open question)")}`);
  for (const [key, value] of Object.entries(v.table ?? {})) lines.push(`      ${key} → ${value}`);
  lines.push(`      ${lang === "pl" ? "źródło" : "source"}: ${renderCitation(v.reference)}${v.reference.url ? ` <${v.reference.url}>` : ""}${v.reference.confidence ? ` [${v.reference.confidence}]` : ""}`);
  if (v.reference.note) lines.push(`      ${v.reference.note}`);
  return lines;
}

function show(r: Rule, rules: readonly Rule[], at: string | undefined, lang: Lang): string {
  const pl = lang === "pl";
  const versions = at === undefined ? r.versions : r.versions.filter((v) => v === findVersion(r, at));
  const lines = [
    `${r.title[lang]}  (${r.id})`,
    `${pl ? "Podstawa prawna" : "Legal basis"}: ${renderCitation(r.legalBasis)}`,
    `${pl ? "Zakres" : "Jurisdiction"}: ${r.jurisdiction === "pl" ? (pl ? "cała Polska" : "national") : `TERYT ${r.jurisdiction}`}   ${pl ? "Plik" : "File"}: ${r.source}`,
  ];
  if (r.summary) lines.push("", r.summary[lang]);
  if (r.conditions?.length) {
    lines.push("", pl ? "Warunki:" : "Conditions:");
    const ctx = describeContext(r, rules, lang);
    for (const c of r.conditions) lines.push(`  - ${describeCondition(c, lang, ctx)}`);
  }
  if (r.rounding) lines.push("", `${pl ? "Zaokrąglenie" : "Rounding"}: ${r.rounding.explanation[lang]}`);
  lines.push("", at === undefined ? (pl ? "Wersje:" : "Versions:") : `${pl ? "Wersja obowiązująca" : "Version in force on"} ${at}:`);
  if (versions.length === 0) lines.push(pl ? "  (brak wersji w tym dniu)" : "  (no version on that date)");
  for (const v of versions) lines.push(...versionLines(v, lang));
  for (const g of r.gaps ?? []) lines.push(`  ${pl ? "luka" : "gap"} ${g.from} – ${g.to}: ${g.reason}`);
  if (r.openQuestions?.length) {
    lines.push("", pl ? "Kwestie otwarte:" : "Open questions:");
    for (const q of r.openQuestions) lines.push(`  ${q.id}: ${q.question}`, `    → ${q.handling}`);
  }
  return `${lines.join("\n")}\n`;
}

function diff(r: Rule, a: string, b: string, lang: Lang): { text: string; data: unknown } {
  const pl = lang === "pl";
  const va = findVersion(r, a);
  const vb = findVersion(r, b);
  const names = [...new Set([...Object.keys(va?.parameters ?? {}), ...Object.keys(vb?.parameters ?? {})])];
  const changes = names
    .map((name) => ({ name, before: va?.parameters[name], after: vb?.parameters[name] }))
    .filter((c) => c.before !== c.after);
  const tables = [...new Set([...Object.keys(va?.table ?? {}), ...Object.keys(vb?.table ?? {})])]
    .map((key) => ({ name: key, before: va?.table?.[key], after: vb?.table?.[key] }))
    .filter((c) => c.before !== c.after);
  const all = [...changes, ...tables];
  const lines = [`${r.title[lang]} (${r.id})`, `  ${a}: ${va ? `${va.from} – ${va.to ?? "…"}` : pl ? "brak wersji" : "no version"}`, `  ${b}: ${vb ? `${vb.from} – ${vb.to ?? "…"}` : pl ? "brak wersji" : "no version"}`];
  if (va === vb) lines.push(pl ? "Ta sama wersja — bez zmian." : "Same version — no change.");
  else {
    for (const c of all) lines.push(`  ${c.name}: ${c.before ?? "—"} → ${c.after ?? "—"}`);
    if (all.length === 0) lines.push(pl ? "  Wartości bez zmian (zmieniło się źródło)." : "  Same values (the source changed).");
    if (vb) lines.push(`  ${pl ? "zmienione przez" : "changed by"}: ${renderCitation(vb.reference)}`);
  }
  return { text: `${lines.join("\n")}\n`, data: { rule: r.id, dates: [a, b], versions: [va ?? null, vb ?? null], changes: all } };
}

function list(engine: Engine, municipality: string | undefined, at: string | undefined, lang: Lang): { text: string; data: unknown } {
  let teryt: string | undefined;
  if (municipality !== undefined) {
    teryt = /^[0-9]{7}$/.test(municipality) ? municipality : municipalityRegister(new Catalogue(engine.rules()), engine.packs.map((p) => p.manifest)).resolve({ name: municipality });
    if (teryt === undefined) throw new UsageError(`--municipality: unknown municipality ${municipality}; give a TERYT code or a registered name`);
  }
  const rules = engine.rules().filter(
    (r) => (teryt === undefined || r.jurisdiction === "pl" || r.jurisdiction === teryt) && (at === undefined || findVersion(r, at) !== undefined),
  );
  const rows = rules.map((r) => {
    const first = r.versions[0];
    const last = r.versions[r.versions.length - 1];
    return { id: r.id, kind: r.kind, jurisdiction: r.jurisdiction, title: r.title[lang], from: first?.from ?? "", to: last?.to ?? "", versions: r.versions.length };
  });
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  const text = rows.map((r) => `${r.id.padEnd(width)}  ${r.from} – ${(r.to || "…").padEnd(10)}  ${String(r.versions).padStart(2)}v  ${r.title}`).join("\n");
  return { text: `${text}\n`, data: rows };
}

export function rulesCommand(args: string[], lang: Lang, out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      municipality: { type: "string" },
      date: { type: "string" },
      at: { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      rules: { type: "string", multiple: true },
    },
  });
  const { engine } = rulesEngine(values.rules, lang);
  const [sub, ...rest] = positionals;
  const fmt = format(values.format);
  switch (sub) {
    case "list": {
      const r = list(engine, values.municipality, date(values.date, "--date"), lang);
      out(fmt === "json" ? `${JSON.stringify(r.data, null, 2)}\n` : r.text);
      return 0;
    }
    case "show": {
      const r = rule(engine, rest[0]);
      const at = date(values.at, "--at");
      out(fmt === "json" ? `${JSON.stringify(at ? { ...r, versions: r.versions.filter((v) => v === findVersion(r, at)) } : r, null, 2)}\n` : show(r, engine.rules(), at, lang));
      return 0;
    }
    case "questions": {
      // Every open question of every rule, in one place.
      const all = engine.rules().flatMap((r) => (r.openQuestions ?? []).map((q) => ({ rule: r.id, ...q })));
      out(fmt === "json" ? `${JSON.stringify(all, null, 2)}\n` : `${all.map((q) => `${q.rule} — ${q.id}\n  ${q.question}\n  → ${q.handling}`).join("\n")}\n`);
      return 0;
    }
    case "diff": {
      const r = rule(engine, rest[0]);
      const a = date(rest[1], "date1");
      const b = date(rest[2], "date2");
      if (a === undefined || b === undefined) throw new UsageError("rules diff: expected <id> <date1> <date2>");
      const d = diff(r, a, b, lang);
      out(fmt === "json" ? `${JSON.stringify(d.data, null, 2)}\n` : d.text);
      return 0;
    }
    default:
      throw new UsageError(`rules: expected list, show, diff or questions, got ${sub ?? "nothing"}`);
  }
}
