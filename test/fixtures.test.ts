import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FixtureSchema, runFixture } from "../src/audit/fixture.js";
import { explainResult } from "../src/explain/render.js";
import { allRules } from "../src/evaluate.js";

const root = join(__dirname, "..", "fixtures");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []))
    .sort();
}

const files = yamlFiles(root);

describe("fixtures", () => {
  it("there are fixtures to run", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it("every version of every programme is exercised by at least one fixture", () => {
    const cases = files.map((f) => FixtureSchema.parse(parse(readFileSync(f, "utf8"), { schema: "core" })));
    const dateOf = (c: (typeof cases)[number]) => c.date ?? (c.household as { evaluationDate?: string }).evaluationDate ?? "";
    const uncovered = allRules()
      .filter((r) => r.kind === "programme")
      .flatMap((r) => r.versions.filter((v) => !cases.some((c) => c.programme === r.id && dateOf(c) >= v.from && (v.to === undefined || dateOf(c) <= v.to))).map((v) => `${r.id} ${v.from} – ${v.to ?? "…"}`));
    expect(uncovered).toEqual([]);
  });
  for (const file of files) {
    const name = relative(root, file);
    it(name, () => {
      const fixture = FixtureSchema.parse(parse(readFileSync(file, "utf8"), { schema: "core" }));
      expect(name.startsWith(`${fixture.programme}/`), `${name} is filed under fixtures/<programme id>/`).toBe(true);
      const outcome = runFixture(fixture);
      const explanation = outcome.result ? explainResult(outcome.result, "pl").join("\n") : "";
      expect(outcome.differences, `${fixture.name}\n${explanation}`).toEqual([]);
    });
  }
});
