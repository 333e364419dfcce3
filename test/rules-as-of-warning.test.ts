import { describe, expect, it } from "vitest";
import { createEngine, decide, evaluate, renderMessage, rulesAsOf, type HouseholdInput } from "../src/index.js";
import { shiftDays } from "../src/dates.js";
import { pl } from "../src/packs/bundled/pl.js";

const household = (date: string): HouseholdInput => ({
  evaluationDate: date,
  householdType: "single",
  members: [{ id: "a", role: "applicant", birthDate: "1950-05-05", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "900.00" }] }],
});

describe("a date after the day the rules know the law up to", () => {
  const after = shiftDays(rulesAsOf, 1);

  it("carries a warning in evaluate and decide; on rulesAsOf itself none", () => {
    expect(evaluate(household(rulesAsOf)).warnings).toBeUndefined();
    expect(decide(household(rulesAsOf)).warnings).toBeUndefined();
    const warned = evaluate(household(after));
    expect(warned.warnings).toEqual([{ key: "warning.after-rules-as-of", args: { date: after, rulesAsOf } }]);
    expect(decide(household(after)).warnings).toEqual(warned.warnings);
    const [w] = warned.warnings ?? [];
    expect(renderMessage(w!, "pl")).toContain(`Data ${after} jest późniejsza niż stan prawa`);
    expect(renderMessage(w!, "en")).toContain(`(as of ${rulesAsOf})`);
  });

  it("the options' date decides, not the household's", () => {
    expect(evaluate(household(rulesAsOf), { date: after }).warnings).toHaveLength(1);
    expect(evaluate(household(after), { date: rulesAsOf }).warnings).toBeUndefined();
  });

  it("an engine's rulesAsOf is the later of its manifests' and its newest version's", () => {
    const newest = pl.rules.flatMap((r) => r.versions.map((v) => v.from)).sort().at(-1) ?? "";
    const unchecked = createEngine({ packs: [{ manifest: { ...pl.manifest, rulesAsOf: undefined }, rules: pl.rules }] });
    expect(unchecked.rulesAsOf).toBe(newest);
    expect(unchecked.evaluate(household(shiftDays(newest, 1))).warnings).toHaveLength(1);
    const later = createEngine({ packs: [{ manifest: { ...pl.manifest, rulesAsOf: "2030-01-01" }, rules: pl.rules }] });
    expect(later.rulesAsOf).toBe("2030-01-01");
    expect(later.evaluate(household("2029-12-31")).warnings).toBeUndefined();
  });
});
