/**
 * A fingerprint of rules (FNV-1a, 64 bits, over their canonical JSON): two decisions made with
 * the same fingerprint were made with exactly the same law. The bundled rules' is computed when
 * they are compiled (scripts/build-rules.mjs), an engine's over other packs when it is first asked for.
 */
export { RULES_FINGERPRINT } from "../../rules/generated.js";

/** The day the bundled packs know the law up to: their manifests' `rulesAsOf` or their newest version's `from`, whichever is later (rulesAsOfPacks). */
export { RULES_AS_OF } from "../../rules/generated.js";

export { fnv1a64 } from "./fnv1a64.js";
