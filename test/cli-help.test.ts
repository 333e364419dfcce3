import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli.js");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS = ["check", "ask", "rules", "batch", "audit", "replay", "schema"];

describe("help", () => {
  for (const command of COMMANDS) {
    it(`${command} --help and help ${command}: its own usage and an example, exit 0`, () => {
      const own = run([command, "--help"]);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^kryterium ${command}`));
      expect(own.stdout).toContain("Przykład / example:");
      expect(own.stdout).toMatch(new RegExp(`Przykład / example:\\n  .*kryterium ${command}`));
      expect(run(["help", command])).toEqual(own);
    });
  }

  it("help of an unknown command (prototype names too) is a usage error, exit 2", () => {
    for (const name of ["nope", "constructor", "__proto__", "toString"]) {
      const r = run(["help", name]);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain(`unknown command: ${name}`);
    }
  });

  it("--lang is accepted anywhere on the line, before the command too", () => {
    const after = run(["check", "examples/household.json", "--lang", "en"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Evaluation date");
    expect(run(["--lang", "en", "check", "examples/household.json"])).toEqual(after);
    expect(run(["--lang=en", "check", "examples/household.json"])).toEqual(after);
    expect(run(["check", "--lang", "en", "examples/household.json"])).toEqual(after);
    expect(run(["--lang", "xx", "check", "examples/household.json"]).code).toBe(2);
  });
});
