import { parentPort } from "node:worker_threads";
import { type BatchOptions, type Block, evaluateBytes } from "./batch.js";

/** The body of a `batch --workers N` thread: evaluates blocks of bytes and moves the records' bytes back. */
export function runBatchWorker(options: BatchOptions): void {
  parentPort?.on("message", (job: Block & { seq: number }) => {
    const out = evaluateBytes(job, options);
    parentPort?.postMessage({ seq: job.seq, out }, [out.bytes.buffer as ArrayBuffer]);
  });
}
