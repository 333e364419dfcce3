import { describe, expect, it } from "vitest";
import { createEngine, decide, evaluate, validateHousehold, type HouseholdInput, type Pack } from "../src/index.js";
import { defaultEngine } from "../src/evaluate.js";
import { krakow } from "../src/packs/bundled/krakow.js";
import { krasnik } from "../src/packs/bundled/krasnik.js";
import { pl } from "../src/packs/bundled/pl.js";

const household: HouseholdInput = {
  evaluationDate: "2025-03-01",
  householdType: "single",
  municipality: { name: "Kraków" },
  situations: ["ubostwo"],
  members: [{ id: "a", role: "applicant", birthDate: "1950-05-05", sex: "F", residence: "citizen", incomes: [{ type: "emerytura-renta", gross: "900.00" }] }],
};

const STALY = "pl/pomoc-spoleczna/zasilek-staly";

/** The pack with one rule changed by `edit` (a copy: the bundled pack is frozen). */
function edited(pack: Pack, id: string, edit: (rule: Record<string, unknown>) => void): Pack {
  const rules = JSON.parse(JSON.stringify(pack.rules)) as Record<string, unknown>[];
  const rule = rules.find((r) => r["id"] === id);
  if (!rule) throw new Error(`no rule ${id}`);
  edit(rule);
  return { ...pack, rules: rules as unknown as Pack["rules"], fingerprint: "edited" };
}

describe("createEngine", () => {
  it("over the bundled packs answers as the module-level functions, byte for byte", () => {
    const engine = createEngine({ packs: [pl, krakow, krasnik] });
    for (const date of ["2019-06-01", "2025-03-01", "2026-11-01"]) {
      expect(JSON.stringify(engine.evaluate(household, { date }))).toBe(JSON.stringify(evaluate(household, { date })));
      expect(JSON.stringify(engine.decide(household, { date }))).toBe(JSON.stringify(decide(household, { date })));
    }
    expect(engine.library).toEqual(defaultEngine.library);
    expect(engine.rules().map((r) => r.id)).toEqual(defaultEngine.rules().map((r) => r.id));
  });

  it("holds its own copy of the rules: no rule object is shared with another engine", () => {
    const a = createEngine({ packs: [pl] });
    const b = createEngine({ packs: [pl] });
    const id = "pl/pomoc-spoleczna/kryterium-dochodowe";
    expect(a.getRule(id)).toEqual(b.getRule(id));
    expect(a.getRule(id)).not.toBe(b.getRule(id));
    expect(a.getRule(id)).not.toBe(defaultEngine.getRule(id));
    expect(Object.isFrozen(a.getRule(id).versions[0])).toBe(true);
  });

  it("keeps two engines apart: a changed criterion in one is not seen by the other, before or after", () => {
    const poorer = edited(pl, "pl/pomoc-spoleczna/kryterium-dochodowe", (rule) => {
      for (const v of rule["versions"] as { parameters: Record<string, string> }[]) v.parameters["single"] = "500.00";
    });
    const base = createEngine({ packs: [pl] });
    const before = base.decide(household).results.find((r) => r.programme === STALY);
    const changed = createEngine({ packs: [poorer] });
    const after = changed.decide(household).results.find((r) => r.programme === STALY);
    const again = base.decide(household).results.find((r) => r.programme === STALY);
    expect(before?.outcome).toBe("eligible");
    expect(after?.outcome).toBe("not-eligible");
    expect(again).toEqual(before);
    expect(changed.library.rulesFingerprint).not.toBe(base.library.rulesFingerprint);
    // the traced evaluation follows too
    expect(changed.evaluate(household).results.find((r) => r.programme === STALY)?.outcome).toBe("not-eligible");
    expect(base.evaluate(household).results.find((r) => r.programme === STALY)?.outcome).toBe("eligible");
  });

  it("knows only its packs' programmes", () => {
    const national = createEngine({ packs: [pl] });
    expect(national.decide(household).results.some((r) => r.jurisdiction === "1261011")).toBe(false);
    expect(decide(household).results.some((r) => r.jurisdiction === "1261011")).toBe(true);
    expect(() => national.decide(household, { programmes: ["krakow/meleks"] })).toThrow(/Unknown programme: krakow\/meleks/);
    expect(() => national.getRule("krakow/meleks")).toThrow(/Unknown rule/);
  });

  it("validates per engine: a household another engine validated is validated again", () => {
    const engine = createEngine({ packs: [pl, krakow] });
    const checked = validateHousehold(household);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(defaultEngine.validateHousehold(checked.household)).toEqual({ ok: true, household: checked.household });
    const again = engine.validateHousehold(checked.household);
    expect(again.ok && again.household).not.toBe(checked.household);
    expect(again.ok && again.household).toEqual(checked.household);
  });

  it("validates at run time whatever its caller's types said", () => {
    const engine = createEngine({ packs: [pl] });
    expect(() => engine.evaluate({ ...household, householdType: "couple" } as unknown as HouseholdInput)).toThrow(/householdType/);
  });
});
