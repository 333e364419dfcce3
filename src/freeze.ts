// Frozen arrays are slow to walk with V8's array builtins on Node 20: `forEach`, `map`, `filter`,
// `some`, `findIndex`, `join` and `for…of` run several times slower over a frozen array than over
// an unfrozen one (a three-element `findIndex` took about 200 ns instead of 8; `includes` and
// `indexOf` are not affected). The rules and a household validateHousehold returned are frozen,
// so the evaluation walks their arrays with index loops.

/**
 * Freezes a tree of plain objects and arrays that this library built (compiled rules, a
 * validated household), children first. Loops rather than `Object.values`: a household is frozen
 * each time `validateHousehold` accepts one, and the arrays `Object.values` allocates doubled
 * the cost.
 */
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeInner(value[i]);
  } else {
    for (const key in value) freezeInner(value[key]);
  }
  return Object.freeze(value);
}

function freezeInner(value: unknown): void {
  if (typeof value === "object" && value !== null) deepFreeze(value);
}
