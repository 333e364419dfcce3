/**
 * A fingerprint of rules (FNV-1a, 64 bits, over their canonical JSON): two decisions made with
 * the same fingerprint were made with exactly the same law. The bundled rules' is computed when
 * they are compiled (scripts/build-rules.mjs), an engine's over other packs when it is first asked for.
 */
export { RULES_FINGERPRINT } from "../../rules/generated.js";

/** The newest `from` date of any rule version: the library knows the law up to this change. */
export { RULES_AS_OF } from "../../rules/generated.js";

export { fnv1a64 } from "./fnv1a64.js";
