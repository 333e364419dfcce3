import { parentPort } from "node:worker_threads";
import { type BatchOptions, evaluateLine } from "./batch.js";

/** The body of a `batch --workers N` thread: evaluates chunks of lines and sends the records back. */
export function runBatchWorker(options: BatchOptions): void {
  parentPort?.on("message", (job: { seq: number; lines: Array<[number, string]> }) => {
    parentPort?.postMessage({ seq: job.seq, out: job.lines.map(([line, text]) => evaluateLine(text, line, options)) });
  });
}
