import type { PackManifest } from "../packs/pack.js";
import type { Catalogue } from "../rules/registry.js";
import type { Household } from "./schema.js";

const REGISTER = "pl/gminy";

/** An engine's register of municipalities: the names its rules know, and their TERYT codes. */
export interface MunicipalityRegister {
  /**
   * The TERYT code of the household's municipality: the code given, or the one whose registered
   * name matches the name given. `undefined` when the name is not in the register; "other" for
   * a municipality the caller marked as other.
   */
  resolve(m: NonNullable<Household["municipality"]>): string | undefined;
}

/**
 * The register of `catalogue` (its `pl/gminy` table, latest version; empty without one) and of
 * the municipal packs' manifests (their `municipality` under their TERYT code, where the table
 * does not name it already), names matched in lower case.
 */
export function municipalityRegister(catalogue: Catalogue, manifests: readonly PackManifest[] = []): MunicipalityRegister {
  let byName: ReadonlyMap<string, string> | undefined;
  const namesToCodes = (): ReadonlyMap<string, string> => {
    if (!byName) {
      const rule = catalogue.has(REGISTER) ? catalogue.getRule(REGISTER) : undefined;
      const table = rule?.versions[rule.versions.length - 1]?.table ?? {};
      const names = new Map(Object.entries(table).map(([code, name]) => [name.toLowerCase(), code]));
      for (const m of manifests) if (m.jurisdiction !== "pl" && m.municipality !== undefined && !names.has(m.municipality.toLowerCase())) names.set(m.municipality.toLowerCase(), m.jurisdiction);
      byName = names;
    }
    return byName;
  };
  return {
    resolve(m) {
      if (m === "other") return "other";
      if (m.teryt !== undefined) return m.teryt;
      return m.name === undefined ? undefined : namesToCodes().get(m.name.trim().toLowerCase());
    },
  };
}
