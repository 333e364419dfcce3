import { createInterface } from "node:readline";
import { isCancel, multiselect, select, text, updateSettings } from "@clack/prompts";
import type { Language } from "../language.js";
import { askText } from "./ask-text.js";

/** What a person answered: a value, "don't know", "back", the end of piped input, or Ctrl+C / Esc. */
export type Reply = { readonly type: "value"; readonly value: unknown } | { readonly type: "skip" } | { readonly type: "back" } | { readonly type: "end" } | { readonly type: "cancel" };

export type Read = (answer: string) => { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** One prompt: free text read by `read`, or a choice among options (one, or several). */
export interface Prompt {
  readonly message: string;
  readonly help?: string | undefined;
  readonly form: "text" | "choice" | "multiple";
  readonly options?: readonly { readonly code: string; readonly label: string }[] | undefined;
  /** Reads a typed answer (for a choice: a number, code or label) into its value. */
  readonly read: Read;
  /** Whether an empty answer is "don't know" (true) or not allowed. */
  readonly skippable?: boolean | undefined;
}

export interface Prompter {
  ask(prompt: Prompt): Promise<Reply>;
}

const BACK = "<";
const SKIP_CODE = "\u0000skip";
const BACK_CODE = "\u0000back";

/**
 * Answers piped in, one a line, for scripts: a choice by its number, code or label, several
 * numbers separated by commas. An empty line is "don't know", "<" goes back. Each prompt and
 * the answer read are printed, so the transcript reads as the interview did.
 */
export function pipedPrompter(write: (s: string) => void, lang: Language): Prompter {
  const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  let ended = false;
  return {
    async ask(prompt) {
      for (;;) {
        const menu = prompt.options?.length ? `\n  ${prompt.options.map((o, i) => `${i + 1}) ${o.label}`).join("\n  ")}${prompt.form === "multiple" ? `\n  (${askText("hintMultiPiped", lang)})` : ""}\n` : " ";
        write(`${prompt.message}${menu}> `);
        const next = ended ? { done: true as const, value: undefined } : await lines.next();
        if (next.done) {
          ended = true;
          write("\n");
          return { type: "end" };
        }
        const answer = next.value.trim();
        write(`${answer}\n`);
        if (answer === BACK) return { type: "back" };
        if (answer === "" && prompt.skippable !== false) return { type: "skip" };
        const read = prompt.read(answer);
        if (read.ok) return { type: "value", value: read.value };
        write(`  ${askText("invalid", lang, { expected: read.error })}\n`);
      }
    },
  };
}

/** A terminal: arrow-key choices and checked text fields (@clack/prompts), with "don't know" and "back" as choices. */
export function terminalPrompter(lang: Language): Prompter {
  updateSettings({ messages: { cancel: askText("cancelled", lang), error: askText("invalid", lang, { expected: "" }) } });
  const extras = (skippable: boolean | undefined) => [
    ...(skippable === false ? [] : [{ value: SKIP_CODE, label: askText("skip", lang) }]),
    { value: BACK_CODE, label: askText("back", lang) },
  ];
  return {
    async ask(prompt) {
      const message = prompt.help ? `${prompt.message}\n  ${prompt.help}` : prompt.message;
      if (prompt.form === "text") {
        const answer = await text({
          message,
          validate: (v) => {
            const s = (v ?? "").trim();
            if (s === BACK || (s === "" && prompt.skippable !== false)) return undefined;
            const read = prompt.read(s);
            return read.ok ? undefined : askText("invalid", lang, { expected: read.error });
          },
        });
        if (isCancel(answer)) return { type: "cancel" };
        const s = (answer ?? "").trim();
        if (s === BACK) return { type: "back" };
        // an empty answer is "don't know", unless the prompt reads it as its default (today, a name, a suggested year)
        if (s === "" && prompt.skippable !== false) return { type: "skip" };
        const read = prompt.read(s);
        return read.ok ? { type: "value", value: read.value } : { type: "skip" };
      }
      const options = (prompt.options ?? []).map((o) => ({ value: o.code, label: o.label }));
      if (prompt.form === "choice") {
        const answer = await select<string>({ message: `${message}\n  (${askText("hintSelect", lang)})`, options: [...options, ...extras(prompt.skippable)], showInstructions: false });
        if (isCancel(answer)) return { type: "cancel" };
        if (answer === SKIP_CODE) return { type: "skip" };
        if (answer === BACK_CODE) return { type: "back" };
        const read = prompt.read(answer);
        return read.ok ? { type: "value", value: read.value } : { type: "skip" };
      }
      const answer = await multiselect<string>({ message: `${message}\n  (${askText("hintMulti", lang)})`, options: [...options, ...extras(prompt.skippable)], required: false, showInstructions: false });
      if (isCancel(answer)) return { type: "cancel" };
      if (answer.includes(BACK_CODE)) return { type: "back" };
      if (answer.includes(SKIP_CODE)) return { type: "skip" };
      const read = prompt.read(answer.length === 0 ? "0" : answer.join(","));
      return read.ok ? { type: "value", value: read.value } : { type: "skip" };
    },
  };
}
