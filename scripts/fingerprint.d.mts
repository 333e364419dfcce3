/** FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits (see fingerprint.mjs). */
export declare function fnv1a64(text: string): string;
