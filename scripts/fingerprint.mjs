// The rules fingerprint (rules/generated.ts, `rulesFingerprint`): FNV-1a, 64 bits, over the
// canonical JSON of the compiled rules. Two decisions made under the same fingerprint were made
// with exactly the same law. A change detector, not a security hash. Computed once, at build
// time, so importing the library does not hash 150 kB of rules.

/** FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}
