import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli.js");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example pack copied to a fresh folder (optionally one file changed), as a gmina would hold it. */
function freshPack(edit?: { file: string; from: string; to: string }): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kryterium-pack-")), "gorzow");
  cpSync(join(root, "examples/packs/gorzow"), dir, { recursive: true });
  if (edit) writeFileSync(join(dir, edit.file), readFileSync(join(dir, edit.file), "utf8").replace(edit.from, edit.to));
  return dir;
}

const resident = (birthDate: string) => JSON.stringify({ evaluationDate: "2025-05-05", householdType: "single", municipality: { name: "Gorzów Wielkopolski" }, members: [{ id: "a", role: "applicant", birthDate, sex: "F", residence: "citizen" }] });

describe("kryterium --rules DIR (a gmina's pack from a folder)", () => {
  it("audit runs the pack's fixtures and renders the rulebook of its programmes", () => {
    const dir = freshPack();
    const text = run(["audit", "--rules", dir, "--lang", "en"]);
    expect(text.stdout).toBe("Fixtures: 4, passed: 4, failed: 0, invalid files: 0\n");
    expect(text.code).toBe(0);
    const md = run(["audit", "--rules", dir, "--format", "markdown"]);
    expect(md.stdout).toContain("Gorzowska Karta Seniora");
    expect(md.stdout).not.toContain("Zasiłek stały");
  });

  it("a failing fixture of the pack fails the audit, exit 1", () => {
    const dir = freshPack({ file: "fixtures/senior-59.yaml", from: "outcome: not-eligible", to: "outcome: eligible" });
    const r = run(["audit", "--rules", dir, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ .*senior-59\.yaml: outcome: expected "eligible", got "not-eligible"/);
  });

  it("check, batch and rules apply the pack beside the bundled law", () => {
    const dir = freshPack();
    const check = run(["check", "-", "--rules", dir, "--format", "json", "--programme", "gorzow/karta-seniora"], resident("1965-05-05"));
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).results[0]).toMatchObject({ programme: "gorzow/karta-seniora", outcome: "eligible" });
    const lines = `${resident("1965-05-05")}\n${resident("1965-05-06")}\n`;
    for (const workers of ["1", "2"]) {
      const batch = run(["batch", "-", "--rules", dir, "--programme", "gorzow/karta-seniora", "--workers", workers], lines);
      expect(batch.code).toBe(0);
      expect(batch.stdout.trim().split("\n").map((l) => JSON.parse(l).results[0].outcome)).toEqual(["eligible", "not-eligible"]);
    }
    const show = run(["rules", "show", "gorzow/karta-seniora", "--rules", dir, "--lang", "en"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("seniorAge = 60");
    // without --rules the programme is unknown
    expect(run(["rules", "show", "gorzow/karta-seniora"]).code).toBe(2);
  });

  it("a broken pack is refused whole, exit 2, every issue named by file and line", () => {
    const dir = freshPack({ file: "karta-seniora.yaml", from: "method: birthday", to: "method: birthdy" });
    const r = run(["check", "examples/household.json", "--rules", dir, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Rule pack refused (--rules), nothing was loaded:\n  ${dir}/karta-seniora.yaml:26: conditions[0].method: value not allowed; allowed: "birthday", "birth-year"\n`);
    const pl = run(["audit", "--rules", dir]);
    expect(pl.code).toBe(2);
    expect(pl.stderr).toContain("niedozwolona wartość");
    const gap = freshPack({ file: "karta-seniora.yaml", from: "    min: seniorAge", to: "    min: seniorAgeLimit" });
    expect(run(["rules", "list", "--rules", gap, "--lang", "en"]).stderr).toContain(`${gap}/karta-seniora.yaml:25: conditions[0].min: parameter seniorAgeLimit is not defined in the version from 2017-03-22`);
    expect(run(["batch", "-", "--rules", join(dir, "nothing")], "").code).toBe(2);
  });
});
