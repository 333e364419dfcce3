import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderAuditHtml, renderAuditMarkdown } from "../../src/audit/render.js";
import { type AuditReport, type FixtureFile, buildAuditReport } from "../../src/audit/report.js";
import { RULES_AS_OF, RULES_FINGERPRINT } from "../../src/rules/fingerprint.js";

/**
 * The audit rulebook (`kryterium audit`): what the report says about fixtures and provisions,
 * and how it is written out in Markdown and HTML.
 */
const root = join(__dirname, "..", "..", "fixtures");
const load = (file: string): FixtureFile => ({ file, data: parse(readFileSync(join(root, file), "utf8"), { schema: "core" }) as unknown });

const OKRESOWY = "pl/pomoc-spoleczna/zasilek-okresowy";
const KARTA_N = "krakow/karta-n";

const eligible = load(`${OKRESOWY}/rodzina-2024-12-31-kryterium-600.yaml`);
const notEligible = load(`${OKRESOWY}/pobyt-tolerowany-2025.yaml`);
const assessed = load(`${OKRESOWY}/pobyt-czasowy-2025.yaml`);
const kartaN = load(`${KARTA_N}/30-lat-znaczny.yaml`);
/** The eligible case, reviewed, but expecting a range the law does not give: it must fail. */
const wrong: FixtureFile = {
  file: `${OKRESOWY}/wrong.yaml`,
  data: {
    ...(eligible.data as Record<string, unknown>),
    name: "A deliberately wrong expectation <&> for the report",
    reviewed: { by: "Anna Audytorka", on: "2025-06-30" },
    expect: { outcome: "not-eligible", range: { min: "1.00", max: "2.00" } },
  },
};
/** A fixture with an amount (zasiłek stały), for the rendering of amounts. */
const withAmount = load("pl/pomoc-spoleczna/zasilek-staly/samotna-2025-01-01-dochod-800.yaml");
const invalid: FixtureFile = { file: "broken.yaml", data: { name: "short", programme: OKRESOWY } };
const unknownProgramme: FixtureFile = { file: "nowhere.yaml", data: { ...(eligible.data as Record<string, unknown>), programme: "pl/nie-ma-takiego" } };

const files = [eligible, notEligible, assessed, kartaN, wrong, invalid, unknownProgramme];

function section(report: AuditReport, id: string) {
  const p = report.programmes.find((x) => x.id === id);
  if (!p) throw new Error(`no ${id}`);
  return p;
}

describe("audit report as data", () => {
  // built inside each test (not once for the file), so that Stryker sees which test reaches which code
  const build = () => buildAuditReport(files, "9.9.9");

  it("counts fixtures that pass, fail and cannot be read", () => {
    const report = build();
    expect(report.summary).toEqual({ fixtures: 7, passed: 4, failed: 1, invalid: 2 });
    expect(report.library).toEqual({ version: "9.9.9", rulesFingerprint: RULES_FINGERPRINT, rulesAsOf: RULES_AS_OF });
  });

  it("names what is wrong with a file that is not a fixture", () => {
    const report = build();
    expect(report.invalid).toHaveLength(2);
    expect(report.invalid[0]?.file).toBe("broken.yaml");
    expect(report.invalid[0]?.error).toMatch(/^name: .+; basis: .+; household: .+; expect: .+$/);
    expect(report.invalid[1]).toEqual({ file: "nowhere.yaml", error: "unknown programme pl/nie-ma-takiego" });
  });

  it("files each fixture under its programme with expected against actual", () => {
    const report = build();
    const fixtures = section(report, OKRESOWY).fixtures;
    expect(fixtures.map((f) => [f.file, f.pass])).toEqual([
      [eligible.file, true],
      [notEligible.file, true],
      [assessed.file, true],
      [wrong.file, false],
    ]);
    const w = fixtures[3]!;
    expect(w.name).toBe("A deliberately wrong expectation <&> for the report");
    expect(w.reviewed).toEqual({ by: "Anna Audytorka", on: "2025-06-30" });
    expect(w.expected).toEqual({ outcome: "not-eligible", range: { min: "1.00", max: "2.00" } });
    expect(w.actual?.outcome).toBe("eligible");
    expect(w.actual?.range).toBeDefined();
    expect(w.actual?.reason).toBe("Spełnia wszystkie warunki.");
    expect(w.differences).toEqual([
      'outcome: expected "not-eligible", got "eligible"',
      `range: expected {"min":"1.00","max":"2.00"}, got ${JSON.stringify(w.actual?.range)}`,
    ]);
    expect(section(report, KARTA_N).fixtures.map((f) => f.file)).toEqual([kartaN.file]);
    expect(section(report, "pl/pomoc-spoleczna/zasilek-staly").fixtures).toEqual([]);
  });

  it("describes each programme: title, basis, jurisdiction, source, conditions, versions, open questions", () => {
    const report = build();
    const p = section(report, OKRESOWY);
    expect(p.title).toBe("Zasiłek okresowy");
    expect(p.jurisdiction).toBe("pl");
    expect(p.source).toBe("rules/pl/pomoc-spoleczna/zasilek-okresowy.yaml");
    expect(p.legalBasis).toMatch(/^Ustawa z dnia 12 marca 2004 r\. o pomocy społecznej, art\. 38/);
    expect(p.conditions.length).toBeGreaterThan(2);
    expect(p.versions[0]?.from).toBe("2006-10-01");
    expect(p.versions[0]?.citation).toMatch(/Dz\.U\./);
    expect(p.openQuestions.length).toBeGreaterThan(0);
    expect(section(buildAuditReport([], "1.0.0", "en"), OKRESOWY).title).not.toBe("Zasiłek okresowy");
    expect(section(report, KARTA_N).jurisdiction).toMatch(/^[0-9]{7}$/);
  });

  it("counts, per provision, the fixtures it decided: failed conditions, open ones, or all passed ones", () => {
    const report = build();
    const count = (programme: string, provision: string) => report.provisions.find((p) => p.programme === programme && p.provision === provision)?.fixtures;
    // residence decided the refusal (tolerated stay) and the assessment (temporary residence);
    // in the eligible cases (the right one and the wrong one) it passed
    expect(count(OKRESOWY, "art. 5")).toBe(4);
    const okresowy = report.provisions.filter((p) => p.programme === OKRESOWY);
    expect(okresowy.length).toBeGreaterThan(2);
    expect(new Set(okresowy.map((p) => p.provision)).size).toBe(okresowy.length);
    const untouched = buildAuditReport([], "1.0.0").provisions;
    expect(untouched.every((p) => p.fixtures === 0)).toBe(true);
    expect(untouched.filter((p) => p.programme === OKRESOWY).map((p) => p.provision)).toEqual(okresowy.map((p) => p.provision));
  });
});

/** A report narrowed to two programmes, to keep the rendered text small. */
function narrowed(lang: "pl" | "en"): AuditReport {
  const full = buildAuditReport(files, "9.9.9", lang);
  const keep = new Set([OKRESOWY, KARTA_N]);
  return { ...full, programmes: full.programmes.filter((p) => keep.has(p.id)), provisions: full.provisions.filter((p) => keep.has(p.programme)) };
}

describe("rendered rulebook", () => {
  it.each(["pl", "en"] as const)("Markdown (%s)", async (lang) => {
    await expect(renderAuditMarkdown(narrowed(lang), lang)).toMatchFileSnapshot(`golden/audit/rulebook.${lang}.md`);
  });
  it.each(["pl", "en"] as const)("HTML (%s)", async (lang) => {
    await expect(renderAuditHtml(narrowed(lang), lang)).toMatchFileSnapshot(`golden/audit/rulebook.${lang}.html`);
  });
  it("Polish is the default language", () => {
    const report = narrowed("pl");
    expect(renderAuditMarkdown(report)).toBe(renderAuditMarkdown(report, "pl"));
    expect(renderAuditHtml(report)).toBe(renderAuditHtml(report, "pl"));
    expect(buildAuditReport([kartaN], "1").programmes.find((p) => p.id === KARTA_N)?.title).toBe(narrowed("pl").programmes.find((p) => p.id === KARTA_N)?.title);
  });
  it("escapes what fixtures say in HTML and in Markdown table cells", () => {
    const html = renderAuditHtml(narrowed("en"), "en");
    expect(html).toContain("A deliberately wrong expectation &lt;&amp;&gt; for the report");
    expect(html).not.toContain("<&>");
    const md = renderAuditMarkdown({ ...narrowed("en"), programmes: narrowed("en").programmes.map((p) => ({ ...p, fixtures: p.fixtures.map((f) => ({ ...f, name: "a | b\nc" })) })) }, "en");
    expect(md).toContain("a \\| b c");
  });
  it("shows the amount of a fixture, expected and computed", () => {
    const full = buildAuditReport([withAmount], "9.9.9", "en");
    const staly = full.programmes.filter((p) => p.id === "pl/pomoc-spoleczna/zasilek-staly");
    const report: AuditReport = { ...full, programmes: staly, provisions: [] };
    const amount = (staly[0]?.fixtures[0]?.expected.amount ?? "?") + " zł";
    expect(renderAuditMarkdown(report, "en")).toContain(`| eligible ${amount} | eligible ${amount} |`);
    expect(renderAuditHtml(report, "en")).toContain(`<td>eligible ${amount}</td><td>eligible ${amount}</td>`);
    // 2013–2015: the retirement ages after the 2012 reform are left open (null) — shown as a dash
    expect(renderAuditMarkdown(report, "en")).toContain("| 2013-01-01 | 2015-09-30 | 18 | — | — | 67 |");
    expect(renderAuditHtml(report, "en")).toContain('<tr><td>2013-01-01</td><td>2015-09-30</td><td class="num">18</td><td class="num">—</td><td class="num">—</td>');
  });
  it("a case that needs assessment for a missing fact counts for the provision of the condition that lacks it", () => {
    const missingIncome = load(`${OKRESOWY}/rodzina-brak-dochodu-czlonka.yaml`);
    const report = buildAuditReport([missingIncome], "9.9.9");
    expect(report.provisions.filter((p) => p.fixtures > 0)).toEqual([{ programme: OKRESOWY, provision: "art. 38 ust. 1 („dochód … jest niższy od kryterium”)", fixtures: 1 }]);
  });
  it("with nothing to list, the sections say so (golden)", async () => {
    const base = narrowed("pl");
    const empty: AuditReport = { ...base, programmes: [{ ...base.programmes[0]!, fixtures: [], openQuestions: [] }], provisions: [], invalid: [] };
    await expect(renderAuditMarkdown(empty)).toMatchFileSnapshot("golden/audit/rulebook-empty.pl.md");
    await expect(renderAuditHtml(empty)).toMatchFileSnapshot("golden/audit/rulebook-empty.pl.html");
  });
  it("says when there is nothing to list", () => {
    const empty: AuditReport = { ...narrowed("pl"), programmes: [{ ...narrowed("pl").programmes[0]!, fixtures: [], openQuestions: [] }], provisions: [], invalid: [] };
    const md = renderAuditMarkdown(empty);
    expect(md).toContain("### Przepisy, których nie rozstrzyga żaden przypadek (0)\n\n- brak");
    expect(md).not.toContain("Kwestie otwarte");
    const html = renderAuditHtml(empty);
    expect(html).toContain('<tr><td colspan="4">brak</td></tr>');
    expect(html).toContain("<li>brak</li>");
    expect(html).not.toContain("Kwestie otwarte");
    expect(html).not.toContain('class="diff"');
  });
});
