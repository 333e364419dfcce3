import { describe, expect, it } from "vitest";
import { label } from "../../src/explain/labels.js";
import { APPLICANT_RELATIONS, DEGREES, MEMBER_FACTS, RESIDENCE_STATUSES, SITUATIONS } from "../../src/household/vocabulary.js";

/**
 * The names explanations give to the input vocabulary, in Polish and English (golden/labels.txt):
 * every residence status, art. 7 situation, degree, sex, member fact and applicant relation.
 */
describe("vocabulary labels", () => {
  it("every code has a name in both languages", async () => {
    const codes = [...RESIDENCE_STATUSES, ...SITUATIONS, ...DEGREES, "F", "M", ...MEMBER_FACTS, ...APPLICANT_RELATIONS];
    const lines = codes.map((code) => `${code}: ${label(code, "pl")} | ${label(code, "en")}`);
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("golden/labels.txt");
  });
  it("a list is named item by item; an unknown code is shown as it is", () => {
    expect(label("ubostwo, bezrobocie, cos-innego", "pl")).toBe("ubóstwo, bezrobocie, cos-innego");
    expect(label("ubostwo, bezrobocie", "en")).toBe("poverty, unemployment");
  });
});
