import type { Decision } from "../evaluate.js";

/**
 * A string as JSON, remembered: the programme ids, outcomes, version dates and evaluation dates
 * of a case load repeat on every line. Bounded, so that a run over many distinct values (dates)
 * cannot grow it without end.
 */
const quoted = new Map<string, string>();
const QUOTED_REMEMBERED = 4096;

function quote(text: string): string {
  let json = quoted.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (quoted.size < QUOTED_REMEMBERED) quoted.set(text, json);
  }
  return json;
}

/**
 * The summary record `batch` writes for a decided line, as JSON:
 * `{"line":…,"date":…,"results":[{"programme":…,"outcome":…,"amount":…,"range":…,"missing":[…],"version":…}]}`
 * — `amount`, `range` and `missing` only when there are some, `version` the date the programme's
 * version took effect, or `null` when none was in force.
 *
 * Written out directly rather than built as objects for `JSON.stringify`: a line of a full
 * catalogue answers some twenty programmes, and building and serialising their objects cost
 * more than deciding them. The text is byte for byte what `JSON.stringify` gives of that object
 * (test/batch.test.ts compares the two on every example and on random households).
 */
export function summaryRecord(line: number, decision: Decision): string {
  let json = `{"line":${line},"date":${quote(decision.date)},"results":[`;
  const results = decision.results;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as Decision["results"][number];
    if (i > 0) json += ",";
    json += `{"programme":${quote(r.programme)},"outcome":${quote(r.outcome)}`;
    if (r.amount !== undefined) json += `,"amount":${JSON.stringify(r.amount)}`;
    if (r.range !== undefined) json += `,"range":${JSON.stringify(r.range)}`;
    if (r.missing.length > 0) json += `,"missing":${JSON.stringify(r.missing)}`;
    const from = r.version?.from;
    json += `,"version":${from === undefined ? "null" : quote(from)}}`;
  }
  return `${json}]}`;
}
