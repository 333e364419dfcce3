import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Lang } from "../errors.js";
import { UsageError } from "./errors.js";
import { t } from "./text.js";
import { firstInvalidUtf8, lineAndColumn } from "./utf8.js";

/** Household files are small; anything this large is a mistake, not a household. */
export const MAX_BYTES = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;

function tooLarge(lang: Lang): UsageError {
  return new UsageError(t("tooLarge", lang, { limit: String(MAX_BYTES / 1024 / 1024) }));
}

async function readStdin(lang: Lang): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BYTES) throw tooLarge(lang);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * A file's bytes, counted as they are read: a pipe, /dev/zero or a process substitution has no
 * size to trust, so the limit is on what was read, not on what `stat` says.
 */
function readFileBounded(file: string, lang: Lang): Buffer {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    throw new UsageError(t("cannotRead", lang, { file }));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new UsageError(t("isDirectory", lang, { file }));
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, CHUNK, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        throw new UsageError(t("cannotRead", lang, { file }));
      }
      if (n === 0) break;
      size += n;
      if (size > MAX_BYTES) throw tooLarge(lang);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** The bytes as text: UTF-8 only (an invalid byte is an error saying where), a leading byte-order mark dropped. */
export function decodeUtf8(bytes: Uint8Array, lang: Lang): string {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const { line, column } = lineAndColumn(bytes, invalid);
    throw new UsageError(t("notUtf8", lang, { line: String(line), column: String(column) }));
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a file (or `-` for standard input) and parses it as JSON. */
export async function readJson(file: string, lang: Lang): Promise<unknown> {
  const text = decodeUtf8(file === "-" ? await readStdin(lang) : readFileBounded(file, lang), lang);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${t("notJson", lang)}: ${(e as Error).message}`);
  }
}
