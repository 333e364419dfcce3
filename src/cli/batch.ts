import { once } from "node:events";
import { createReadStream } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { decide, evaluate } from "../evaluate.js";
import type { Evaluation } from "../evaluation/result.js";
import { isHouseholdValidationError, isKryteriumError, type Lang } from "../errors.js";
import { renderMessage } from "../explain/render.js";
import { isCivilDate } from "../dates.js";
import { EXIT, UsageError } from "./errors.js";
import { RULES_OPTION_HELP, rulesEngine } from "./rules-option.js";
import { summaryRecord } from "./summary-record.js";
import type { HouseholdArgument } from "../engine.js";

export const BATCH_HELP = `kryterium batch <gospodarstwa.ndjson | -> [--date RRRR-MM-DD] [--programme ID] [--workers N] [--full] [--lang pl|en]

Jedna linia wyniku (JSON) na każdą linię wejścia, w tej samej kolejności. Błędna linia daje
rekord błędu z numerem linii, a przebieg trwa dalej. Strumieniowo: stała pamięć.
One JSON result line per input line, in order. A bad line gives an error record with its line
number and the run goes on. Streams: memory stays flat. Empty lines give no record but keep
their number. Kod wyjścia 1, gdy któraś linia dała rekord błędu / exit 1 when some line gave an
error record. Podsumowanie na stderr / a summary on stderr.

  --workers N   liczba wątków (domyślnie 1) / worker threads (default 1)
  --full        pełne wyniki z uzasadnieniem / full results with the trace
${RULES_OPTION_HELP}

Przykład / example:
  kryterium batch households.ndjson --workers 2 > results.ndjson
`;

export interface BatchOptions {
  readonly date?: string | undefined;
  readonly programmes?: readonly string[] | undefined;
  readonly full: boolean;
  readonly lang: Lang;
  /** The `--rules` folders (a worker thread makes the same engine from them). */
  readonly rules?: readonly string[] | undefined;
}

/** One output record: its JSON, and whether it reports an error rather than results. */
interface LineRecord {
  readonly json: string;
  readonly error: boolean;
}

function errorRecord(line: number, error: Record<string, unknown>): LineRecord {
  return { json: JSON.stringify({ line, error }), error: true };
}

/** The record of `--full`: every result with its trace and its reason in words. */
function fullRecord(line: number, evaluation: Evaluation, lang: Lang): LineRecord {
  const results = evaluation.results.map((r) => ({ ...r, reasonText: renderMessage(r.reason, lang) }));
  const warnings = (evaluation.warnings ?? []).map((w) => renderMessage(w, lang));
  return { json: JSON.stringify({ line, date: evaluation.date, ...(warnings.length > 0 ? { warnings } : {}), results }), error: false };
}

/** Evaluates one NDJSON line into one output record: it never throws, whatever the line holds. */
export function evaluateLine(text: string, line: number, options: BatchOptions): LineRecord {
  let input: unknown;
  try {
    input = JSON.parse(text) as unknown;
  } catch (e) {
    return errorRecord(line, { code: "invalid-json", message: (e as Error).message });
  }
  try {
    const evaluateOptions = {
      ...(options.date !== undefined ? { date: options.date } : {}),
      ...(options.programmes !== undefined ? { programmes: options.programmes } : {}),
    };
    const household = input as HouseholdArgument;
    if (options.rules !== undefined) {
      const { engine } = rulesEngine(options.rules, options.lang);
      if (options.full) return fullRecord(line, engine.evaluate(household, evaluateOptions), options.lang);
      return { json: summaryRecord(line, engine.decide(household, evaluateOptions)), error: false };
    }
    if (options.full) return fullRecord(line, evaluate(input, evaluateOptions), options.lang);
    // The summary is what decide answers: no trace is built for it.
    return { json: summaryRecord(line, decide(input, evaluateOptions)), error: false };
  } catch (e) {
    if (isHouseholdValidationError(e)) return errorRecord(line, { code: e.code, issues: e.issues });
    if (isKryteriumError(e)) return errorRecord(line, { code: e.code, message: e.message });
    // Not the library's own error: still this line's record, so no other line is lost.
    return errorRecord(line, { code: "internal", message: "internal error while evaluating this line" });
  }
}

/** What became of a block of NDJSON lines: the records, and how many there are and are errors. */
export interface BlockResult {
  /** The output records, one per non-empty line, joined by newlines ("" when none). */
  readonly text: string;
  readonly records: number;
  readonly errors: number;
}

/** Evaluates consecutive NDJSON lines, numbered from `firstLine`; empty lines give no record but keep their number. */
export function evaluateBlock(lines: readonly string[], firstLine: number, options: BatchOptions): BlockResult {
  const records: string[] = [];
  let errors = 0;
  let line = firstLine;
  for (const text of lines) {
    if (text.trim() !== "") {
      const record = evaluateLine(text, line, options);
      if (record.error) errors++;
      records.push(record.json);
    }
    line++;
  }
  return { text: records.join("\n"), records: records.length, errors };
}

const BLOCK_BYTES = 256 * 1024;

/** A line ends at \n, \r\n or a lone \r, as node:readline counts them. */
const LINE_BREAK = /\r\n|\r|\n/;
const LF = 10;
const CR = 13;

/** The line breaks in `bytes` as node:readline counts them: \r\n once, a lone \r, \n. */
export function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) n++;
  for (let i = bytes.indexOf(CR); i !== -1; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) n++;
  return n;
}

/** A block of whole lines as UTF-8 bytes, and the number of its first line. */
export interface Block {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
}

/**
 * The input as blocks of whole lines, in bytes: each cut after the last \n read so far, so a
 * \r\n pair or a UTF-8 character is never split and each block decodes on its own. The main
 * thread only counts line breaks (to number the lines) and hands the bytes on; decoding,
 * splitting, evaluating and encoding happen where the block is evaluated.
 */
export async function* ndjsonBlocks(input: NodeJS.ReadableStream): AsyncGenerator<Block> {
  let carry = new Uint8Array(0);
  let nextLine = 1;
  for await (const chunk of input) {
    const read = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    const data = new Uint8Array(carry.length + read.length); // a copy: blocks are transferred to worker threads
    data.set(carry);
    data.set(read, carry.length);
    const cut = data.lastIndexOf(LF) + 1;
    carry = data.slice(cut);
    if (cut === 0) continue;
    const bytes = data.slice(0, cut);
    const firstLine = nextLine;
    nextLine += lineBreaks(bytes); // before the block is handed on: its bytes move to a thread
    yield { bytes, firstLine };
  }
  if (carry.length > 0) yield { bytes: carry, firstLine: nextLine };
}

/**
 * A block's lines: decoded, without the block's final line break. A byte-order mark is dropped
 * from the block of line 1 only — the start of the input, as a decoder of the whole stream would.
 */
export function linesOf(block: Block): string[] {
  const text = new TextDecoder("utf-8", { ignoreBOM: block.firstLine !== 1 }).decode(block.bytes);
  const end = text.endsWith("\r\n") ? text.length - 2 : text.endsWith("\n") || text.endsWith("\r") ? text.length - 1 : text.length;
  return text.slice(0, end).split(LINE_BREAK);
}

/** What became of a block, ready to write: the records as UTF-8 bytes, each line ended. */
export interface EncodedBlock {
  readonly bytes: Uint8Array;
  readonly records: number;
  readonly errors: number;
}

/** Evaluates a block of bytes into the bytes of its records (what a worker thread does). */
export function evaluateBytes(block: Block, options: BatchOptions): EncodedBlock {
  const out = evaluateBlock(linesOf(block), block.firstLine, options);
  return { bytes: new TextEncoder().encode(out.records > 0 ? `${out.text}\n` : ""), records: out.records, errors: out.errors };
}

interface Job extends Block {
  readonly seq: number;
}

/** Blocks go to worker threads (their bytes moved, not copied); answers come back by sequence number. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (out: EncodedBlock) => void>();
  private next = 0;

  constructor(size: number, options: BatchOptions, script: URL) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(script, { workerData: { kryteriumBatchWorker: options } });
      w.on("message", (m: { seq: number; out: EncodedBlock }) => {
        this.pending.get(m.seq)?.(m.out);
        this.pending.delete(m.seq);
      });
      w.on("error", (e) => {
        throw e;
      });
      return w;
    });
  }

  run(job: Job): Promise<EncodedBlock> {
    const worker = this.workers[this.next++ % this.workers.length] as Worker;
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export async function batch(args: string[], lang: Lang, script: URL): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: "string" },
      programme: { type: "string", multiple: true },
      workers: { type: "string" },
      full: { type: "boolean", default: false },
      lang: { type: "string" },
      rules: { type: "string", multiple: true },
    },
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) throw new UsageError("batch: expected one NDJSON file (or - for stdin)");
  if (values.date !== undefined && !isCivilDate(values.date)) throw new UsageError(`--date: expected a YYYY-MM-DD date, got ${values.date}`);
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > Math.max(1, cpus().length) * 4) throw new UsageError(`--workers: expected a whole number from 1 to ${Math.max(1, cpus().length) * 4}`);
  // packs refused before any line is read: exit 2, as a bad option
  if (values.rules !== undefined) rulesEngine(values.rules, lang);
  const options: BatchOptions = { date: values.date, programmes: values.programme, full: values.full, lang, rules: values.rules };
  // blocks of 256 KiB: a few hundred households each, so handing a block to a thread costs little per line
  const input = file === "-" ? process.stdin : createReadStream(file, { highWaterMark: BLOCK_BYTES });
  const opened = new Promise<void>((resolve, reject) => {
    if (file === "-") resolve();
    else {
      input.once("open", () => resolve());
      input.once("error", () => reject(new UsageError(`batch: cannot read ${file}`)));
    }
  });
  await opened;
  const out = process.stdout;
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await once(out, "drain");
  };
  const progress = process.stderr.isTTY;
  const started = Date.now();
  let count = 0;
  let errors = 0;
  const emit = async (result: EncodedBlock) => {
    count += result.records;
    errors += result.errors;
    if (progress) process.stderr.write(`\r${count} …`);
    if (result.records > 0) await write(result.bytes);
  };

  // The main thread only reads blocks and writes answers in order; parsing, evaluating and
  // serialising happen where the block is evaluated (here with one worker, in threads otherwise).
  if (workers === 1) {
    for await (const block of ndjsonBlocks(input)) await emit(evaluateBytes(block, options));
  } else {
    const pool = new WorkerPool(workers, options, script);
    const inFlight: Array<Promise<EncodedBlock>> = [];
    let seq = 0;
    const drain = async (keep: number) => {
      while (inFlight.length > keep) await emit(await (inFlight.shift() as Promise<EncodedBlock>));
    };
    try {
      for await (const block of ndjsonBlocks(input)) {
        inFlight.push(pool.run({ seq: seq++, bytes: block.bytes, firstLine: block.firstLine }));
        await drain(workers * 4);
      }
      await drain(0);
    } finally {
      await pool.close();
    }
  }
  // The summary is written whether or not stderr is a terminal: a script reads the counts too.
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`${progress ? "\r" : ""}${count} ${lang === "pl" ? "gospodarstw" : "households"}, ${errors} ${lang === "pl" ? "błędnych" : "invalid"}, ${seconds.toFixed(1)} s\n`);
  return errors > 0 ? EXIT.failed : EXIT.ok;
}
