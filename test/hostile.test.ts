import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, isHouseholdValidationError, validateHousehold } from "../src/index.js";

/**
 * Hostile input: each case is either evaluated correctly or rejected with a clear error, in
 * bounded time and memory, and leaves no trace on the next evaluation. Bounds are loose on
 * purpose (a slow CI machine must not flake); they catch runaway behaviour, not regressions.
 */
function bounded<T>(run: () => T, maxMs: number, maxHeapMb: number): T {
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = run();
  expect(performance.now() - start).toBeLessThan(maxMs);
  expect((process.memoryUsage().heapUsed - heap) / 1024 / 1024).toBeLessThan(maxHeapMb);
  return value;
}

const applicant = { id: "a", role: "applicant", birthDate: "1950-01-01", sex: "F", residence: "citizen" };
const single = (extra: Record<string, unknown> = {}, member: Record<string, unknown> = {}) => ({
  evaluationDate: "2025-03-01",
  householdType: "single",
  situations: ["bezrobocie"],
  members: [{ ...applicant, incomes: [], ...member }],
  ...extra,
});

function rejected(input: unknown, path: string) {
  const r = validateHousehold(input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
}

describe("hostile input", () => {
  it("a household of 10 000 members is evaluated (≤ 60 s, ≤ 1 GB)", () => {
    const members = Array.from({ length: 10_000 }, (_, i) => ({ ...applicant, id: `m${i}`, role: i === 0 ? "applicant" : "child", birthDate: "2000-01-01", incomes: [{ type: "wynagrodzenie", gross: "100.00" }] }));
    const r = bounded(() => evaluate({ ...single(), householdType: "family", members }, { programmes: ["pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych"] }), 60_000, 1024);
    // 10 000 × 100.00 = 1 000 000.00 ≤ 823 × 10 000 = 8 230 000
    expect(r.results[0]?.outcome).toBe("eligible");
  }, 120_000);

  it("10 001 members are rejected, naming the limit", () => {
    const members = Array.from({ length: 10_001 }, (_, i) => ({ id: `m${i}`, role: i === 0 ? "applicant" : "child" }));
    bounded(() => rejected({ ...single(), householdType: "family", members }, "members"), 30_000, 1024);
  }, 60_000);

  it("amounts of 10^15 zł are exact, not rounded", () => {
    const r = bounded(() => evaluate(single({}, { incomes: [{ type: "wynagrodzenie", gross: "1000000000000000.00" }] }), { programmes: ["pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych"] }), 5_000, 100);
    expect(r.results[0]?.outcome).toBe("not-eligible");
    expect(r.results[0]?.conditions.find((c) => c.kind === "income")?.facts["income"]).toBe("1000000000000000.00");
  });

  it("amounts beyond 16 integer digits are rejected", () => {
    rejected(single({}, { incomes: [{ type: "wynagrodzenie", gross: "10000000000000000.00" }] }), "members[0].incomes[0].gross");
  });

  it("year 1 and year 9999: no programme in force before the rules begin; open versions run to 9999", () => {
    const early = evaluate(single({ evaluationDate: "0001-01-01" }, { birthDate: "0001-01-01" }));
    expect(early.results).toEqual([]);
    const late = evaluate(single({ evaluationDate: "9999-12-31" }));
    expect(late.results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly")?.version?.from).toBe("2025-01-01");
  });

  it("deeply nested structures are rejected without recursion trouble", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 5_000; i++) deep = { a: deep };
    bounded(() => rejected(single({}, { name: deep }), "members[0].name"), 5_000, 200);
    let list: unknown = [];
    for (let i = 0; i < 5_000; i++) list = [list];
    bounded(() => rejected(single({ situations: list }), "situations[0]"), 5_000, 200);
  });

  it("a cyclic object (API callers can build one) is rejected, not followed", () => {
    const h = single() as Record<string, unknown>;
    h["self"] = h;
    bounded(() => rejected(h, "(household)"), 5_000, 100);
  });

  it("__proto__ and constructor keys are rejected and leave no trace on the next evaluation", () => {
    const before = evaluate(single());
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const text = JSON.stringify(single()).replace('"householdType"', `"${key}":{"polluted":true,"householdType":"family"},"householdType"`);
      expect(validateHousehold(JSON.parse(text)).ok).toBe(false);
      const member = JSON.stringify(single()).replace('"id":"a"', `"${key}":{"role":"child"},"id":"a"`);
      expect(validateHousehold(JSON.parse(member)).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(evaluate(single())).toEqual(before);
  });

  it("control characters in printed text (ids, names) are rejected", () => {
    rejected(single({}, { id: "a\u001b[31m" }), "members[0].id");
    rejected(single({}, { name: "Anna\u0007" }), "members[0].name");
  });

  it("strings in every enum position that are not codes are rejected", () => {
    for (const bad of ["", " ", "ubostwo ", "UBOSTWO", "ubóstwo", "x".repeat(10_000)]) rejected(single({ situations: [bad] }), "situations[0]");
  });

  it("non-objects at the top level are rejected", () => {
    for (const value of [null, 42, "household", [], true]) {
      try {
        evaluate(value);
        expect.unreachable();
      } catch (e) {
        expect(isHouseholdValidationError(e)).toBe(true);
      }
    }
  });
});

describe("hostile input to the CLI", () => {
  const cli = join(__dirname, "..", "dist", "cli.js");
  it("a 100 MB file is refused before it is read, exit 2", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-big-")), "big.json");
    const fd = openSync(file, "w");
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    closeSync(fd);
    const start = performance.now();
    const r = spawnSync(process.execPath, [cli, "check", file], { encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/za duży|too large/);
    expect(performance.now() - start).toBeLessThan(20_000);
  });
  it("100 MB of garbage on stdin: exit 2, bounded", () => {
    const r = spawnSync(process.execPath, [cli, "check", "-"], { input: Buffer.alloc(100 * 1024 * 1024, 0xff), encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
