/**
 * FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits: the fingerprint of rules and
 * packs, over their canonical JSON. Two decisions made under the same fingerprint were made with
 * exactly the same law. A change detector, not a security hash. The build takes the bundled
 * packs' with this same function (scripts/build-rules.mjs), so importing the library hashes nothing.
 */
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
