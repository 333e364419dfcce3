import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../src/cli/utf8.js";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli.js");
const example = readFileSync(join(root, "examples", "household.json"));

function run(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("reading a household file", () => {
  it("/dev/zero is refused once 16 MB have been read (stat says 0 bytes), exit 2", () => {
    const start = performance.now();
    const r = run(["check", "/dev/zero", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too large \(limit: 16 MB\)/);
    expect(performance.now() - start).toBeLessThan(30_000);
  });

  it("a directory is a usage error, exit 2, no stack trace", () => {
    const r = run(["check", "examples", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/examples is a directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("invalid UTF-8 in a file and on stdin is an error naming the line and column, not a silent U+FFFD", () => {
    const text = example.toString("utf8").replace('"householdType"', '"householdTyp\u00e9"');
    const broken = Buffer.from(text, "utf8");
    const at = broken.indexOf(Buffer.from("\u00e9", "utf8"));
    broken[at] = 0xff; // é's first byte replaced
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-utf8-")), "h.json");
    writeFileSync(file, broken);
    const line = broken.subarray(0, at).toString("latin1").split("\n").length;
    for (const r of [run(["check", file, "--lang", "en"]), run(["check", "-", "--lang", "en"], broken)]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`not UTF-8: an invalid byte at line ${line}`);
    }
  });

  it("a UTF-8 byte-order mark is accepted, as batch accepts it", () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]);
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-bom-")), "h.json");
    writeFileSync(file, withBom);
    const plain = run(["check", "examples/household.json", "--format", "json"]);
    expect(run(["check", file, "--format", "json"]).stdout).toBe(plain.stdout);
    expect(run(["check", "-", "--format", "json"], withBom).stdout).toBe(plain.stdout);
  });

  it("knows UTF-8 from what is not: overlong forms, surrogates, cut sequences, beyond U+10FFFF", () => {
    expect(firstInvalidUtf8(Buffer.from("zażółć gęślą jaźń 🐈", "utf8"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x28, 0xa1]))).toBe(0); // a bad continuation
  });
});
