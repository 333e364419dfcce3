import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

  it("warns, in the language asked for, when the date is after the law the rules know", () => {
    const pl = run(["check", "examples/household.json", "--date", "2099-01-01", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toMatch(/Uwaga: Data 2099-01-01 jest późniejsza niż stan prawa, który znają reguły \(\d{4}-\d{2}-\d{2}\)/);
    const en = run(["check", "examples/household.json", "--date", "2099-01-01", "--lang", "en", "--format", "markdown", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]);
    expect(en.stdout).toContain("> **Warning:** The date 2099-01-01 is after the law the rules know");
    const json = JSON.parse(run(["check", "examples/household.json", "--date", "2099-01-01", "--format", "json", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]).stdout) as { warnings: unknown[]; warningsText: string[] };
    expect(json.warnings).toHaveLength(1);
    expect(json.warningsText[0]).toContain("2099-01-01");
    expect(run(["check", "examples/household.json", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]).stdout).not.toContain("Uwaga:");
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

describe("kryterium audit", () => {
  it("runs every fixture, writes a self-contained HTML rulebook, exit 0 when all pass", () => {
    const out = join(tmpdir(), `kryterium-audit-${process.pid}.html`);
    const r = run(["audit", "fixtures", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code, r.stdout).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<!doctype html>");
    expect(html).toContain("pl/pomoc-spoleczna/zasilek-staly");
    expect(html).toContain("Dz.U. 2024 poz. 1044");
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it("exits 1 when a fixture fails, and names it", () => {
    const dir = mkdtempSync(join(tmpdir(), "kryterium-fixtures-"));
    const fixture = readFileSync(join(root, "fixtures/pl/pomoc-spoleczna/zasilek-staly/samotna-emerytka-2025.yaml"), "utf8").replace('amount: "374.00"', 'amount: "375.00"');
    writeFileSync(join(dir, "wrong.yaml"), fixture);
    const r = run(["audit", dir, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("wrong.yaml");
    expect(r.stdout).toContain('amount: expected "375.00", got "374.00"');
  });

  it("Markdown report lists provisions no fixture decides", () => {
    const r = run(["audit", "fixtures", "--format", "markdown"]);
    expect(r.stdout).toContain("## Przepisy a przypadki testowe");
    expect(r.stdout).toContain("Przepisy, których nie rozstrzyga żaden przypadek");
  });
});

describe("kryterium rules", () => {
  it("lists the rules for a municipality on a date", () => {
    const r = run(["rules", "list", "--municipality", "Kraków", "--date", "2025-01-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pl/pomoc-spoleczna/zasilek-staly");
  });
  it("shows one rule at a date with its citation and open questions", () => {
    const r = run(["rules", "show", "pl/pomoc-spoleczna/zasilek-staly", "--at", "2014-06-01"]);
    expect(r.stdout).toContain("2013-01-01 – 2015-09-30");
    expect(r.stdout).toContain("retirement-age-2013-2017");
  });
  it("diffs two dates: what changed and which instrument changed it", () => {
    const r = run(["rules", "diff", "pl/pomoc-spoleczna/zasilek-staly", "2023-12-31", "2024-01-01", "--format", "json"]);
    const d = JSON.parse(r.stdout) as { changes: Array<{ name: string; before: string; after: string }> };
    expect(d.changes).toContainEqual({ name: "amountPercent", before: "1.00", after: "1.30" });
  });
  it("an unknown rule is a usage error", () => expect(run(["rules", "show", "pl/nope"]).code).toBe(2));
});

describe("kryterium ask", () => {
  const ZR = "pl/swiadczenia-rodzinne/zasilek-rodzinny";
  // date, applicant, spouse Piotr, child Zosia, nobody else; then only what zasiłek rodzinny is missing
  const family = ["2025-03-15", "Anna", "1", "Piotr", "3", "Zosia", "0"];
  const facts = ["30.02.2019", "01.05.2019", "1", "", "9 600,00", "412,30", "0", "0", "2", "2"];

  it("takes a family to a decided zasiłek rodzinny with piped answers, comma decimals, a wrong date refused, and saves it 0600", () => {
    // a file already there, readable by all: overwritten, and narrowed to the owner
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-ask-")), "h.json");
    writeFileSync(file, "{}\n");
    chmodSync(file, 0o644);
    const r = run(["ask", "--programme", ZR, "--save", file], `${[...family, ...facts].join("\n")}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Zosia: data urodzenia?");
    expect(r.stdout).toContain("Niepoprawna odpowiedź");
    expect(r.stdout).toContain("(Enter: 2023)");
    expect(r.stdout).toMatch(/Zasiłek rodzinny\s+przysługuje\s+124\.00 zł/);
    expect(r.stdout).not.toMatch(/members\[|baseYear\./);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { householdType: string; members: Array<{ role: string }>; baseYear: { incomes: Record<string, string> } };
    expect(saved.householdType).toBe("family");
    expect(saved.members.map((m) => m.role)).toEqual(["applicant", "spouse", "child"]);
    expect(saved.baseYear.incomes["osoba-2"]).toBe("412.30");
    expect(run(["check", file, "--programme", ZR]).stdout).toContain("124.00 zł");
  });

  it("goes back with <, skips with an empty answer, and says what was left unanswered", () => {
    // the child's birth date answered, "<" at the next question goes back to it; the residence skipped
    const r = run(["ask", "--programme", ZR], `${[...family, "01.05.2019", "<", "02.05.2019", ""].join("\n")}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/Zosia: data urodzenia\?/g)?.length).toBe(2);
    expect(r.stdout).toContain("Bez odpowiedzi");
    expect(r.stdout).toContain("wymaga oceny");
  });

  it("asks in Ukrainian and English", () => {
    const uk = run(["ask", "--lang", "uk", "--programme", ZR], `${family.join("\n")}\n`);
    expect(uk.code, uk.stderr).toBe(0);
    expect(uk.stdout).toContain("Zosia: дата народження?");
    const en = run(["ask", "--lang", "en", "--programme", ZR], `${family.join("\n")}\n`);
    expect(en.stdout).toContain("Zosia: date of birth?");
  });

  it("without an evaluation date is a usage error", () => {
    expect(run(["ask"], "").code).toBe(2);
  });
});

describe("kryterium batch", () => {
  const household = readFileSync(join(root, "examples/household.json"), "utf8").replace(/\n\s*/g, "");
  const input = [household, "not json", "", JSON.stringify({ evaluationDate: "2023-02-29" }), household].join("\n");
  for (const workers of ["1", "2"]) {
    it(`keeps order and reports bad lines without stopping, exit 1 and the counts on stderr (--workers ${workers})`, () => {
      const r = run(["batch", "-", "--workers", workers, "--programme", "pl/pomoc-spoleczna/zasilek-staly"], `${input}\n`);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^4 gospodarstw, 2 błędnych, [0-9.]+ s\n$/);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; error?: { code: string }; results?: Array<{ amount?: string }> });
      expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 5]);
      expect(lines[1]?.error?.code).toBe("invalid-json");
      expect(lines[2]?.error?.code).toBe("invalid-household");
      expect(lines[3]?.results?.[0]?.amount).toBe("374.00");
    });
  }
  it("NO_COLOR output has no escape codes", () => {
    expect(run(["check", "examples/household.json"]).stdout).not.toMatch(/\u001b\[/);
  });
});

describe("kryterium replay", () => {
  it("records a decision with check --record and replays it: same answer, exit 0", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-record-")), "decision.json");
    expect(run(["check", "examples/household.json", "--record", file]).code).toBe(0);
    const r = run(["replay", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wynik ten sam.");
  });
  it("a changed answer exits 1 and names the rule version", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-record-")), "decision.json");
    run(["check", "examples/household.json", "--record", file, "--date", "2024-06-15", "--programme", "pl/pomoc-spoleczna/zasilek-staly"]);
    const record = JSON.parse(readFileSync(file, "utf8")) as { date: string };
    writeFileSync(file, JSON.stringify({ ...record, date: "2025-03-15" }));
    const r = run(["replay", file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not-eligible → eligible 374.00 zł");
    expect(r.stdout).toContain("Dz.U. 2024 poz. 1044");
  });
  it("a file that is not a decision record is exit 2", () => {
    expect(run(["replay", "examples/household.json"]).code).toBe(2);
  });
});

describe("kryterium rules questions", () => {
  it("lists every open question of every rule in one place", () => {
    const r = run(["rules", "questions", "--format", "json"]);
    const all = JSON.parse(r.stdout) as Array<{ rule: string; id: string; question: string; handling: string }>;
    expect(all.some((q) => q.rule === "pl/pomoc-spoleczna/zasilek-okresowy" && q.id === "okresowy-cap-switch")).toBe(true);
    expect(all.every((q) => q.question.length > 10 && q.handling.length > 5)).toBe(true);
  });
});
