import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluate } from "../../src/index.js";
import { questionFor } from "../../src/questions/index.js";
import { schemaFields } from "../../src/household/fields.js";
import { FACTS, NOT_ASKED } from "../../src/questions/catalogue.js";
import { fieldOf } from "../../src/questions/paths.js";
import { LANGUAGES } from "../../src/language.js";

const CYRILLIC = /[\u0400-\u04ff]/;
const POLISH_ONLY = /[ąćęłńóśźż]/i;

/** A fact whose answer writes the field whole (a list, a choice of objects): the fields inside need no question of their own. */
function writesWhole(field: string): boolean {
  const fact = FACTS.find((f) => f.field === field);
  if (fact === undefined) return false;
  const kind = fact.kind({ household: { members: [{ id: "a" }, { id: "b" }] } });
  return kind.type === "list" || (kind.type === "choice" && kind.options.some((o) => typeof o.value === "object" && o.value !== null));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
}

/** Every input path the evaluation reports missing on the fixtures, each fixture also with each of its facts left out in turn. */
function reportedPaths(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of yamlFiles(join(__dirname, "..", "..", "fixtures"))) {
    const c = parse(readFileSync(file, "utf8"), { schema: "core" }) as { household: Record<string, unknown>; date?: string };
    const variants: unknown[] = [c.household];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (node === null || typeof node !== "object" || Array.isArray(node)) {
        if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
        return;
      }
      for (const key of Object.keys(node)) {
        const copy = structuredClone(c.household) as Record<string | number, unknown>;
        let n: Record<string | number, unknown> = copy;
        for (const k of path) n = n[k] as Record<string | number, unknown>;
        delete n[key];
        variants.push(copy);
        walk((node as Record<string, unknown>)[key], [...path, key]);
      }
    };
    walk(c.household, []);
    for (const h of variants) {
      let results;
      try {
        results = evaluate(h, c.date ? { date: c.date } : {}).results;
      } catch {
        continue; // a fact left out may make the household invalid (a required field)
      }
      for (const r of results) for (const p of r.missing) if (!found.has(p)) found.set(p, file);
    }
  }
  return found;
}

describe("the fact catalogue", () => {
  it("covers every field of the household schema: a question, inside a question, a group, or not asked for a reason", () => {
    const fields = schemaFields();
    const asked = new Set(FACTS.map((f) => f.field));
    const uncovered = fields
      .filter((f) => {
        if (asked.has(f.field) || f.field in NOT_ASKED) return false;
        const isGroup = typeof f.schema["properties"] === "object" && !("anyOf" in f.schema);
        if (isGroup) return false;
        return !fields.some((parent) => f.field.startsWith(`${parent.field}.`) || f.field.startsWith(`${parent.field}[]`) ? writesWhole(parent.field) : false);
      })
      .map((f) => f.field);
    expect(uncovered).toEqual([]);
  });

  it("names only fields that exist in the schema", () => {
    const fields = new Set(schemaFields().map((f) => f.field));
    expect(FACTS.map((f) => f.field).filter((f) => !fields.has(f))).toEqual([]);
    expect(Object.keys(NOT_ASKED).filter((f) => !fields.has(f))).toEqual([]);
    expect(FACTS.map((f) => f.field).filter((f) => f in NOT_ASKED)).toEqual([]);
  });

  it("asks every fact in Polish, English and Ukrainian, each option labelled in the three", () => {
    for (const fact of FACTS) {
      for (const lang of LANGUAGES) {
        expect(fact.question[lang].trim(), `${fact.field} ${lang}`).not.toBe("");
        expect(fact.help[lang].trim(), `${fact.field} ${lang}`).not.toBe("");
      }
      expect(fact.question.uk, fact.field).toMatch(CYRILLIC);
      expect(fact.question.pl, fact.field).not.toMatch(CYRILLIC);
      expect(fact.question.en, fact.field).not.toMatch(CYRILLIC);
      expect(fact.question.en.replaceAll("zł", ""), fact.field).not.toMatch(POLISH_ONLY);
      expect(fact.question.pl, fact.field).not.toBe(fact.question.en);
      expect(fact.question.pl.endsWith("?"), fact.field).toBe(true);
      const kind = fact.kind({ household: { members: [{ id: "a", name: "Ala" }, { id: "b" }] } });
      const options = kind.type === "choice" ? kind.options : kind.type === "list" ? kind.item.flatMap((i) => (i.kind.type === "choice" ? i.kind.options : [])) : [];
      for (const o of options) for (const lang of LANGUAGES) expect(o.label[lang].trim(), `${fact.field} ${o.code} ${lang}`).not.toBe("");
    }
  });

  it("has a question, in the three languages, for every path the evaluation reports missing on the fixtures", () => {
    const paths = reportedPaths();
    expect(paths.size).toBeGreaterThan(25);
    const withoutQuestion = [...paths].filter(([path, file]) => {
      const c = parse(readFileSync(file, "utf8"), { schema: "core" }) as { household: unknown };
      const q = questionFor(path, c.household);
      return q === undefined || LANGUAGES.some((l) => q.text[l].trim() === "");
    });
    expect(withoutQuestion.map(([p]) => fieldOf(p))).toEqual([]);
    // every question of the catalogue is met on the fixtures: none is dead
    const met = new Set([...paths.keys()].map(fieldOf));
    expect(FACTS.map((f) => f.field).filter((f) => !met.has(f))).toEqual([]);
  });
});
