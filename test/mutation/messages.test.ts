import { describe, expect, it } from "vitest";
import { renderMessage, renderOutcome } from "../../src/index.js";
import { MESSAGES, pct100 } from "../../src/explain/messages.js";

/**
 * The catalogue of every sentence an explanation can contain, in Polish and English: each
 * message with its arguments shown as ‹placeholders›, and with no arguments at all (what the
 * fixed part of each sentence says, and which branches depend on an argument). Reviewers and
 * translators read golden/messages.txt; the golden decisions (explanations.test.ts) show the
 * same sentences with real values.
 */
const placeholders: Record<string, string> = new Proxy({}, { get: (_, name) => (typeof name === "string" ? `‹${name}›` : undefined), has: () => true });

describe("message catalogue", () => {
  it("every message, in both languages, with placeholders and without arguments", async () => {
    const lines: string[] = [];
    for (const key of Object.keys(MESSAGES).sort()) {
      lines.push(`## ${key}`);
      for (const lang of ["pl", "en"] as const) {
        const withArgs = renderMessage({ key, args: placeholders }, lang);
        const bare = renderMessage({ key, args: {} }, lang);
        lines.push(`${lang}: ${withArgs}`, `${lang} (no arguments): ${bare}`);
      }
      lines.push("");
    }
    await expect(lines.join("\n")).toMatchFileSnapshot("golden/messages.txt");
  });

  it("Polish is the default; a key the catalogue does not know is shown as the key itself", () => {
    expect(renderMessage({ key: "reason.eligible", args: {} })).toBe(renderMessage({ key: "reason.eligible", args: {} }, "pl"));
    expect(renderMessage({ key: "no.such.key", args: { x: "1" } }, "en")).toBe("no.such.key");
  });

  it("outcomes are named in both languages; Polish by default", () => {
    expect(["eligible", "not-eligible", "needs-assessment"].map((o) => renderOutcome(o as "eligible", "pl"))).toEqual(["przysługuje", "nie przysługuje", "wymaga oceny"]);
    expect(["eligible", "not-eligible", "needs-assessment"].map((o) => renderOutcome(o as "eligible", "en"))).toEqual(["eligible", "not eligible", "needs assessment"]);
    expect(renderOutcome("eligible")).toBe("przysługuje");
  });

  it("shares of the criterion are shown as percentages", () => {
    expect(pct100("1.30")).toBe("130");
    expect(pct100("2.2")).toBe("220");
    expect(pct100("1")).toBe("100");
    expect(pct100("0.5")).toBe("50");
    expect(pct100("0.05")).toBe("5");
    expect(pct100("1.305")).toBe("130,5");
    expect(pct100("1.3050")).toBe("130,5");
    expect(pct100("1.3000")).toBe("130");
    expect(pct100("0.123456")).toBe("12,3456");
    expect(pct100(".5")).toBe("50");
  });
});
