/** How long a list is searched in place before a Set takes over (a few missing facts is the common case). */
const SHORT = 8;

/**
 * Strings in the order first added, each once. A short list is searched in place (cheaper than
 * a Set for the handful of facts a household usually misses); a long one — one path per member
 * of a household of thousands — is looked up in a Set, so each addition costs the same however
 * many there are.
 */
export class DistinctList {
  readonly items: string[] = [];
  private seen: Set<string> | undefined;

  add(item: string): void {
    if (this.seen !== undefined) {
      if (this.seen.has(item)) return;
      this.seen.add(item);
    } else {
      if (this.items.includes(item)) return;
      if (this.items.length === SHORT) this.seen = new Set(this.items).add(item);
    }
    this.items.push(item);
  }
}
