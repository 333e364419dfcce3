import { readFileSync, statSync } from "node:fs";
import type { Lang } from "../errors.js";
import { UsageError } from "./errors.js";
import { t } from "./text.js";

/** Household files are small; anything this large is a mistake, not a household. */
const MAX_BYTES = 16 * 1024 * 1024;

async function readStdin(lang: Lang): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BYTES) throw new UsageError(t("tooLarge", lang, { limit: String(MAX_BYTES / 1024 / 1024) }));
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a file (or `-` for standard input) and parses it as JSON. */
export async function readJson(file: string, lang: Lang): Promise<unknown> {
  let text: string;
  if (file === "-") {
    text = await readStdin(lang);
  } else {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new UsageError(t("cannotRead", lang, { file }));
    }
    if (size > MAX_BYTES) throw new UsageError(t("tooLarge", lang, { limit: String(MAX_BYTES / 1024 / 1024) }));
    text = readFileSync(file, "utf8");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${t("notJson", lang)}: ${(e as Error).message}`);
  }
}
