import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { HouseholdSchema, validateHousehold } from "../src/index.js";
import { groszeOf } from "../src/money.js";
import { household } from "./properties/arbitraries.js";
import { single } from "./support/households.js";

/**
 * Validation is tiered (src/household/validate.ts): the first households go through the zod
 * schema as written, later ones through the same schema compiled by `z.compile`. Both tiers
 * must accept and reject exactly the same inputs, with the same issues.
 */
const compiled = z.compile(HouseholdSchema);

/** A valid household with one field broken in one of the ways a caller gets it wrong. */
const broken = fc
  .tuple(
    household,
    fc.constantFrom<Array<(h: { members: Array<Record<string, unknown>> } & Record<string, unknown>) => void>>(
      (h) => (h["evaluationDate"] = "2023-02-29"),
      (h) => (h.members[0]!["birthDate"] = "1990-13-01"),
      (h) => (h.members[0]!["incomes"] = [{ type: "wynagrodzenie", gross: "10.00", incomeTax: "10.01" }]),
      (h) => (h.members[0]!["incomes"] = [{ type: "wynagrodzenie", gross: 100 }]),
      (h) => (h.members[0]!["residence"] = "martian"),
      (h) => (h.members[0]!["pesel"] = "44051401466"),
      (h) => (h.members[0]!["typo"] = true),
      (h) => (h.members[0]!["role"] = "child"),
      (h) => (h["members"] = []),
    ),
  )
  .map(([h, breakIt]) => {
    const copy = structuredClone(h) as { members: Array<Record<string, unknown>> } & Record<string, unknown>;
    breakIt(copy);
    return copy;
  });

describe("tiered validation", () => {
  it("the compiled schema accepts and parses valid households exactly as the schema does", () => {
    fc.assert(
      fc.property(household, (h) => {
        expect(compiled.safeParse(h)).toEqual(HouseholdSchema.safeParse(h));
      }),
      { numRuns: 300 },
    );
  });

  it("the compiled schema rejects broken households with exactly the schema's issues", () => {
    fc.assert(
      fc.property(broken, (h) => {
        const a = HouseholdSchema.safeParse(h, { reportInput: true });
        const b = compiled.safeParse(h, { reportInput: true });
        expect(a.success).toBe(false);
        expect(b.success).toBe(false);
        expect(b.error?.issues).toEqual(a.error?.issues);
      }),
      { numRuns: 300 },
    );
  });

  it("validateHousehold answers the same before and after it switches tiers", () => {
    const valid = single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "10.00", incomeTax: "1.00" }] });
    const invalid = single("2025-01-01", { incomes: [{ type: "wynagrodzenie", gross: "10.00", incomeTax: "10.01" }] });
    const first = [validateHousehold(valid), validateHousehold(invalid)];
    for (let i = 0; i < 100; i++) validateHousehold(valid); // well past the switch
    expect([validateHousehold(valid), validateHousehold(invalid)]).toEqual(first);
    expect(first[1]).toMatchObject({ ok: false, issues: [{ path: "members[0].incomes[0].gross", code: "deductions-exceed-gross" }] });
  });
});

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
