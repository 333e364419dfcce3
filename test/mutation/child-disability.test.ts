import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { ConditionResult } from "../../src/explain/trace.js";

/**
 * A child's orzeczenie o niepełnosprawności (art. 4a of the rehabilitation act) with the
 * indications a programme requires — here Asystent osobisty: a child under 16 with both
 * indication 7 (stała lub długotrwała opieka) and indication 8 (stały współudział opiekuna).
 */
const ASYSTENT = "pl/niepelnosprawnosc/asystent-osobisty";

function childDisability(disability: unknown): ConditionResult | undefined {
  const child: Record<string, unknown> = { id: "dziecko", role: "child", birthDate: "2015-01-01" };
  if (disability !== undefined) child["disability"] = disability;
  const r = evaluate(
    {
      evaluationDate: "2025-06-15",
      householdType: "family",
      members: [{ id: "matka", role: "applicant", birthDate: "1985-01-01", disability: [], caresFor: ["dziecko"] }, child],
    },
    { programmes: [ASYSTENT] },
  ).results[0];
  const walk = (c: ConditionResult): ConditionResult[] => [c, ...(c.children ?? []).flatMap(walk)];
  // the count looks at the applicant and at the child she cares for: take the child's line
  const forChild = r?.conditions.find((c) => c.kind === "count")?.children?.find((c) => c.message.args["member"] === "dziecko");
  return (forChild ? [forChild] : []).flatMap(walk).find((c) => c.kind === "child-disability");
}

const orzeczenie = (extra: Record<string, unknown>) => ({ kind: "orzeczenie-dziecka", indication7: true, indication8: true, validUntil: "2027-12-31", ...extra });

describe("a child's orzeczenie with indications 7 and 8", () => {
  it("valid on the date, with both indications: met", () => {
    const c = childDisability([orzeczenie({})]);
    expect(c?.status).toBe("pass");
    expect(c?.message).toEqual({ key: "child-disability.pass", args: { member: "dziecko", indications: "7 i 8" } });
    expect(c?.facts).toEqual({ findings: "orzeczenie-dziecka (valid)" });
    expect(c?.values).toEqual({ indications: "7, 8" });
  });
  it("valid until the day before the evaluation: not met; until the day itself: met", () => {
    const expired = childDisability([orzeczenie({ validUntil: "2025-06-14" })]);
    expect(expired?.status).toBe("fail");
    expect(expired?.message.key).toBe("child-disability.not-met");
    expect(expired?.facts).toEqual({ findings: "orzeczenie-dziecka (expired)" });
    expect(childDisability([orzeczenie({ validUntil: "2025-06-15" })])?.status).toBe("pass");
  });
  it("valid only from the day after: not met yet", () => {
    const later = childDisability([orzeczenie({ validFrom: "2025-06-16" })]);
    expect(later?.status).toBe("fail");
    expect(later?.facts).toEqual({ findings: "orzeczenie-dziecka (not-yet-valid)" });
  });
  it("an indication not stated is asked for; a refused one settles it whatever else is missing", () => {
    const open = childDisability([orzeczenie({ indication8: undefined })]);
    expect(open?.status).toBe("unknown");
    expect(open?.message.key).toBe("child-disability.undecided");
    expect(open?.missing).toEqual(["members[1].disability[0].indication8"]);
    expect(childDisability([orzeczenie({ indication7: false, indication8: undefined })])?.status).toBe("fail");
    expect(childDisability([orzeczenie({ indication7: undefined, indication8: false })])?.status).toBe("fail");
    expect(childDisability([orzeczenie({ indication7: undefined, indication8: undefined })])?.missing).toEqual([
      "members[1].disability[0].indication7",
      "members[1].disability[0].indication8",
    ]);
  });
  it("an expired orzeczenie is not met even when an indication is not stated", () => {
    expect(childDisability([orzeczenie({ validUntil: "2024-01-01", indication8: undefined })])?.status).toBe("fail");
  });
  it("without a validity date it is asked for, unless the orzeczenie fails anyway", () => {
    const undated = childDisability([orzeczenie({ validUntil: undefined })]);
    expect(undated?.status).toBe("unknown");
    expect(undated?.missing).toEqual(["members[1].disability[0].validUntil"]);
    expect(undated?.facts).toEqual({ findings: "orzeczenie-dziecka (unknown)" });
    expect(childDisability([orzeczenie({ validUntil: undefined, indication7: false })])?.status).toBe("fail");
  });
  it("one valid orzeczenie among others suffices; other kinds of finding are not a child's orzeczenie", () => {
    const c = childDisability([{ kind: "stopien", degree: "lekki", validUntil: "permanent" }, orzeczenie({ validUntil: "2020-01-01" }), orzeczenie({})]);
    expect(c?.status).toBe("pass");
    expect(c?.facts).toEqual({ findings: "orzeczenie-dziecka (expired); orzeczenie-dziecka (valid)" });
  });
  it("no findings: not met; findings not given: asked for", () => {
    const none = childDisability([]);
    expect(none?.status).toBe("fail");
    expect(none?.message).toEqual({ key: "child-disability.fail", args: { member: "dziecko", indications: "7 i 8" } });
    const unknown = childDisability(undefined);
    expect(unknown?.status).toBe("unknown");
    expect(unknown?.message).toEqual({ key: "child-disability.unknown", args: { member: "dziecko", indications: "7 i 8" } });
    expect(unknown?.missing).toEqual(["members[1].disability"]);
    expect(unknown?.values).toEqual({ indications: "7, 8" });
  });
});
