import { once } from "node:events";
import { createReadStream } from "node:fs";
import { cpus } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { evaluate } from "../evaluate.js";
import { isHouseholdValidationError, isKryteriumError, type Lang } from "../errors.js";
import { renderMessage } from "../explain/render.js";
import { isCivilDate } from "../dates.js";
import { UsageError } from "./errors.js";

export const BATCH_HELP = `kryterium batch <gospodarstwa.ndjson | -> [--date RRRR-MM-DD] [--programme ID] [--workers N] [--full] [--lang pl|en]

Jedna linia wyniku (JSON) na każdą linię wejścia, w tej samej kolejności. Błędna linia daje
rekord błędu z numerem linii, a przebieg trwa dalej. Strumieniowo: stała pamięć.
One JSON result line per input line, in order. A bad line gives an error record with its line
number and the run goes on. Streams: memory stays flat.

  --workers N   liczba wątków (domyślnie 1) / worker threads (default 1)
  --full        pełne wyniki z uzasadnieniem / full results with the trace

Przykład / example:
  kryterium batch households.ndjson --workers 2 > results.ndjson
`;

export interface BatchOptions {
  readonly date?: string | undefined;
  readonly programmes?: readonly string[] | undefined;
  readonly full: boolean;
  readonly lang: Lang;
}

/** Evaluates one NDJSON line into one output record (never throws for user input). */
export function evaluateLine(text: string, line: number, options: BatchOptions): string {
  let input: unknown;
  try {
    input = JSON.parse(text) as unknown;
  } catch (e) {
    return JSON.stringify({ line, error: { code: "invalid-json", message: (e as Error).message } });
  }
  try {
    const evaluation = evaluate(input, {
      ...(options.date !== undefined ? { date: options.date } : {}),
      ...(options.programmes !== undefined ? { programmes: options.programmes } : {}),
    });
    const results = options.full
      ? evaluation.results.map((r) => ({ ...r, reasonText: renderMessage(r.reason, options.lang) }))
      : evaluation.results.map((r) => ({
          programme: r.programme,
          outcome: r.outcome,
          ...(r.amount !== undefined ? { amount: r.amount } : {}),
          ...(r.range !== undefined ? { range: r.range } : {}),
          ...(r.missing.length ? { missing: r.missing } : {}),
          version: r.version?.from ?? null,
        }));
    return JSON.stringify({ line, date: evaluation.date, results });
  } catch (e) {
    if (isHouseholdValidationError(e)) return JSON.stringify({ line, error: { code: e.code, issues: e.issues } });
    if (isKryteriumError(e)) return JSON.stringify({ line, error: { code: e.code, message: e.message } });
    throw e;
  }
}

interface Job {
  readonly seq: number;
  readonly lines: ReadonlyArray<readonly [number, string]>;
}

/** Lines go to workers in chunks; answers are written back in input order. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (out: string[]) => void>();
  private next = 0;

  constructor(size: number, options: BatchOptions, script: URL) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(script, { workerData: { kryteriumBatchWorker: options } });
      w.on("message", (m: { seq: number; out: string[] }) => {
        this.pending.get(m.seq)?.(m.out);
        this.pending.delete(m.seq);
      });
      w.on("error", (e) => {
        throw e;
      });
      return w;
    });
  }

  run(job: Job): Promise<string[]> {
    const worker = this.workers[this.next++ % this.workers.length] as Worker;
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      worker.postMessage(job);
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
    options: { date: { type: "string" }, programme: { type: "string", multiple: true }, workers: { type: "string" }, full: { type: "boolean", default: false }, lang: { type: "string" } },
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) throw new UsageError("batch: expected one NDJSON file (or - for stdin)");
  if (values.date !== undefined && !isCivilDate(values.date)) throw new UsageError(`--date: expected a YYYY-MM-DD date, got ${values.date}`);
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > Math.max(1, cpus().length) * 4) throw new UsageError(`--workers: expected a whole number from 1 to ${Math.max(1, cpus().length) * 4}`);
  const options: BatchOptions = { date: values.date, programmes: values.programme, full: values.full, lang };
  const input = file === "-" ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === "-") resolve();
    else {
      input.once("open", () => resolve());
      input.once("error", () => reject(new UsageError(`batch: cannot read ${file}`)));
    }
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const out = process.stdout;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const progress = process.stderr.isTTY;
  const started = Date.now();
  let count = 0;
  let errors = 0;
  const tally = (record: string) => {
    count++;
    if (record.startsWith('{"line":') && record.includes(',"error":')) errors++;
    if (progress && count % 10000 === 0) process.stderr.write(`\r${count} …`);
  };

  let lineNo = 0;
  if (workers === 1) {
    for await (const text of lines) {
      lineNo++;
      if (text.trim() === "") continue;
      const record = evaluateLine(text, lineNo, options);
      tally(record);
      await write(`${record}\n`);
    }
  } else {
    const pool = new WorkerPool(workers, options, script);
    const chunk = 256;
    const inFlight: Array<Promise<string[]>> = [];
    let current: Array<readonly [number, string]> = [];
    let seq = 0;
    const flush = async (force: boolean) => {
      while (inFlight.length > (force ? 0 : workers * 2)) {
        const done = await (inFlight.shift() as Promise<string[]>);
        for (const record of done) tally(record);
        if (done.length) await write(`${done.join("\n")}\n`);
      }
    };
    try {
      for await (const text of lines) {
        lineNo++;
        if (text.trim() === "") continue;
        current.push([lineNo, text]);
        if (current.length === chunk) {
          inFlight.push(pool.run({ seq: seq++, lines: current }));
          current = [];
          await flush(false);
        }
      }
      if (current.length) inFlight.push(pool.run({ seq: seq++, lines: current }));
      await flush(true);
    } finally {
      await pool.close();
    }
  }
  if (progress) {
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`\r${count} ${lang === "pl" ? "gospodarstw" : "households"}, ${errors} ${lang === "pl" ? "błędnych" : "invalid"}, ${seconds.toFixed(1)} s\n`);
  }
  return 0;
}
