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
