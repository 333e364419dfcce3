import * as z from "zod";
import { isCivilDate } from "../dates.js";
import { CitationSchema } from "../rules/schema.js";

const text = z.strictObject({ pl: z.string().min(1), en: z.string().min(1) });

/** The schema of a pack's manifest (`pack.yaml` or `pack.json` in its folder); see PackManifest. */
export const PackManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "expected a lower-case id (letters, digits, hyphens)"),
  title: text,
  jurisdiction: z.union([z.literal("pl"), z.string().regex(/^[0-9]{7}$/, "expected \"pl\" or a 7-digit TERYT code")]),
  municipality: z.string().min(1).optional(),
  version: z.string().min(1),
  maintainer: z.string().min(1),
  sources: z.array(CitationSchema).min(1),
  /** The day up to which the maintainer checked the pack against the law (YYYY-MM-DD); see PackManifest. */
  rulesAsOf: z.string().refine(isCivilDate, { params: { expected: "date" } }).optional(),
});
