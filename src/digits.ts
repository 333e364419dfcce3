/**
 * The value of the ASCII digits of `text` from `start` to `end`, or -1 if any is not a digit.
 * Read by character codes rather than a regular expression or `Number()`: dates and amounts of
 * every household pass here. Exact while the value stays below 2^53 (callers keep to 15 digits).
 */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48; // "0"
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
