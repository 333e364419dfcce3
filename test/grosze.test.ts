import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateHousehold } from "../src/index.js";
import { IncomeAmount } from "../src/household/income.js";
import { Decimal, Grosze, divideRounded, formatAmount, groszeOf, parameterDecimal, parameterFraction, roundToGrosz, scaledParameter, textOfGrosze } from "../src/money.js";
import { single } from "./support/households.js";

describe("groszeOf", () => {
  it("reads an amount as whole grosze, exactly, up to the largest amount the input allows", () => {
    expect(groszeOf("0")).toBe(0n);
    expect(groszeOf("1.5")).toBe(150n);
    expect(groszeOf("1161.60")).toBe(116160n);
    expect(groszeOf("0.01")).toBe(1n);
    expect(groszeOf("9999999999999999.99")).toBe(999999999999999999n);
  });

  it("equals the digits read as one BigInt, for every length the input allows (both ways of reading)", () => {
    const money = fc
      .tuple(
        // the two ways switch at 10^15 grosze: 13 digits of złoty without decimals, 12 with one
        fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.constantFrom(10n ** 12n - 1n, 10n ** 12n, 10n ** 13n - 1n, 10n ** 13n)),
        fc.constantFrom("", ".5", ".05", ".50", ".99"),
      )
      .map(([zl, fraction]) => `${zl}${fraction}`);
    fc.assert(
      fc.property(money, (text) => {
        const [zl = "", fraction = ""] = text.split(".");
        expect(groszeOf(text)).toBe(BigInt(zl + fraction.padEnd(2, "0")));
      }),
      { numRuns: 2000 },
    );
  });

  it("deductions equal to the gross amount pass; one grosz more is rejected", () => {
    const at = (tax: string) => validateHousehold(single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "9007199254740993.00", incomeTax: tax }] })).ok;
    expect(at("9007199254740993.00")).toBe(true); // beyond 2^53: a float would round it
    expect(at("9007199254740993.01")).toBe(false);
  });
});

describe("Grosze (a running sum in whole grosze)", () => {
  // amounts on both sides of the switch from numbers to BigInt: short ones, and ones long enough
  // that a few of them together pass 2^53 grosze (about 9.007 · 10^13 zł)
  const amount = fc
    .tuple(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.constantFrom(9n * 10n ** 13n, 10n ** 13n - 1n)), fc.constantFrom("", ".5", ".05", ".99"))
    .map(([zl, fraction]) => `${zl}${fraction}`);
  const exact = (text: string) => BigInt(text.split(".")[0] ?? "") * 100n + BigInt((text.split(".")[1] ?? "").padEnd(2, "0"));
  const steps = fc.array(fc.tuple(fc.boolean(), amount), { maxLength: 12 });

  it("adds and subtracts exactly, whatever the sizes, and reads back as the same decimal", () => {
    fc.assert(
      fc.property(steps, steps, (first, second) => {
        const run = (list: typeof first) => {
          const sum = new Grosze();
          let expected = 0n;
          for (const [add, text] of list) {
            if (add) sum.add(text);
            else sum.subtract(text);
            expected += add ? exact(text) : -exact(text);
          }
          return { sum, expected };
        };
        const a = run(first);
        const b = run(second);
        expect(a.sum.value()).toBe(a.expected);
        expect(a.sum.isPositive()).toBe(a.expected > 0n);
        expect(a.sum.toDecimal().toFixed(2)).toBe(new Decimal(a.expected.toString()).div(100).toFixed(2));
        expect(textOfGrosze(a.sum.value())).toBe(formatAmount(a.sum.toDecimal()));
        const safe = a.sum.safe();
        if (safe !== undefined) expect(BigInt(safe)).toBe(a.expected);
        if (!Number.isSafeInteger(Number(a.expected))) expect(safe).toBeUndefined();
        expect(a.sum.addSum(b.sum).value()).toBe(a.expected + b.expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("switches to BigInt at the first step past 2^53 grosze and stays exact", () => {
    // 2^53 = 9 007 199 254 740 992; each amount is short (15 digits in grosze), their sum is not
    const tenTimes = () => {
      const sum = new Grosze();
      for (let i = 0; i < 10; i++) sum.add("9007199254740.99");
      return sum;
    };
    expect(tenTimes().value()).toBe(9007199254740990n);
    expect(tenTimes().add("0.03").value()).toBe(9007199254740993n); // a float gives …992
    expect(tenTimes().addSum(new Grosze().add("0.03")).value()).toBe(9007199254740993n);
    expect(tenTimes().add("0.03").subtract("0.01").toDecimal().toFixed(2)).toBe("90071992547409.92");
    expect(new Grosze().subtract("0.01").isPositive()).toBe(false);
    expect(new Grosze().isPositive()).toBe(false);
  });
});

describe("scaledParameter in grosze", () => {
  it("is the product in whole grosze when it is whole grosze and a safe integer, and undefined otherwise", () => {
    const parameter = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.constantFrom("", ".5", ".05", ".005", ".000001", ".30"))
      .map(([units, fraction]) => `${units}${fraction}`);
    const factor = fc.constantFrom("1", "1.3", "2.2", "0.5", "0.35", "0.000001");
    fc.assert(
      fc.property(parameter, fc.integer({ min: 1, max: 10000 }), factor, (value, count, f) => {
        const scaled = scaledParameter(parameterDecimal({ value }, "value"), count, f);
        const grosze = new Decimal(value).times(count).times(f).times(100);
        if (grosze.isInteger() && grosze.lte(Number.MAX_SAFE_INTEGER)) expect(scaled.grosze).toBe(grosze.toNumber());
        else expect(scaled.grosze).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("divideRounded (a quotient of whole grosze, rounded as roundToGrosz rounds)", () => {
  it("gives the grosze roundToGrosz gives the exact decimal quotient, for every mode and sign, and nothing without a mode unless it is whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom("up" as const, "down" as const, "half-up" as const), (n, d, mode) => {
        const exact = new Decimal(n).div(d).div(100);
        expect(divideRounded(n, d, mode)).toBe(roundToGrosz(exact, mode).times(100).toNumber() + 0); // + 0: no -0
        expect(divideRounded(n, d, undefined)).toBe(n % d === 0 ? n / d : undefined);
      }),
      { numRuns: 5000 },
    );
  });
  it("rounds halves away from zero in half-up, and towards +∞ (up) and −∞ (down) on either side of zero", () => {
    expect([divideRounded(5, 2, "half-up"), divideRounded(-5, 2, "half-up"), divideRounded(-3, 2, "up"), divideRounded(-3, 2, "down")]).toEqual([3, -3, -1, -2]);
  });
});

describe("parameterFraction", () => {
  it("is the parameter's value as a fraction of integers", () => {
    for (const text of ["0", "1", "0.5", "1.30", "0.35", "2.5600", "1000000.123456"]) {
      const { numerator, denominator } = parameterFraction({ text }, "text");
      expect(new Decimal(numerator).div(denominator).eq(new Decimal(text)), text).toBe(true);
    }
  });
});

describe("IncomeAmount.within", () => {
  const amount = (text: string) => new IncomeAmount({ grosze: new Grosze().add(text), fraction: undefined });
  it("compares whole grosze with a threshold that is not whole grosze as decimals", () => {
    // 100.005 zł (a percentage of a criterion can leave a fraction of a grosz): 100.00 is within, 100.01 is not
    const threshold = scaledParameter(parameterDecimal({ value: "100.005" }, "value"), 1, "1");
    expect(threshold.grosze).toBeUndefined();
    expect(amount("100.00").within(threshold, true)).toBe(true);
    expect(amount("100.00").within(threshold, false)).toBe(true); // an integer path that floored the threshold would say false
    expect(amount("100.01").within(threshold, true)).toBe(false);
    expect(amount("100.01").within(threshold, false)).toBe(false);
  });
  it("compares as integers when both are whole grosze: equal is within for lte, not for lt", () => {
    const threshold = scaledParameter(parameterDecimal({ value: "1010.00" }, "value"), 1, "1");
    expect(threshold.grosze).toBe(101000);
    expect(amount("1010.00").grosze).toBe(101000);
    expect(amount("1010.00").within(threshold, true)).toBe(true);
    expect(amount("1010.00").within(threshold, false)).toBe(false);
    expect(amount("1010.01").within(threshold, true)).toBe(false);
  });
  it("is never below zero", () => {
    const negative = new IncomeAmount({ grosze: new Grosze().subtract("5.00"), fraction: undefined });
    expect(negative.grosze).toBe(0);
    expect(negative.shown).toBe("0.00");
    expect(negative.decimal.toFixed(2)).toBe("0.00");
    const negativeDecimal = new IncomeAmount({ grosze: new Grosze().subtract("5.00"), fraction: new Decimal("0.5") });
    expect(negativeDecimal.shown).toBe("0.00");
  });
});
