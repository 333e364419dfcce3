import { allRules } from "../rules/registry.js";
import type { Household } from "./schema.js";

const REGISTER = "pl/gminy";

function register(): Readonly<Record<string, string>> {
  const rule = allRules().find((r) => r.id === REGISTER);
  return rule?.versions[rule.versions.length - 1]?.table ?? {};
}

/**
 * The TERYT code of the household's municipality: the code given, or the one whose registered
 * name matches the name given. `undefined` when the name is not in the register; "other" for
 * a municipality the caller marked as other.
 */
export function resolveMunicipality(m: NonNullable<Household["municipality"]>): string | undefined {
  if (m === "other") return "other";
  if (m.teryt !== undefined) return m.teryt;
  const name = m.name?.trim().toLowerCase();
  return Object.entries(register()).find(([, registered]) => registered.toLowerCase() === name)?.[0];
}
