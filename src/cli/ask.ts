import { parseArgs } from "node:util";
import { isCivilDate } from "../dates.js";
import type { HouseholdArgument } from "../engine.js";
import type { Lang } from "../errors.js";
import { isPrintable, LIMITS } from "../household/schema.js";
import type { Language } from "../language.js";
import type { AnswerKind, AnswerValue } from "../questions/kinds.js";
import { interview } from "../questions/interview.js";
import { parseAnswer } from "../questions/parse-answer.js";
import type { Question } from "../questions/question.js";
import { questionFor } from "../questions/questions-for.js";
import { askText, ROLE_LABELS } from "./ask-text.js";
import { EXIT, UsageError } from "./errors.js";
import { RULES_OPTION_HELP, rulesEngine } from "./rules-option.js";
import { table } from "./format.js";
import { writePrivateFile } from "./private-file.js";
import { type Prompt, type Prompter, type Read, type Reply, pipedPrompter, terminalPrompter } from "./prompter.js";

export const ASK_HELP = `kryterium ask [--date RRRR-MM-DD] [--programme ID]... [--save gospodarstwo.json] [--lang pl|en|uk]

Kwestionariusz: najpierw kto mieszka w gospodarstwie (wnioskodawca, małżonek lub partner,
dzieci, inne osoby — rola każdej osoby), potem tylko pytania o fakty, których brakuje
programom (z katalogu pytań biblioteki), aż wynik jest rozstrzygnięty. Data oceny: domyślnie
dziś. Kwoty z przecinkiem albo kropką. Pusta odpowiedź: nie wiem (pomiń); „<”: wstecz.
W terminalu wybór strzałkami; z odpowiedziami podanymi potokiem: jedna odpowiedź w wierszu.
--save zapisuje plik gospodarstwa (prawa 0600: dane osobowe).
A questionnaire: first who lives in the household (the applicant, a spouse or partner, children,
other people — each one's role), then only the facts the programmes are missing (the library's
question catalogue), until the result is decided. Evaluation date: today unless given. Amounts
with a comma or a point. An empty answer: don't know (skip); "<": back. Arrow keys in a terminal;
answers piped in: one a line. --save writes the household file (mode 0600: personal data).

${RULES_OPTION_HELP}

Przykład / example:
  printf '2025-03-15\\nAnna\\n3\\nZosia\\n\\n...' | kryterium ask --programme pl/swiadczenia-rodzinne/zasilek-rodzinny
`;

type Json = Record<string, unknown>;

/** Today's date on this machine's calendar: only the default the person is offered, and said so. */
function today(): string {
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function fromParsed(kind: AnswerKind, s: string, lang: Language): ReturnType<Read> {
  const parsed = parseAnswer(kind, s);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.expected[lang] };
}

/** A prompt for one answer of a kind (a list's entries are asked field by field, see `askList`). */
function promptFor(message: string, help: string | undefined, kind: Exclude<AnswerKind, { type: "list" }>, lang: Language, skippable = true): Prompt {
  switch (kind.type) {
    case "yes-no":
      return {
        message,
        help,
        form: "choice",
        options: [
          { code: "yes", label: askText("yes", lang) },
          { code: "no", label: askText("no", lang) },
        ],
        read: (s) => (s === "1" ? { ok: true, value: true } : s === "2" ? { ok: true, value: false } : fromParsed(kind, s, lang)),
        skippable,
      };
    case "choice":
      return { message, help, form: kind.multiple ? "multiple" : "choice", options: kind.options.map((o) => ({ code: o.code, label: o.label[lang] })), read: (s) => fromParsed(kind, s, lang), skippable };
    case "count":
      if (kind.suggested !== undefined) {
        const suggested = kind.suggested;
        return { message: `${message} (Enter: ${suggested})`, help, form: "text", read: (s) => (s === "" ? { ok: true, value: suggested } : fromParsed(kind, s, lang)), skippable: false };
      }
      return { message, help, form: "text", read: (s) => fromParsed(kind, s, lang), skippable };
    case "date": {
      const or = kind.alternatives?.map((o) => ` / ${o.label[lang]}`).join("") ?? "";
      return { message: `${message}${or ? ` (${lang === "en" ? "date" : lang === "uk" ? "дата" : "data"}${or})` : ""}`, help, form: "text", read: (s) => fromParsed(kind, s, lang), skippable };
    }
    default:
      return { message, help, form: "text", read: (s) => fromParsed(kind, s, lang), skippable };
  }
}

/** A list question (a member's incomes): entry after entry, each field by its own kind, until the person says no more. */
async function askList(io: Prompter, q: Question, kind: Extract<AnswerKind, { type: "list" }>, lang: Language): Promise<Reply> {
  const entries: Json[] = [];
  for (let n = 1; ; n++) {
    const more = await io.ask(promptFor(askText("addEntry", lang, { question: q.text[lang], n }), n === 1 ? q.help[lang] : undefined, { type: "yes-no" }, lang));
    if (more.type !== "value") return more;
    if (more.value !== true) return { type: "value", value: entries };
    const entry: Json = {};
    for (const field of kind.item) {
      const label = `${askText("entryField", lang, { n, field: field.label[lang] })}${field.optional ? ` ${askText("optional", lang)}` : ""}`;
      const reply = await io.ask(promptFor(label, undefined, field.kind, lang, field.optional === true));
      if (reply.type === "skip") continue;
      if (reply.type !== "value") return reply;
      entry[field.key] = reply.value;
    }
    entries.push(entry);
  }
}

async function askQuestion(io: Prompter, q: Question, lang: Language): Promise<Reply> {
  if (q.kind.type === "list") return askList(io, q, q.kind, lang);
  return io.ask(promptFor(q.text[lang], q.help[lang], q.kind, lang));
}

const ROLES = Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[];

const readName = (s: string): ReturnType<Read> => (s.length <= LIMITS.nameLength && isPrintable(s) ? { ok: true, value: s } : { ok: false, error: `≤ ${LIMITS.nameLength}` });

/** Who lives in the household, each with the role asked explicitly. `undefined` when the person cancelled or input ended. */
async function askMembers(io: Prompter, lang: Language, members: Json[]): Promise<Json[] | Reply> {
  if (members.length === 0) {
    const fallback = askText("applicantDefault", lang);
    const name = await io.ask({ message: askText("applicantName", lang, { default: fallback }), form: "text", read: (s) => (s === "" ? { ok: true, value: fallback } : readName(s)), skippable: false });
    if (name.type !== "value") return name;
    members.push({ id: "wnioskodawca", name: name.value, role: "applicant" });
  }
  for (;;) {
    const options = [...ROLES.map((r) => ({ code: r, label: ROLE_LABELS[r][lang] })), { code: "none", label: askText("noneMore", lang) }];
    const role = await io.ask({
      message: askText("who", lang),
      form: "choice",
      options,
      read: (s) => {
        if (s === "" || s === "0") return { ok: true, value: "none" };
        const n = Number(s);
        const found = Number.isInteger(n) && n >= 1 && n <= options.length ? options[n - 1] : options.find((o) => o.code === s || o.label.toLowerCase() === s.toLowerCase());
        return found ? { ok: true, value: found.code } : { ok: false, error: `1–${options.length}` };
      },
      skippable: false,
    });
    if (role.type === "back") {
      if (members.length > 1) members.pop();
      continue;
    }
    if (role.type !== "value") return role;
    if (role.value === "none") return members;
    const n = members.length + 1;
    const fallback = askText("memberDefault", lang, { n });
    const name = await io.ask({ message: askText("memberName", lang, { default: fallback }), form: "text", read: (s) => (s === "" ? { ok: true, value: fallback } : readName(s)), skippable: false });
    if (name.type === "back") continue;
    if (name.type !== "value") return name;
    members.push({ id: `osoba-${n}`, name: name.value, role: role.value });
  }
}

export async function ask(args: string[], lang: Language, out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { save: { type: "string" }, lang: { type: "string" }, date: { type: "string" }, programme: { type: "string", multiple: true }, rules: { type: "string", multiple: true } } });
  // The programmes' own names and reasons exist in Polish and English: Polish for a Ukrainian interview.
  const resultLang: Lang = lang === "uk" ? "pl" : lang;
  if (values.date !== undefined && !isCivilDate(values.date)) throw new UsageError(lang === "pl" ? `--date: oczekiwano daty RRRR-MM-DD, podano ${values.date}` : `--date: expected a date YYYY-MM-DD, got ${values.date}`);
  const programmes = values.programme;
  const { engine } = rulesEngine(values.rules, resultLang);
  const io = process.stdin.isTTY && process.stdout.isTTY ? terminalPrompter(lang) : pipedPrompter(out, lang);
  out(`${askText("intro", lang)}\n`);

  const defaultDate = values.date ?? today();
  const dateKind = { type: "date" } as const;
  const dateReply = await io.ask({ message: askText("evaluationDate", lang, { today: defaultDate }), form: "text", read: (s) => (s === "" ? { ok: true, value: defaultDate } : fromParsed(dateKind, s, lang)), skippable: false });
  if (dateReply.type === "cancel") return cancelled(out, lang);
  if (dateReply.type !== "value") throw new UsageError(askText("dateRequired", lang));
  const evaluationDate = dateReply.value as string;

  const members: Json[] = [];
  const answers: Record<string, AnswerValue | null> = {};
  const order: string[] = [];
  let household: Json = {};
  let inSetup = true;
  let unanswered: readonly Question[] = [];
  for (;;) {
    if (inSetup) {
      const asked = await askMembers(io, lang, members);
      if (!Array.isArray(asked)) {
        if (asked.type === "cancel") return cancelled(out, lang);
        if (asked.type === "end" && members.length === 0) throw new UsageError(askText("dateRequired", lang));
      }
      inSetup = false;
    }
    household = { evaluationDate, householdType: members.length === 1 ? "single" : "family", members };
    const step = interview(household, answers, { decide: (h, o) => engine.decide(h as HouseholdArgument, o), ...(programmes ? { programmes } : {}) });
    if (step.status === "invalid") {
      out(`${askText("invalidAnswers", lang)}\n`);
      for (const issue of step.issues) out(`  ${questionFor(issue.path, step.household)?.text[lang] ?? issue.path}: ${issue.message[resultLang]}\n`);
      const last = order.pop();
      if (last === undefined) break;
      delete answers[last];
      continue;
    }
    household = step.household as Json;
    if (step.status === "decided") {
      unanswered = step.unanswered;
      break;
    }
    const reply = await askQuestion(io, step.question, lang);
    if (reply.type === "cancel") return cancelled(out, lang);
    if (reply.type === "end") {
      unanswered = [step.question];
      break;
    }
    if (reply.type === "back") {
      const last = order.pop();
      if (last === undefined) inSetup = true;
      else delete answers[last];
      continue;
    }
    answers[step.question.path] = reply.type === "skip" ? null : (reply.value as AnswerValue);
    order.push(step.question.path);
  }

  out("\n");
  out(table(engine.evaluate(household as HouseholdArgument, programmes ? { programmes } : {}), resultLang, Math.max(72, Math.min(process.stdout.columns ?? 120, 240)), false));
  if (unanswered.length > 0) {
    out(`\n${askText("unanswered", lang)}\n`);
    for (const q of unanswered) out(`  - ${q.text[lang]}\n`);
  }
  if (values.save) {
    writePrivateFile(values.save, `${JSON.stringify(household, null, 2)}\n`);
    out(`${askText("saved", lang, { file: values.save })}\n`);
  }
  return EXIT.ok;
}

function cancelled(out: (s: string) => void, lang: Language): number {
  out(`${askText("cancelled", lang)}\n`);
  return EXIT.usage;
}
