import { parentPort } from "node:worker_threads";
import { type BatchOptions, evaluateBlock } from "./batch.js";

/** The body of a `batch --workers N` thread: evaluates blocks of lines and sends the records back. */
export function runBatchWorker(options: BatchOptions): void {
  parentPort?.on("message", (job: { seq: number; lines: string[]; firstLine: number }) => {
    parentPort?.postMessage({ seq: job.seq, out: evaluateBlock(job.lines, job.firstLine, options) });
  });
}
