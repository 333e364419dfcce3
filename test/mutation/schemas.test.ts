import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HouseholdSchema } from "../../src/index.js";
import { RuleSchema } from "../../src/rules/schema.js";

/**
 * The JSON Schemas the package ships (household.schema.json, rule.schema.json, written by
 * scripts/write-json-schema.mjs the same way) are part of the interface: editors and callers in
 * other languages validate against them, and their descriptions are the field documentation.
 * A change to either shows up as a diff of the golden file; review it, then
 * `npx vitest run test/mutation -u`.
 */
describe("published JSON Schemas", () => {
  it("household input", async () => {
    const schema = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" });
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot("golden/household.schema.json");
  });
  it("rule file", async () => {
    const schema = z.toJSONSchema(RuleSchema, { io: "input", unrepresentable: "any" });
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot("golden/rule.schema.json");
  });
});
