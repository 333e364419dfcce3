import { describe, expect, it } from "vitest";
import { buildAuditReport } from "../../src/audit/report.js";
import { decidersOf, everyCondition, nestedConditions } from "../../src/conditions/index.js";
import { citedProvisions } from "../../src/explain/describe.js";
import { allRules, getRule } from "../../src/index.js";
import type { BaseYearIncomeSpec, ConditionSpec } from "../../src/rules/schema.js";

/**
 * The conditions nested in a condition are the ones its kind declares (src/conditions/<kind>.ts),
 * and every walk over a rule's conditions — the rulebook's provisions, the deciders' look-ups on
 * a household's date, a pack's checks, the base years asked for — goes through that one list.
 */

const RODZINNY = "pl/swiadczenia-rodzinne/zasilek-rodzinny";

/** Every object under `value` that has a `kind` — in a condition, exactly the nested conditions. */
function objectsWithKind(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objectsWithKind(v), 0);
  if (value === null || typeof value !== "object") return 0;
  const own = "kind" in value ? 1 : 0;
  return own + Object.values(value).reduce((n: number, v) => n + objectsWithKind(v), 0);
}

function raisedCriterion(): BaseYearIncomeSpec {
  const found = everyCondition(getRule(RODZINNY).conditions ?? []).find((c): c is BaseYearIncomeSpec => c.kind === "base-year-income");
  if (found?.raisedWhen === undefined) throw new Error(`${RODZINNY} has no raised criterion`);
  return found;
}

describe("nested conditions", () => {
  it("the walk reaches every condition a rule file holds, at any depth", () => {
    for (const rule of allRules()) {
      for (const specs of [rule.conditions ?? [], ...rule.versions.map((v) => v.conditions ?? [])]) {
        expect(everyCondition(specs).length, rule.id).toBe(objectsWithKind(specs));
      }
    }
  });

  it("a raised criterion's condition is nested in its base-year income condition, where the rule file puts it", () => {
    const spec = raisedCriterion();
    expect(nestedConditions(spec)).toEqual([{ at: ["raisedWhen"], spec: spec.raisedWhen }]);
    expect(everyCondition([spec])[1]).toBe(spec.raisedWhen);
  });

  it("the rulebook's coverage of provisions lists the provision a raised criterion cites", () => {
    const cited = raisedCriterion().raisedWhen?.basis;
    expect(cited).toMatch(/^art\. 5 ust\. 2 /);
    expect(citedProvisions(getRule(RODZINNY))).toContain(cited);
    const provisions = buildAuditReport([], "1.0.0").provisions.filter((p) => p.programme === RODZINNY).map((p) => p.provision);
    expect(provisions).toContain(cited);
  });

  it("a condition nested in a raised criterion that reads a household's date is decided even after the answer is known", () => {
    const deadline: ConditionSpec = { kind: "application-deadline", months: "months", holidays: "pl/dni-wolne-od-pracy" };
    const plain: ConditionSpec = { ...deadline, holidays: undefined };
    const raisedBy = (raisedWhen: ConditionSpec): ConditionSpec => ({ ...raisedCriterion(), raisedWhen });
    expect(decidersOf([raisedBy(deadline), raisedBy(plain)]).mayThrow).toEqual([true, false]);
  });
});
