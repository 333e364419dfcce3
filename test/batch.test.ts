import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATES, population } from "../bench/population.mjs";
import { evaluateBlock, lineBreaks, linesOf, ndjsonBlocks } from "../src/cli/batch.js";
import { summaryRecord } from "../src/cli/summary-record.js";
import { type Decision, allRules, decide } from "../src/index.js";
import { coveredDate, household as anyHousehold } from "./properties/arbitraries.js";

const options = { full: false, lang: "pl" as const, programmes: ["pl/pomoc-spoleczna/zasilek-staly"] };

/** What `batch` makes of a text read in the given chunks: each record's line number and error code (or outcome). */
async function records(chunks: readonly Uint8Array[]): Promise<string[]> {
  const out: string[] = [];
  for await (const block of ndjsonBlocks(Readable.from(chunks))) {
    const result = evaluateBlock(linesOf(block), block.firstLine, options);
    if (result.records === 0) continue;
    for (const line of result.text.split("\n")) {
      const r = JSON.parse(line) as { line: number; error?: { code: string }; results?: Array<{ outcome: string }> };
      out.push(`${r.line}:${r.error?.code ?? r.results?.[0]?.outcome}`);
    }
  }
  return out;
}

const household = JSON.stringify({
  evaluationDate: "2025-03-01",
  householdType: "single",
  members: [{ id: "Łucja", role: "applicant", birthDate: "1950-01-01", sex: "F", residence: "citizen", incomes: [] }],
});
// \r\n is one line break, a lone \r is one, an empty line gives no record but keeps its number
const text = `${household}\r\n\r\nnot json\r${household}\n\n{"x":2}\n${household}`;
const expected = ["1:eligible", "3:invalid-json", "4:eligible", "6:invalid-household", "7:eligible"];

describe("batch input", () => {
  it("numbers lines as node:readline does: \\n, \\r\\n and a lone \\r end a line; empty lines keep their number", async () => {
    expect(await records([new TextEncoder().encode(text)])).toEqual(expected);
  });

  it("gives the same records however the input is cut into chunks (inside \\r\\n, inside a UTF-8 character)", async () => {
    const bytes = new TextEncoder().encode(text);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.slice(at[i], end));
        expect(await records(chunks)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("drops a byte-order mark at the start of the input only (one inside the file is part of its line)", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = new TextEncoder().encode(`${household}\n\uFEFF${household}\n`);
    const withBom = new Uint8Array([...bom, ...body]);
    expect(await records([withBom])).toEqual(["1:eligible", "2:invalid-json"]);
    expect(await records([withBom.slice(0, 2), withBom.slice(2)])).toEqual(["1:eligible", "2:invalid-json"]);
  });

  it("counts line breaks as the lines are split", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "\r", "\n", "\r\n", "ł"), { maxLength: 30 }), (parts) => {
        const text = `${parts.join("")}\n`;
        expect(lineBreaks(new TextEncoder().encode(text))).toBe(linesOf({ bytes: new TextEncoder().encode(text), firstLine: 1 }).length);
      }),
    );
  });

  it("counts invalid lines in the block's result", () => {
    const r = evaluateBlock(["not json", household, "{}"], 10, options);
    expect(r).toMatchObject({ records: 3, errors: 2 });
  });

  it("an error that is not the library's own becomes that line's record (code internal); the block's other lines are kept", () => {
    // a language the renderer has no text for fails inside rendering, not in the library's checks
    const broken = { ...options, full: true, lang: "xx" as never };
    const r = evaluateBlock([household, "not json", household], 7, broken);
    expect(r).toMatchObject({ records: 3, errors: 3 });
    const records = r.text.split("\n").map((l) => JSON.parse(l) as { line: number; error: { code: string; message: string } });
    expect(records.map((x) => [x.line, x.error.code])).toEqual([[7, "internal"], [8, "invalid-json"], [9, "internal"]]);
    expect(records[0]?.error.message).not.toMatch(/\n\s+at /);
  });
});

/** The summary record as the README documents it, built as an object and serialised by JSON.stringify. */
function documentedRecord(line: number, decision: Decision): string {
  const results = decision.results.map((r) => ({
    programme: r.programme,
    outcome: r.outcome,
    ...(r.amount !== undefined ? { amount: r.amount } : {}),
    ...(r.range !== undefined ? { range: r.range } : {}),
    ...(r.missing.length ? { missing: r.missing } : {}),
    version: r.version?.from ?? null,
  }));
  return JSON.stringify({ line, date: decision.date, results });
}

describe("batch summary record", () => {
  const examples = readdirSync(join(__dirname, "..", "examples"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(__dirname, "..", "examples", f), "utf8")) as unknown);
  // every programme asked for by id, so that some are not in force on the date (version null)
  const everyProgramme = allRules()
    .filter((r) => r.kind === "programme")
    .map((r) => r.id);

  it("is byte for byte the documented object through JSON.stringify, on the examples and 300 bench households at every date", () => {
    const seen = { amount: 0, range: 0, missing: 0, noVersion: 0 };
    let line = 1;
    for (const input of [...examples, ...population(300)]) {
      for (const date of [undefined, "2015-06-30", ...DATES]) {
        for (const programmes of [undefined, everyProgramme]) {
          const decision = decide(input, { ...(date === undefined ? {} : { date }), ...(programmes === undefined ? {} : { programmes }) });
          expect(summaryRecord(line, decision)).toBe(documentedRecord(line, decision));
          for (const r of decision.results) {
            if (r.amount !== undefined) seen.amount++;
            if (r.range !== undefined) seen.range++;
            if (r.missing.length > 0) seen.missing++;
            if (r.version === undefined) seen.noVersion++;
          }
          line += 7;
        }
      }
    }
    // each optional part of a record was written at least once
    expect(Math.min(seen.amount, seen.range, seen.missing, seen.noVersion)).toBeGreaterThan(0);
  });

  it("is byte for byte the documented object on random households at random dates (property)", () => {
    fc.assert(
      fc.property(anyHousehold, coveredDate, fc.nat(), (input, date, line) => {
        const decision = decide(input, { date });
        expect(summaryRecord(line, decision)).toBe(documentedRecord(line, decision));
      }),
      { numRuns: 300 },
    );
  });
});
