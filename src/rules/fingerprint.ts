/**
 * A fingerprint of the compiled rules (FNV-1a, 64 bits, over their canonical JSON): two
 * decisions made with the same fingerprint were made with exactly the same law. Not a
 * security hash; a change detector. Computed when the rules are compiled
 * (scripts/build-rules.mjs), not when the library loads.
 */
export { RULES_FINGERPRINT } from "../../rules/generated.js";

/** The newest `from` date of any rule version: the library knows the law up to this change. */
export { RULES_AS_OF } from "../../rules/generated.js";
