import { deepFreeze } from "../freeze.js";
import type { Citation, Rule, Text } from "../rules/schema.js";

/** Who a pack is, whose law it holds and where it comes from. */
export interface PackManifest {
  /** A short id, lower case (`pl`, `krakow`, `gdansk-karta-seniora`). */
  readonly id: string;
  readonly title: Text;
  /** "pl" for national law, or the 7-digit TERYT code of the gmina whose programmes it holds. */
  readonly jurisdiction: string;
  /** The gmina's name as its residents write it (municipal packs): the engine's register learns it. */
  readonly municipality?: string | undefined;
  /** The pack's own version (any text the maintainer chooses, e.g. "2026.1"). */
  readonly version: string;
  /** Who answers for the pack's content. */
  readonly maintainer: string;
  /** The instruments the pack encodes (a resolution, an act). */
  readonly sources: readonly Citation[];
}

/**
 * A pack as the engine takes it: its manifest, its rules (checked and frozen) and a fingerprint
 * of its content. Made by `loadPack` from data, or compiled with the library for the bundled
 * packs (`kryterium/packs/pl`, `kryterium/packs/krakow`, `kryterium/packs/krasnik`).
 */
export interface Pack {
  readonly manifest: PackManifest;
  readonly rules: readonly Rule[];
  /** FNV-1a 64 over the canonical JSON of the manifest and the rules (scripts/fingerprint.mjs). */
  readonly fingerprint: string;
}

/** A pack the build compiled and checked: frozen as it is, not checked again (that cost every cold start). */
export function compiledPack(data: { readonly manifest: unknown; readonly rules: readonly unknown[]; readonly fingerprint: string }): Pack {
  return deepFreeze({ manifest: data.manifest as PackManifest, rules: data.rules as readonly Rule[], fingerprint: data.fingerprint });
}
