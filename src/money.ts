import { Decimal as DecimalJs } from "decimal.js";
import { digitsValue } from "./digits.js";

/**
 * A private Decimal constructor: the global `Decimal.set` of the host app is never touched.
 * 40 significant digits keep every division the law needs (per-person income, 1/12 of a
 * one-off income) exact far beyond the grosz.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** A non-negative amount in złoty with at most two decimals, as written in the input. */
export const MONEY_PATTERN = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,2})?$/;

/** A non-negative decimal (parameters, hectares, percentages): up to 6 decimals. */
export const DECIMAL_PATTERN = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,6})?$/;

export const ZERO = new Decimal(0);

/**
 * A money string of the input (MONEY_PATTERN) in whole grosze as a JS number when that is
 * exact — at most 15 digits, so every step of reading it stays an integer below 2^53 — and
 * -1 for a longer amount.
 */
function smallGrosze(text: string): number {
  const dot = text.indexOf(".");
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  // digits of the result in grosze: those written, plus the zeros of the missing decimals
  if (text.length - (dot < 0 ? 0 : 1) + 2 - decimals > 15) return -1;
  const zloty = digitsValue(text, 0, dot < 0 ? text.length : dot);
  const fraction = dot < 0 ? 0 : digitsValue(text, dot + 1, text.length);
  return zloty * 100 + (decimals === 1 ? fraction * 10 : fraction);
}

/**
 * A money string of the input (MONEY_PATTERN) as whole grosze, exactly: BigInt, because the
 * input allows amounts up to 10^16 zł, beyond the integers a JS number holds exactly. Below
 * 10^15 grosze (every real amount) the digits are read into a number first, ~3× cheaper than
 * parsing a BigInt from text.
 */
export function groszeOf(text: string): bigint {
  const small = smallGrosze(text);
  if (small >= 0) return BigInt(small);
  const dot = text.indexOf(".");
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  const digits = dot < 0 ? text : `${text.slice(0, dot)}${text.slice(dot + 1)}`;
  return BigInt(digits) * (decimals === 2 ? 1n : decimals === 1 ? 10n : 100n);
}

/**
 * A running sum of money strings in whole grosze, exact at any size the input allows. It is a
 * JS number while every partial sum is a safe integer (below 2^53 grosze: any real household)
 * and a BigInt from the first step that would leave that range — numbers being several times
 * cheaper than BigInts on the path every household takes.
 */
export class Grosze {
  private small = 0;
  private big: bigint | undefined = undefined;

  add(text: string): this {
    return this.plus(text, 1);
  }

  subtract(text: string): this {
    return this.plus(text, -1);
  }

  addSum(other: Grosze): this {
    if (this.big === undefined && other.big === undefined) {
      const next = this.small + other.small;
      if (Number.isSafeInteger(next)) {
        this.small = next;
        return this;
      }
    }
    this.big = this.value() + other.value();
    return this;
  }

  isPositive(): boolean {
    return this.big === undefined ? this.small > 0 : this.big > 0n;
  }

  value(): bigint {
    return this.big ?? BigInt(this.small);
  }

  toDecimal(): Decimal {
    return decimalOfGrosze(this.big ?? this.small);
  }

  /** The sum as a JS number while it is a safe integer, else `undefined`. */
  safe(): number | undefined {
    return this.big === undefined ? this.small : undefined;
  }

  private plus(text: string, sign: 1 | -1): this {
    if (this.big === undefined) {
      const n = smallGrosze(text);
      const next = this.small + sign * n;
      if (n >= 0 && Number.isSafeInteger(next)) {
        this.small = next;
        return this;
      }
    }
    const grosze = groszeOf(text);
    this.big = this.value() + (sign === 1 ? grosze : -grosze);
    return this;
  }
}

/** Whole grosze as złoty with two decimals ("1161.60", "-0.05"), exactly: the text formatAmount gives their Decimal. */
export function textOfGrosze(grosze: bigint | number): string {
  const negative = grosze < 0;
  const digits = (negative ? -grosze : grosze).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Whole grosze as a Decimal in złoty, exactly (the inverse of groszeOf, negatives too). */
export function decimalOfGrosze(grosze: bigint | number): Decimal {
  return new Decimal(textOfGrosze(grosze));
}

export function dec(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Formats an amount for output: two decimals when exact to the grosz, otherwise every digit. */
export function formatAmount(value: Decimal): string {
  // The same text as value.toFixed(2), padded from toString(), which is ~5× cheaper (this runs
  // for every amount of every trace); toFixed where toString would use an exponent.
  const text = value.toString();
  if (value.decimalPlaces() > 2) return text;
  if (text.includes("e")) return value.toFixed(2);
  const dot = text.indexOf(".");
  return dot < 0 ? `${text}.00` : dot === text.length - 2 ? `${text}0` : text;
}

/** Rounds an amount to whole grosze in the direction a rule asks for. */
export function roundToGrosz(value: Decimal, mode: "up" | "down" | "half-up"): Decimal {
  const rounding =
    mode === "up" ? Decimal.ROUND_CEIL : mode === "down" ? Decimal.ROUND_FLOOR : Decimal.ROUND_HALF_UP;
  return value.toDecimalPlaces(2, rounding);
}

/**
 * `numerator / denominator` in whole grosze, both safe integers in grosze and the denominator
 * positive: exactly, rounded in the direction a rule asks for as roundToGrosz rounds (up: towards
 * +∞, down: towards −∞, half-up: halves away from zero), or `undefined` when the quotient is
 * not whole and there is no mode to round by.
 */
export function divideRounded(numerator: number, denominator: number, mode: "up" | "down" | "half-up" | undefined): number | undefined {
  const r = numerator % denominator; // exact for safe integers; the sign of the numerator
  const floor = (numerator - r) / denominator - (r < 0 ? 1 : 0);
  const rest = r < 0 ? r + denominator : r; // 0 ≤ rest < denominator
  if (rest === 0) return floor;
  if (mode === "up") return floor + 1;
  if (mode === "down") return floor;
  if (mode === "half-up") return 2 * rest > denominator || (2 * rest === denominator && floor >= 0) ? floor + 1 : floor;
  return undefined;
}

type Parameters = Readonly<Record<string, string | null>>;

const fractions = new WeakMap<Parameters, Map<string, { readonly numerator: number; readonly denominator: number }>>();

/**
 * Parameter `name` of a rule version as a fraction of integers (`"1.30"` → 130 / 100), worked
 * out once per version: the cache is keyed by the version's own parameters, which belong to
 * the engine that loaded them. The caller has checked that the parameter is set.
 */
export function parameterFraction(parameters: Parameters, name: string): { readonly numerator: number; readonly denominator: number } {
  let byName = fractions.get(parameters);
  if (byName === undefined) {
    byName = new Map();
    fractions.set(parameters, byName);
  }
  let found = byName.get(name);
  if (found === undefined) {
    const text = parameters[name] as string;
    const dot = text.indexOf(".");
    found = dot < 0 ? { numerator: Number(text), denominator: 1 } : { numerator: Number(text.slice(0, dot) + text.slice(dot + 1)), denominator: 10 ** (text.length - dot - 1) };
    byName.set(name, found);
  }
  return found;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

const decimals = new WeakMap<Parameters, Map<string, Decimal>>();

/**
 * Parameter `name` of a rule version as a Decimal, parsed once per version: evaluation reads
 * the same few parameters for every household. Keyed by the version's own parameters, which
 * belong to the engine that loaded them, so two engines share no entry. Decimals are immutable,
 * so sharing one instance is safe. The caller has checked that the parameter is set.
 */
export function parameterDecimal(parameters: Parameters, name: string): Decimal {
  let byName = decimals.get(parameters);
  if (byName === undefined) {
    byName = new Map();
    decimals.set(parameters, byName);
  }
  let d = byName.get(name);
  if (d === undefined) {
    d = new Decimal(parameters[name] as string);
    byName.set(name, d);
  }
  return d;
}

/** A parameter worked out for a household size and factor: exact, as text, and in grosze when whole. */
export interface Scaled {
  readonly value: Decimal;
  readonly shown: string;
  /** `value` in whole grosze when it is whole grosze and a safe integer, else `undefined`. */
  readonly grosze: number | undefined;
}

const scaled = new WeakMap<Decimal, Map<number, Map<string, Scaled>>>();

/**
 * A parameter × a count × a factor (the per-person criterion × household members × a
 * percentage; × 1 × "1" for the parameter itself), with its formatAmount text, worked out
 * once per parameter, count and factor rather than for every household: parameters are
 * shared instances (parameterDecimal, one per rule version of an engine), and there are few
 * household sizes and percentages.
 */
export function scaledParameter(value: Decimal, count: number, factor: string): Scaled {
  let byCount = scaled.get(value);
  if (byCount === undefined) {
    byCount = new Map();
    scaled.set(value, byCount);
  }
  let byFactor = byCount.get(count);
  if (byFactor === undefined) {
    byFactor = new Map();
    byCount.set(count, byFactor);
  }
  let found = byFactor.get(factor);
  if (found === undefined) {
    const product = value.times(count).times(new Decimal(factor));
    const grosze = product.times(100);
    found = { value: product, shown: formatAmount(product), grosze: grosze.isInteger() && grosze.abs().lte(Number.MAX_SAFE_INTEGER) ? grosze.toNumber() : undefined };
    byFactor.set(factor, found);
  }
  return found;
}
