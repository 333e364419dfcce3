// Writes the JSON Schema of the household input next to the build, for callers and editors
// that do not use TypeScript. Runs after tsup (it reads the built library).
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { HouseholdSchema } from "../dist/index.js";

const schema = z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" });
schema.title = "kryterium household";
writeFileSync(new URL("../dist/household.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log("schema: wrote dist/household.schema.json");
