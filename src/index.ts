/**
 * kryterium — Polish social-assistance eligibility rules as versioned, cited data.
 * The core (`kryterium/core`) and the module-level functions of the default engine over every
 * bundled pack; the public surface is listed here explicitly, everything else is internal.
 */
export * from "./core.js";
export { allRules, decide, evaluate, getRule, validateHousehold, valueAt } from "./evaluate.js";
export { pl } from "./packs/bundled/pl.js";
export { krakow } from "./packs/bundled/krakow.js";
export { krasnik } from "./packs/bundled/krasnik.js";
export { RULES_AS_OF as rulesAsOf, RULES_FINGERPRINT as rulesFingerprint } from "./rules/fingerprint.js";
