import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateHousehold } from "../src/index.js";
import { groszeOf } from "../src/money.js";
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
