/**
 * Input paths as the evaluation reports them (`members[1].disability[0].validUntil`,
 * `baseYear.incomes.zosia`) and the catalogue's fields they are an instance of.
 */

export type Segment = string | number;

const BASE_YEAR_INCOME = "baseYear.incomes.";

/** The path's segments: `members[1].flags.inEducation` → ["members", 1, "flags", "inEducation"]. */
export function segmentsOf(path: string): Segment[] {
  // A member id after baseYear.incomes may hold any printable character: it is one segment.
  if (path.startsWith(BASE_YEAR_INCOME)) return ["baseYear", "incomes", path.slice(BASE_YEAR_INCOME.length)];
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (m === null) return [path];
    if (m[1] !== "") segments.push(m[1] as string);
    for (const index of (m[2] ?? "").matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** The catalogue field a path is an instance of: indices left out, a base-year member as `*`. */
export function fieldOf(path: string): string {
  if (path.startsWith(BASE_YEAR_INCOME)) return "baseYear.incomes.*";
  return path.replace(/\[\d+\]/g, "[]");
}

/** The member a path is about: its index among the members (for `baseYear.incomes.<id>`, found by id). */
export function memberIndexOf(path: string, members: readonly { readonly id?: unknown }[]): number | undefined {
  if (path.startsWith(BASE_YEAR_INCOME)) {
    const id = path.slice(BASE_YEAR_INCOME.length);
    const i = members.findIndex((m) => m.id === id);
    return i < 0 ? undefined : i;
  }
  const m = /^members\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

type Json = Record<string | number, unknown>;

/**
 * A copy of `root` with `value` at `path` (`undefined` removes it): only the objects on the way
 * are copied, the rest is shared, so the household given is never changed.
 */
export function withValueAt<T>(root: T, path: string, value: unknown): T {
  const segments = segmentsOf(path);
  const put = (node: unknown, i: number): unknown => {
    const key = segments[i] as Segment;
    const copy: Json = Array.isArray(node) ? ([...node] as unknown as Json) : node !== null && typeof node === "object" ? { ...(node as Json) } : typeof key === "number" ? ([] as unknown as Json) : {};
    if (i === segments.length - 1) {
      if (value === undefined && !Array.isArray(copy)) delete copy[key];
      else copy[key] = value;
    } else {
      copy[key] = put(copy[key], i + 1);
    }
    return copy;
  };
  return put(root, 0) as T;
}

/** The value at `path`, or `undefined`. */
export function valueAtPath(root: unknown, path: string): unknown {
  let node = root;
  for (const key of segmentsOf(path)) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}
