// Writes the JSON Schemas that ship with the package, for callers and editors that do not use
// TypeScript: the household input (household.schema.json at the package root, `kryterium/household.schema.json`)
// and a rule file in rules/ (rule.schema.json, `kryterium/rule.schema.json`). Runs after
// tsup: the household schema comes from the built library; the rule schema, which is not part
// of the public API, from the bundle of the pack checker scripts/build-rules.mjs made (src/rules/schema.ts in it).
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { HouseholdSchema } from "../dist/index.js";

const write = (name, schema) => {
  // At the package root rather than in dist/, so that `kryterium/household.schema.json` resolves
  // also where package.json "exports" is not read (TypeScript's node10 resolution, editors).
  writeFileSync(new URL(`../${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schema: wrote ${name}`);
};

const household = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" });
household.title = "kryterium household";
write("household.schema.json", household);

// The rule schema as bundled by scripts/build-rules.mjs (which `npm run build` runs first), with
// zod external so that the schema objects and z.toJSONSchema share one copy of zod.
const { RuleSchema } = await import(new URL(`../node_modules/.cache/kryterium/pack-checker.mjs?${Date.now()}`, import.meta.url).href);
const rule = z.toJSONSchema(RuleSchema, { io: "input", unrepresentable: "any" });
rule.title = "kryterium rule file (rules/**/*.yaml)";
// `source` is added by scripts/build-rules.mjs from the file's path; a rule file has none.
delete rule.properties.source;
rule.required = rule.required.filter((k) => k !== "source");
write("rule.schema.json", rule);
