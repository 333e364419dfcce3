import type { Pack } from "../packs/pack.js";

/**
 * The day up to which packs know the law: the latest of their manifests' `rulesAsOf` (the day
 * their maintainers checked them against the law) and of their rules' newest version. A date
 * after it may have law the packs do not hold.
 */
export function rulesAsOfPacks(packs: readonly Pack[]): string {
  let latest = "";
  for (const pack of packs) {
    if (pack.manifest.rulesAsOf !== undefined && pack.manifest.rulesAsOf > latest) latest = pack.manifest.rulesAsOf;
    for (const rule of pack.rules) for (const v of rule.versions) if (v.from > latest) latest = v.from;
  }
  return latest;
}
