import { describe, expect, it } from "vitest";
import { decide, evaluate, isKryteriumError } from "../src/index.js";
import { single } from "./support/households.js";

const household = single("2025-03-01");

function invalidOption(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(isKryteriumError(e) && e.code, String(e)).toBe("invalid-option");
    return (e as Error).message;
  }
  throw new Error("expected an invalid-option error");
}

describe("options", () => {
  const wrong: Array<[string, unknown]> = [
    ["null", null],
    ["a number", 5],
    ["a string", "2025-03-01"],
    ["a list", []],
    ["date null", { date: null }],
    ["date a number", { date: 20250301 }],
    ["date an object", { date: { toString: () => "2025-03-01" } }],
    ["date not a calendar day", { date: "2025-02-30" }],
    ["programmes null", { programmes: null }],
    ["programmes a string", { programmes: "pl/pomoc-spoleczna/zasilek-staly" }],
    ["programmes with a number", { programmes: [1] }],
    ["programmes with null", { programmes: [null] }],
  ];
  for (const [what, options] of wrong) {
    it(`${what}: the documented invalid-option error from evaluate and decide, naming the option`, () => {
      for (const run of [evaluate, decide]) {
        const message = invalidOption(() => run(household, options as never));
        expect(message).toMatch(/^options/);
      }
    });
  }

  it("nothing, an empty object and undefined fields are the defaults", () => {
    const expected = decide(household);
    expect(decide(household, {})).toEqual(expected);
    expect(decide(household, { date: undefined, programmes: undefined } as never)).toEqual(expected);
  });
});
