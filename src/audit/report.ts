import type { Lang } from "../errors.js";
import { citedProvisions, describeCondition, describeContext } from "../explain/describe.js";
import { renderCitation, renderMessage } from "../explain/render.js";
import type { ConditionResult, ProgrammeResult } from "../explain/trace.js";
import type { Engine } from "../engine.js";
import { defaultEngine } from "../evaluate.js";
import type { Rule } from "../rules/schema.js";
import { type Fixture, FixtureSchema, runFixture } from "./fixture.js";

/**
 * The audit report as data: every programme with its versions, parameters and citations, its
 * conditions in words, and every fixture with expected against actual; then, per provision
 * cited in rules/, how many fixtures it decided. Renderers (HTML, Markdown) come after.
 */

export interface FixtureFile {
  readonly file: string;
  /** The parsed YAML, not yet validated. */
  readonly data: unknown;
}

export interface AuditedFixture {
  readonly file: string;
  readonly name: string;
  readonly basis: string;
  readonly reviewed?: { readonly by: string; readonly on: string } | undefined;
  readonly expected: Fixture["expect"];
  readonly actual?: { outcome: string; amount?: string | undefined; range?: { min: string; max: string } | undefined; reason: string } | undefined;
  readonly pass: boolean;
  readonly differences: readonly string[];
}

export interface AuditedProgramme {
  readonly id: string;
  readonly title: string;
  readonly jurisdiction: string;
  readonly legalBasis: string;
  readonly source: string;
  readonly conditions: readonly string[];
  readonly versions: ReadonlyArray<{ from: string; to?: string | undefined; parameters: Readonly<Record<string, string | null>>; citation: string; url?: string | undefined; confidence?: string | undefined }>;
  readonly openQuestions: ReadonlyArray<{ id: string; question: string; handling: string }>;
  readonly fixtures: readonly AuditedFixture[];
}

export interface AuditReport {
  readonly library: { readonly version: string; readonly rulesFingerprint: string; readonly rulesAsOf: string };
  readonly summary: { readonly fixtures: number; readonly passed: number; readonly failed: number; readonly invalid: number };
  readonly programmes: readonly AuditedProgramme[];
  /** Per provision cited by a programme's conditions: how many fixtures it decided. */
  readonly provisions: ReadonlyArray<{ programme: string; provision: string; fixtures: number }>;
  readonly invalid: ReadonlyArray<{ file: string; error: string }>;
}

/** The provisions that decided a result: failed conditions when not eligible, open ones when assessed, all passed ones when eligible. */
function decidingBases(result: ProgrammeResult): string[] {
  const wanted: ReadonlyArray<ConditionResult["status"]> =
    result.outcome === "not-eligible" ? ["fail"] : result.outcome === "needs-assessment" ? ["unknown", "assess"] : ["pass"];
  const walk = (c: ConditionResult): string[] => [...(wanted.includes(c.status) && c.basis ? [c.basis] : []), ...(c.children ?? []).flatMap(walk)];
  return result.conditions.flatMap(walk);
}

/**
 * The report of `files` against the engine's programmes (the default engine's unless given);
 * `only` narrows the rulebook to some programmes (e.g. a gmina's pack's).
 */
export function buildAuditReport(files: readonly FixtureFile[], version: string, lang: Lang = "pl", engine: Engine = defaultEngine, only?: (rule: Rule) => boolean): AuditReport {
  const invalid: Array<{ file: string; error: string }> = [];
  const byProgramme = new Map<string, AuditedFixture[]>();
  const decided = new Map<string, number>();
  const programmes = engine.rules().filter((r) => r.kind === "programme" && (only === undefined || only(r)));
  for (const { file, data } of files) {
    const parsed = FixtureSchema.safeParse(data);
    if (!parsed.success) {
      invalid.push({ file, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
      continue;
    }
    const fixture = parsed.data;
    if (!engine.rules().some((p) => p.kind === "programme" && p.id === fixture.programme)) {
      invalid.push({ file, error: `unknown programme ${fixture.programme}` });
      continue;
    }
    const outcome = runFixture(fixture, engine);
    const r = outcome.result;
    if (r) for (const basis of new Set(decidingBases(r))) decided.set(`${fixture.programme}\u0000${basis}`, (decided.get(`${fixture.programme}\u0000${basis}`) ?? 0) + 1);
    const audited: AuditedFixture = {
      file,
      name: fixture.name,
      basis: fixture.basis,
      reviewed: fixture.reviewed,
      expected: fixture.expect,
      actual: r ? { outcome: r.outcome, amount: r.amount, range: r.range, reason: renderMessage(r.reason, lang) } : undefined,
      pass: outcome.pass,
      differences: outcome.differences,
    };
    byProgramme.set(fixture.programme, [...(byProgramme.get(fixture.programme) ?? []), audited]);
  }
  const audited = programmes.map((rule) => {
    const ctx = describeContext(rule, engine.rules(), lang);
    return {
      id: rule.id,
      title: rule.title[lang],
      jurisdiction: rule.jurisdiction,
      legalBasis: renderCitation(rule.legalBasis),
      source: rule.source,
      conditions: (rule.conditions ?? []).map((c) => describeCondition(c, lang, ctx)),
      versions: rule.versions.map((v) => ({ from: v.from, to: v.to, parameters: v.parameters, citation: renderCitation(v.reference), url: v.reference.url, confidence: v.reference.confidence })),
      openQuestions: rule.openQuestions ?? [],
      fixtures: byProgramme.get(rule.id) ?? [],
    };
  });
  const provisions = programmes.flatMap((rule) => citedProvisions(rule).map((provision) => ({ programme: rule.id, provision, fixtures: decided.get(`${rule.id}\u0000${provision}`) ?? 0 })));
  const all = audited.flatMap((p) => p.fixtures);
  const passed = all.filter((f) => f.pass).length;
  return {
    library: { version, rulesFingerprint: engine.library.rulesFingerprint, rulesAsOf: engine.rulesAsOf },
    summary: { fixtures: all.length + invalid.length, passed, failed: all.length - passed, invalid: invalid.length },
    programmes: audited,
    provisions,
    invalid,
  };
}
