import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FixtureSchema, runFixture } from "../src/audit/fixture.js";
import { allRules, evaluate } from "../src/evaluate.js";
import { describeCondition, describeContext } from "../src/explain/describe.js";
import { LABELLED_FACTS, missingInWords } from "../src/explain/fact-labels.js";
import { explainResult } from "../src/explain/render.js";
import { FACTS } from "../src/questions/catalogue.js";
import type { ConditionSpec } from "../src/rules/schema.js";

/** What a person must never read: an input path, a research tag, the rule files' syntax. */
const NOT_FOR_PEOPLE = [
  { what: "an input path", pattern: /members\[\d*\]|baseYear\.|\bflags\.[a-z]|\balimony\.[a-z]|\bbirth\.[a-z]/ },
  { what: "a research tag", pattern: /\[S\d+\]/ },
  // a rule id (pl/pomoc-spoleczna/…), not an address (mopr.gda.pl/wsparcie-dla/…)
  { what: "a rule id", pattern: /(?<![.\w])(pl|krakow|krasnik)\/[a-z0-9-]+\/[a-z0-9-]+/ },
  { what: "rule syntax", pattern: /\b[a-zA-Z]+=[[{"]|\{"|"\]|\bNaN\b|\bundefined\b/ },
];

function offending(text: string): string[] {
  return text.split("\n").flatMap((line) => NOT_FOR_PEOPLE.filter((p) => p.pattern.test(line)).map((p) => `${p.what}: ${line.trim().slice(0, 160)}`));
}

const root = join(__dirname, "..");
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));

describe("what people read", () => {
  it("names every fact the question catalogue asks for, and no other", () => {
    expect([...LABELLED_FACTS].sort()).toEqual(FACTS.map((f) => f.field).sort());
  });

  it("says missing facts in words, each once, with the members it is missing for", () => {
    const paths = ["members[1].birthDate", "members[0].birthDate", "members[2].alimony.enforcementIneffective", "baseYear.incomes.zosia", "applicationDate", "members[1].birthDate"];
    expect(missingInWords(paths, ["anna", "jan", "zosia"], "pl")).toBe("data urodzenia (jan, anna); bezskuteczność egzekucji alimentów (zosia); dochód w roku bazowym (zosia); data wniosku");
    expect(missingInWords(["members[3].sex"], ["a"], "en")).toBe("sex (#4)");
  });

  it("explains every fixture's answer without paths, tags or rule syntax, in Polish and English", () => {
    const found = yamlFiles(join(root, "fixtures")).flatMap((file) => {
      const outcome = runFixture(FixtureSchema.parse(parse(readFileSync(file, "utf8"), { schema: "core" })));
      if (outcome.result === undefined) return [];
      return (["pl", "en"] as const).flatMap((lang) => offending(explainResult(outcome.result!, lang).join("\n")).map((o) => `${file} (${lang}) ${o}`));
    });
    expect(found).toEqual([]);
  });

  it("describes every condition of every rule in words", () => {
    const found = allRules().flatMap((rule) => {
      const specs: ConditionSpec[] = [...(rule.conditions ?? []), ...rule.versions.flatMap((v) => v.conditions ?? [])];
      return (["pl", "en"] as const).flatMap((lang) => {
        const ctx = describeContext(rule, allRules(), lang);
        return specs.flatMap((c) => offending(describeCondition(c, lang, ctx)).map((o) => `${rule.id} (${lang}) ${o}`));
      });
    });
    expect(found).toEqual([]);
  });

  it("keeps paths out of `kryterium check --explain` on the bundled examples", () => {
    const cli = join(root, "dist/cli.js");
    const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json"));
    expect(examples.length).toBeGreaterThan(0);
    const found = examples.flatMap((f) =>
      (["pl", "en"] as const).flatMap((lang) => offending(execFileSync(process.execPath, [cli, "check", join(root, "examples", f), "--explain", "--lang", lang], { encoding: "utf8" })).map((o) => `${f} (${lang}) ${o}`)),
    );
    expect(found).toEqual([]);
  });

  it("still gives programs the paths as data", () => {
    const household = JSON.parse(readFileSync(join(root, "examples/household.json"), "utf8")) as Record<string, unknown>;
    const missing = evaluate(household).results.flatMap((r) => r.missing ?? []);
    expect(missing.some((p) => /^members\[\d+\]\./.test(p))).toBe(true);
  });
});
