import { allRules } from "../rules/registry.js";
import type { Household } from "./schema.js";

const REGISTER = "pl/gminy";

let byName: ReadonlyMap<string, string> | undefined;

/** Registered names (lower case) → TERYT codes; built once. */
function namesToCodes(): ReadonlyMap<string, string> {
  if (!byName) {
    const rule = allRules().find((r) => r.id === REGISTER);
    const table = rule?.versions[rule.versions.length - 1]?.table ?? {};
    byName = new Map(Object.entries(table).map(([code, name]) => [name.toLowerCase(), code]));
  }
  return byName;
}

/**
 * The TERYT code of the household's municipality: the code given, or the one whose registered
 * name matches the name given. `undefined` when the name is not in the register; "other" for
 * a municipality the caller marked as other.
 */
export function resolveMunicipality(m: NonNullable<Household["municipality"]>): string | undefined {
  if (m === "other") return "other";
  if (m.teryt !== undefined) return m.teryt;
  return m.name === undefined ? undefined : namesToCodes().get(m.name.trim().toLowerCase());
}
