/**
 * A fingerprint of rules (FNV-1a, 64 bits, over their canonical JSON): two decisions made with
 * the same fingerprint were made with exactly the same law. Not a security hash; a change
 * detector. The bundled rules' is computed when they are compiled (scripts/build-rules.mjs,
 * scripts/fingerprint.mjs), an engine's over other packs when it is first asked for.
 */
export { RULES_FINGERPRINT } from "../../rules/generated.js";

/** The newest `from` date of any rule version: the library knows the law up to this change. */
export { RULES_AS_OF } from "../../rules/generated.js";

/** FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits: the same as scripts/fingerprint.mjs (test/packs.test.ts). */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}
