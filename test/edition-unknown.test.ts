import { describe, expect, it } from "vitest";
import { createEngine, decide, evaluate, renderMessage, type HouseholdInput } from "../src/index.js";
import { pl } from "../src/packs/bundled/pl.js";

// A programme run in editions (`editions` in its rule file) asked about after the last edition
// the rules know: the library says it does not know the edition, unlike a programme that ended.
const ASYSTENT = "pl/niepelnosprawnosc/asystent-osobisty";
const WSPIERAJ = "pl/seniorzy/wspieraj-seniora";

const person = (date: string): HouseholdInput => ({
  evaluationDate: date,
  householdType: "single",
  members: [{ id: "ewa", role: "applicant", birthDate: "1940-01-01", residence: "citizen", disability: [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }] }],
});

describe("a programme run in editions, after its last known edition", () => {
  it("answers needs-assessment saying the edition is unknown, on the day after the last edition ends", () => {
    const before = evaluate(person("2026-12-31"), { programmes: [ASYSTENT] }).results[0];
    expect(before?.version?.from).toBe("2026-01-01");
    const after = evaluate(person("2027-01-01"), { programmes: [ASYSTENT] }).results[0];
    expect(after?.outcome).toBe("needs-assessment");
    expect(after?.version).toBeUndefined();
    expect(after?.missing).toEqual([]);
    expect(after?.reason).toEqual({ key: "reason.edition-unknown", args: { date: "2027-01-01", ended: "2026-12-31" } });
    expect(renderMessage(after!.reason, "pl")).toContain("nie zna edycji obowiązującej w dniu 2027-01-01");
    expect(renderMessage(after!.reason, "en")).toContain("does not know an edition for 2027-01-01");
    expect(renderMessage(after!.reason, "en")).toContain("2026-12-31");
  });

  it("decide agrees, and the programme is answered without being asked for", () => {
    expect(decide(person("2027-01-01"), { programmes: [ASYSTENT] }).results[0]).toMatchObject({ outcome: "needs-assessment", version: undefined, missing: [] });
    expect(evaluate(person("2027-01-01")).results.find((r) => r.programme === ASYSTENT)?.reason.key).toBe("reason.edition-unknown");
    expect(decide(person("2027-01-01")).results.find((r) => r.programme === ASYSTENT)?.outcome).toBe("needs-assessment");
  });

  it("a programme that ended and runs in no editions stays not in force, and is not answered unasked", () => {
    const ended = evaluate(person("2023-06-01"), { programmes: [WSPIERAJ] }).results[0];
    expect(ended).toMatchObject({ outcome: "not-eligible", reason: { key: "reason.not-in-force" } });
    expect(decide(person("2023-06-01"), { programmes: [WSPIERAJ] }).results[0]?.outcome).toBe("not-eligible");
    expect(evaluate(person("2023-06-01")).results.some((r) => r.programme === WSPIERAJ)).toBe(false);
  });

  it("before its first known edition a programme run in editions is not in force", () => {
    expect(evaluate(person("2021-06-01"), { programmes: [ASYSTENT] }).results[0]?.reason.key).toBe("reason.not-in-force");
  });

  it("without `editions` the same rule after its last version is not in force", () => {
    const rules = pl.rules.map((r) => (r.id === ASYSTENT ? { ...r, editions: undefined } : r));
    const engine = createEngine({ packs: [{ manifest: pl.manifest, rules }] });
    expect(engine.evaluate(person("2027-01-01"), { programmes: [ASYSTENT] }).results[0]?.reason.key).toBe("reason.not-in-force");
    expect(engine.decide(person("2027-01-01"), { programmes: [ASYSTENT] }).results[0]?.outcome).toBe("not-eligible");
  });
});
