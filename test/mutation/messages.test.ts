import { describe, expect, it } from "vitest";
import { renderMessage, renderOutcome } from "../../src/index.js";
import { renderCitation } from "../../src/explain/render.js";
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
    expect(pct100("1.30505")).toBe("130,505");
    expect(pct100("1.305000")).toBe("130,5");
  });

  it("a citation without a provision is the instrument and the publication", () => {
    expect(renderCitation({ instrument: "Komunikat Prezesa GUS", publication: "M.P. 2024 poz. 1" })).toBe("Komunikat Prezesa GUS, M.P. 2024 poz. 1");
    expect(renderCitation({ instrument: "Ustawa", provision: "art. 8", publication: "Dz.U. 2004 Nr 64 poz. 593" })).toBe("Ustawa, art. 8, Dz.U. 2004 Nr 64 poz. 593");
  });

  it("an age counted by birth year says so", () => {
    const args = { age: "71", method: "birth-year", min: "71" };
    expect(renderMessage({ key: "age.pass", args }, "pl")).toBe("Wiek 71 lat (rocznikowo); wymagane: co najmniej 71 lat.");
    expect(renderMessage({ key: "age.pass", args }, "en")).toBe("Age 71 (by birth year); required: at least 71.");
    expect(renderMessage({ key: "age.fail", args: { ...args, age: "70" } }, "pl")).toBe("Wiek 70 lat (rocznikowo) — poza granicą; wymagane: co najmniej 71 lat.");
    expect(renderMessage({ key: "age.fail", args: { ...args, age: "70" } }, "en")).toBe("Age 70 (by birth year) — outside the limit; required: at least 71.");
  });
});
