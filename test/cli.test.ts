import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli.js");

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, env: { ...process.env, NO_COLOR: "1", ...env }, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("kryterium CLI", () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does)");
  });

  it("checks the bundled example in Polish, exit 0", () => {
    const r = run(["check", "examples/household.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Zasiłek stały");
    expect(r.stdout).toContain("przysługuje");
    expect(r.stdout).toContain("374.00 zł");
    expect(r.stderr).toBe("");
  });

  it("explains in English with the legal basis", () => {
    const r = run(["check", "examples/household.json", "--explain", "--lang", "en", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Permanent allowance");
    expect(r.stdout).toContain("Dz.U. 2024 poz. 1044");
    expect(r.stdout).toContain("130 % × 1010.00 zł = 1313.00 zł");
  });

  it("prints nothing but JSON with --format json, from stdin", () => {
    const r = run(["check", "-", "--format", "json"], readFileSync(join(root, "examples/household.json")));
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { date: string; results: Array<{ programme: string; outcome: string }> };
    expect(parsed.date).toBe("2025-03-15");
    expect(parsed.results.find((x) => x.programme === "pl/pomoc-spoleczna/zasilek-staly")?.outcome).toBe("eligible");
  });

  it("--redact masks the PESEL, the name and the birthday everywhere", () => {
    const r = run(["check", "examples/household.json", "--explain", "--format", "json", "--redact"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("44051401465");
    expect(r.stdout).not.toContain("1944-05-14");
    expect(r.stdout).not.toMatch(/\d{4}-05-14/);
  });

  it("rejects an invalid household naming the field, exit 2, no stack trace", () => {
    const bad = JSON.stringify({ evaluationDate: "2023-02-29", householdType: "single", members: [{ id: "a", role: "applicant", incomes: [{ type: "wynagrodzenie", gross: "1.234" }] }] });
    const r = run(["check", "-"], bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("evaluationDate");
    expect(r.stderr).toContain("members[0].incomes[0].gross");
    expect(r.stderr).toContain("RRRR-MM-DD");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(run(["check", "-", "--lang", "en"], bad).stderr).toContain("expected a calendar date");
  });

  it("binary garbage on stdin: exit 2, no stack trace", () => {
    const r = run(["check", "-"], Buffer.from([0, 255, 254, 1, 2, 3, 0x7b, 0x22]));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("usage errors exit 2: unknown command, missing file, bad option", () => {
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["check", "no-such-file.json"]).code).toBe(2);
    expect(run(["check", "examples/household.json", "--format", "xml"]).code).toBe(2);
    expect(run(["check", "examples/household.json", "--bogus"]).code).toBe(2);
    expect(run(["check", "examples/household.json", "--date", "2025-02-30"]).code).toBe(2);
    expect(run(["check", "examples/household.json", "--lang", "de"]).code).toBe(2);
  });

  it("a programme asked for on a date before its first version says it is not in force", () => {
    const r = run(["check", "examples/household.json", "--date", "2005-01-01", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("nie obowiązuje");
  });

  it("--help and --version", () => {
    expect(run(["--help"]).stdout).toContain("kryterium check");
    expect(run(["check", "--help"]).stdout).toContain("--explain");
    expect(run(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("schema prints the JSON Schema of the household", () => {
    const r = run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain("members");
  });
});
