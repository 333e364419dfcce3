import { RULE_DATA } from "./generated.js";

/**
 * A fingerprint of the compiled rules (FNV-1a, 64 bits, over their canonical JSON): two
 * decisions made with the same fingerprint were made with exactly the same law. Not a
 * security hash; a change detector.
 */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}

export const RULES_FINGERPRINT: string = fnv1a64(JSON.stringify(RULE_DATA));

/** The newest `from` date of any rule version: the library knows the law up to this change. */
export const RULES_AS_OF: string = RULE_DATA.flatMap((r) => ((r as { versions?: Array<{ from?: string }> }).versions ?? []).map((v) => v.from ?? ""))
  .sort()
  .reverse()[0] ?? "";
