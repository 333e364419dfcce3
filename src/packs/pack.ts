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
  /**
   * The day up to which the maintainer checked the pack against the law. An engine knows the law
   * up to the latest of these and of its rules' newest version (`rulesAsOf`); a decision dated
   * after that carries a warning.
   */
  readonly rulesAsOf?: string | undefined;
}

/**
 * A pack as the engine takes it: its manifest, its rules (checked and frozen) and a fingerprint
 * of its content. Made by `checkPacks` from data, or compiled with the library for the bundled
 * packs (`kryterium/packs/pl`, `kryterium/packs/krakow`, `kryterium/packs/krasnik`).
 */
export interface Pack {
  readonly manifest: PackManifest;
  readonly rules: readonly Rule[];
  /** FNV-1a 64 over the canonical JSON of the manifest and the rules (scripts/fingerprint.mjs). */
  readonly fingerprint: string;
}

/**
 * A pack as data: its manifest and its rule objects as parsed from YAML or JSON, not yet checked.
 * `createEngine` checks it as the build checks the bundled packs, and refuses it whole when
 * anything is wrong. A rule may carry `source`, the file it came from: the issues name it.
 */
export interface PackData {
  readonly manifest: unknown;
  readonly rules: readonly unknown[];
  /** The manifest's file (`pack.yaml`), for the issues. */
  readonly manifestSource?: string | undefined;
}

/**
 * Marks a pack whose manifest and rules were checked (by the build, or by `checkPacks`): an
 * engine takes its rules without parsing them again (that cost every cold start). A registered
 * symbol, so a pack from the library's CommonJS copy is known to its ES module copy too.
 */
const CHECKED = Symbol.for("kryterium.checked-pack");

/** A pack whose content was checked: frozen as it is. The mark is not enumerable: a copy made by spreading it (`{ ...pack, rules }`) is data, checked again. */
export function compiledPack(data: { readonly manifest: unknown; readonly rules: readonly unknown[]; readonly fingerprint: string }): Pack {
  const pack: Pack = { manifest: data.manifest as PackManifest, rules: data.rules as readonly Rule[], fingerprint: data.fingerprint };
  Object.defineProperty(pack, CHECKED, { value: true, enumerable: false });
  return deepFreeze(pack);
}

/** Whether `value` is a pack `compiledPack` made (checked), rather than data to check. */
export function isCheckedPack(value: unknown): value is Pack {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[CHECKED] === true;
}
