import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decisionRecord, replayDecision } from "../src/audit/replay.js";
import { evaluate } from "../src/index.js";

const household = JSON.parse(readFileSync(join(__dirname, "..", "examples", "household.json"), "utf8")) as unknown;

describe("reproducible decisions", () => {
  it("every evaluation carries the library version and the rules fingerprint", () => {
    const e = evaluate(household);
    expect(e.library.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(e.library.rulesFingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("a fresh record replays to the same answer", () => {
    const record = decisionRecord(household, evaluate(household));
    const r = replayDecision(JSON.parse(JSON.stringify(record)));
    expect(r.same).toBe(true);
    expect(r.differences).toEqual([]);
  });

  it("a record made under an older rule version names the version that changed the answer", () => {
    const old = evaluate(household, { date: "2024-06-15", programmes: ["pl/pomoc-spoleczna/zasilek-staly"] });
    // pretend the 2024 answer was recorded for 2025-03-15 by an older copy of the library
    const record = decisionRecord(household, { ...old, date: "2025-03-15" }, ["pl/pomoc-spoleczna/zasilek-staly"]);
    const r = replayDecision(record);
    expect(r.same).toBe(false);
    const d = r.differences[0];
    // 2024: income 939.00 zł is not below K1 = 776 zł; 2025: it is below 1010 zł → 1313.00 − 939.00
    expect(d?.before).toEqual({ outcome: "not-eligible", amount: undefined, range: undefined });
    expect(d?.after).toEqual({ outcome: "eligible", amount: "374.00", range: undefined });
    expect(d?.changedVersions.map((v) => v.rule)).toContain("pl/pomoc-spoleczna/zasilek-staly");
    expect(d?.changedVersions.map((v) => v.rule)).toContain("pl/pomoc-spoleczna/kryterium-dochodowe");
  });
});
