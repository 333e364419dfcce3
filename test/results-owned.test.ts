import { describe, expect, it } from "vitest";
import { decide, evaluate, validateHousehold } from "../src/index.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const EXAMPLES = readdirSync(join(__dirname, "..", "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(join(__dirname, "..", "examples", f), "utf8")) as unknown] as const);

/**
 * A result is the caller's: whatever the caller does to it — write every field, empty every
 * list, add keys — the answers that follow in the same process are unchanged. Each object of a
 * result is either the caller's own or frozen.
 */
function vandalise(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const target = value as Record<string, unknown>;
  for (const key of Object.keys(target)) vandalise(target[key], seen);
  const attempt = (change: () => void) => {
    try {
      change();
    } catch {
      // a frozen object refuses: that is one way of sharing nothing mutable
    }
  };
  if (Array.isArray(value)) {
    attempt(() => value.push("vandal"));
    attempt(() => value.reverse());
    attempt(() => (value[0] = "vandal"));
  } else {
    for (const key of Object.keys(target)) attempt(() => (target[key] = typeof target[key] === "string" ? "vandal" : { vandal: true }));
    attempt(() => (target["vandal"] = true));
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
}

/** Every object and array reachable from a value. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) objectsOf(v, into);
  }
  return into;
}

describe("results share nothing mutable with the library", () => {
  for (const [name, household] of EXAMPLES) {
    it(`${name}: every field of evaluate's and decide's results vandalised, the next answers are the same`, () => {
      const evaluated = JSON.stringify(evaluate(household));
      const decided = JSON.stringify(decide(household));
      const validated = validateHousehold(household);
      for (let round = 0; round < 2; round++) {
        vandalise(evaluate(household));
        vandalise(decide(household));
        if (validated.ok) vandalise(decide(validated.household));
      }
      expect(JSON.stringify(evaluate(household))).toBe(evaluated);
      expect(JSON.stringify(decide(household))).toBe(decided);
      if (validated.ok) expect(JSON.stringify(decide(validated.household))).toBe(decided);
    });
  }

  it("on every fixture, an object two answers share is frozen (evaluate and decide)", () => {
    for (const file of yamlFiles(join(__dirname, "..", "fixtures"))) {
      const fixture = parse(readFileSync(file, "utf8"), { schema: "core" }) as { household: unknown; date?: string };
      for (const run of [evaluate, decide]) {
        let first: Set<object>;
        try {
          first = objectsOf(run(fixture.household));
        } catch {
          continue; // a fixture of an error
        }
        for (const o of objectsOf(run(fixture.household))) if (first.has(o)) expect(Object.isFrozen(o), `${file}: ${JSON.stringify(o).slice(0, 120)}`).toBe(true);
      }
    }
  });
});
