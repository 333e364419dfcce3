import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { isCivilDate } from "../dates.js";
import { evaluate } from "../evaluate.js";
import type { Lang } from "../errors.js";
import { label } from "../explain/labels.js";
import { HouseholdSchema } from "../household/schema.js";
import { DEGREES, INCOME_TYPES, RESIDENCE_STATUSES, SITUATIONS } from "../household/vocabulary.js";
import { validateHousehold } from "../evaluate.js";
import { MONEY_PATTERN } from "../money.js";
import { UsageError } from "./errors.js";
import { table } from "./format.js";

export const ASK_HELP = `kryterium ask [--save gospodarstwo.json] [--lang pl|en]

Kwestionariusz: pyta tylko o to, czego potrzebują programy (braki zgłoszone przez ocenę),
sprawdza każdą odpowiedź od razu, potem drukuje wynik i może zapisać plik gospodarstwa.
Pusta odpowiedź = „nie wiem”. Działa też z odpowiedziami podanymi potokiem (bez terminala).
A questionnaire: asks only what the programmes need (the missing facts the evaluation reports),
checks each answer on the spot, then prints the check and can save the household file.
An empty answer means "don't know". Works with answers piped in (no terminal).

Przykład / example:
  printf '2025-03-15\\nkrakow\\nsingle\\n1944-05-14\\n' | kryterium ask --save household.json
`;

type Json = Record<string, unknown>;

/** Reads one answer per line; `undefined` once input ends. */
class Answers {
  private readonly lines: AsyncIterator<string>;
  constructor(private readonly write: (s: string) => void) {
    this.lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  }
  async ask(question: string): Promise<string | undefined> {
    this.write(`${question} `);
    const next = await this.lines.next();
    if (next.done) {
      this.write("\n");
      return undefined;
    }
    if (!process.stdin.isTTY) this.write(`${next.value}\n`);
    return next.value.trim();
  }
}

let schema: Json | undefined;

/** The JSON Schema node of a field of a member (`flags.inEducation`) or of the household. */
function schemaAt(path: string[]): Json | undefined {
  // Built when `ask` first needs it, not when the CLI starts: every other command does without.
  schema ??= z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" }) as Json;
  let node: Json | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    if (/^[0-9]+$/.test(key)) node = (node["items"] as Json | undefined) ?? node;
    else node = ((node["properties"] as Record<string, Json> | undefined) ?? {})[key] ?? (((node["anyOf"] as Json[] | undefined) ?? []).find((o) => o["properties"]) as Json | undefined)?.["properties"]?.[key as never];
  }
  return node;
}

function set(target: Json, path: string[], value: unknown): void {
  let node: Json = target;
  path.slice(0, -1).forEach((key, i) => {
    const nextIsIndex = /^[0-9]+$/.test(path[i + 1] ?? "");
    if (node[key] === undefined) node[key] = nextIsIndex ? [] : {};
    node = node[key] as Json;
  });
  node[path[path.length - 1] as string] = value;
}

function splitPath(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, ".$1").split(".");
}

/** Polish and English questions for the facts asked most; other fields use their schema description. */
const PROMPTS: Readonly<Record<string, { pl: string; en: string }>> = {
  receivesCareServices: { pl: "Czy korzysta już z usług opiekuńczych lub specjalistycznych usług opiekuńczych?", en: "Already receives care services?" },
  inEducation: { pl: "Czy uczy się w szkole lub szkole wyższej?", en: "Attends school or higher education?" },
  schoolPupil: { pl: "Czy jest uczniem szkoły (nie studentem)?", en: "Is a school pupil (not a university student)?" },
  pitInMunicipality: { pl: "Czy rozlicza PIT w urzędzie skarbowym właściwym dla mieszkańca tej gminy?", en: "Files PIT with the tax office of this municipality?" },
  childrenNotListed: { pl: "Ile dzieci (także dorosłych, mieszkających osobno) miał(a) pod opieką poza wymienionymi?", en: "How many other children (grown up or living elsewhere) has this person had in care?" },
};

/** Facts most programmes need are asked first. */
const ORDER = ["municipality", "birthDate", "sex", "residence", "incomes", "situations", "disability"];
const rank = (path: string) => {
  const i = ORDER.indexOf(splitPath(path).pop() ?? "");
  return i < 0 ? ORDER.length : i;
};

const YES = new Set(["t", "tak", "y", "yes"]);
const NO = new Set(["n", "nie", "no"]);

export async function ask(args: string[], lang: Lang, out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { save: { type: "string" }, lang: { type: "string" } } });
  const pl = lang === "pl";
  const io = new Answers(out);
  let ended = false;

  /** Asks until the answer parses; "" means unknown; end of input stops all questions. */
  const question = async <T>(text: string, parse: (a: string) => T | undefined, hint: string): Promise<T | undefined> => {
    for (;;) {
      const answer = ended ? undefined : await io.ask(text);
      if (answer === undefined) {
        ended = true;
        return undefined;
      }
      if (answer === "") return undefined;
      const parsed = parse(answer);
      if (parsed !== undefined) return parsed;
      out(`  ${pl ? "Niepoprawna odpowiedź" : "Invalid answer"}: ${hint}\n`);
    }
  };
  const date = (a: string) => (isCivilDate(a) ? a : undefined);
  const choice = <T extends string>(options: readonly T[]) => (a: string): T | undefined => {
    const n = Number(a);
    if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
    return options.includes(a as T) ? (a as T) : undefined;
  };
  const menu = (options: readonly string[]) => options.map((o, i) => `${i + 1}) ${label(o, lang)}`).join("  ");
  const dateHint = pl ? "data RRRR-MM-DD, np. 2025-03-15" : "a date YYYY-MM-DD, e.g. 2025-03-15";

  const household: Json = { members: [] };
  const evaluationDate = await question(pl ? "Data oceny (RRRR-MM-DD):" : "Evaluation date (YYYY-MM-DD):", date, dateHint);
  if (evaluationDate === undefined) throw new UsageError(pl ? "ask: data oceny jest wymagana" : "ask: the evaluation date is required");
  household["evaluationDate"] = evaluationDate;
  const gmina = await question(pl ? "Gmina — 1) Kraków  2) Kraśnik  3) inna:" : "Municipality — 1) Kraków  2) Kraśnik  3) other:", choice(["krakow", "krasnik", "other"] as const), "1, 2, 3");
  if (gmina) household["municipality"] = gmina === "other" ? "other" : { name: gmina === "krakow" ? "Kraków" : "Kraśnik" };
  const type = await question(pl ? "Gospodarstwo — 1) osoba samotnie gospodarująca  2) rodzina:" : "Household — 1) living alone  2) family:", choice(["single", "family"] as const), "1, 2");
  household["householdType"] = type ?? "single";
  let size = 1;
  if (household["householdType"] === "family") {
    size = (await question(pl ? "Liczba osób w rodzinie:" : "Number of people in the family:", (a) => (/^[1-9][0-9]?$/.test(a) && Number(a) >= 2 ? Number(a) : undefined), "2–99")) ?? 2;
  }
  const members = household["members"] as Json[];
  for (let i = 0; i < size; i++) members.push({ id: i === 0 ? "wnioskodawca" : `osoba-${i + 1}`, role: i === 0 ? "applicant" : "child" });

  // Ask what the evaluation reports as missing, until nothing askable is left.
  const asked = new Set<string>();
  for (let round = 0; round < 50 && !ended; round++) {
    const check = validateHousehold(household);
    if (!check.ok) break;
    const missing = [...new Set(evaluate(check.household).results.flatMap((r) => r.missing))].filter((p) => !asked.has(p)).sort((a, b) => rank(a) - rank(b));
    const path = missing[0];
    if (path === undefined) break;
    asked.add(path);
    const parts = splitPath(path);
    const who = parts[0] === "members" ? `[${(members[Number(parts[1])] as Json)["id"] as string}] ` : "";
    const field = parts[parts.length - 1] as string;
    const node = schemaAt(parts);
    let value: unknown;
    const prompt = PROMPTS[field]?.[lang] ?? (typeof node?.["description"] === "string" ? node["description"] : field);
    if (field === "birthDate") {
      const answer = await question(`${who}${pl ? "Data urodzenia (RRRR-MM-DD) albo PESEL:" : "Birth date (YYYY-MM-DD) or PESEL:"}`, (a) => (isCivilDate(a) || /^[0-9]{11}$/.test(a) ? a : undefined), dateHint);
      if (answer !== undefined) set(household, answer.length === 11 ? [...parts.slice(0, -1), "pesel"] : parts, answer);
      continue;
    } else if (field === "sex") {
      value = await question(`${who}${pl ? "Płeć — K / M:" : "Sex — F / M:"}`, (a) => ({ k: "F", f: "F", m: "M" })[a.toLowerCase()], "K, M");
    } else if (field === "incomes") {
      const gross = await question(`${who}${pl ? "Dochód z miesiąca poprzedzającego (zł, brutto; 0 gdy brak):" : "Income of the previous month (zł, gross; 0 if none):"}`, (a) => (MONEY_PATTERN.test(a.replace(",", ".")) ? a.replace(",", ".") : undefined), pl ? "kwota, np. 1234.56" : "an amount, e.g. 1234.56");
      if (gross !== undefined) {
        if (Number(gross) === 0) value = [];
        else {
          const kind = await question(`${who}${pl ? "Rodzaj:" : "Kind:"} ${menu(INCOME_TYPES)}`, choice(INCOME_TYPES), `1–${INCOME_TYPES.length}`);
          const tax = await question(`${who}${pl ? "Podatek i składki do odliczenia (zł; puste = 0):" : "Tax and contributions to deduct (zł; empty = 0):"}`, (a) => (MONEY_PATTERN.test(a) ? a : undefined), pl ? "kwota" : "an amount");
          value = [{ type: kind ?? "inne", gross, ...(tax ? { incomeTax: tax } : {}) }];
        }
      }
    } else if (field === "situations") {
      const picked = await question(`${pl ? "Sytuacje (numery po przecinku; 0 = żadna):" : "Situations (numbers, comma-separated; 0 = none):"} ${menu(SITUATIONS)}`, (a) => {
        if (a === "0") return [];
        const items = a.split(/[ ,]+/).map((x) => choice(SITUATIONS)(x));
        return items.every((x) => x !== undefined) ? (items as string[]) : undefined;
      }, pl ? "np. 1,4" : "e.g. 1,4");
      value = picked;
    } else if (field === "disability") {
      const degree = await question(`${who}${pl ? "Orzeczenie o stopniu niepełnosprawności — 0) brak" : "Disability degree — 0) none"}  ${menu(DEGREES)}:`, (a) => (a === "0" ? "none" : choice(DEGREES)(a)), "0–3");
      if (degree === "none") value = [];
      else if (degree !== undefined) {
        const until = await question(`${who}${pl ? "Ważne do (RRRR-MM-DD albo „na stałe”):" : "Valid until (YYYY-MM-DD or \"permanent\"):"}`, (a) => (["na stałe", "na stale", "permanent"].includes(a) ? "permanent" : date(a)), dateHint);
        value = [{ kind: "stopien", degree, ...(until ? { validUntil: until } : {}) }];
      }
    } else if (field === "residence") {
      value = await question(`${who}${pl ? "Status pobytu:" : "Residence status:"} ${menu(RESIDENCE_STATUSES)}`, choice(RESIDENCE_STATUSES), `1–${RESIDENCE_STATUSES.length}`);
    } else if (field === "municipality") {
      const g = await question(pl ? "Gmina — 1) Kraków  2) Kraśnik  3) inna:" : "Municipality — 1) Kraków  2) Kraśnik  3) other:", choice(["krakow", "krasnik", "other"] as const), "1, 2, 3");
      if (g) value = g === "other" ? "other" : { name: g === "krakow" ? "Kraków" : "Kraśnik" };
    } else if (node?.["type"] === "boolean") {
      value = await question(`${who}${prompt} (${pl ? "tak/nie" : "yes/no"}):`, (a) => (YES.has(a.toLowerCase()) ? true : NO.has(a.toLowerCase()) ? false : undefined), pl ? "tak albo nie" : "yes or no");
    } else if (Array.isArray(node?.["enum"])) {
      const options = node["enum"] as string[];
      value = await question(`${who}${field}: ${menu(options)}`, choice(options), `1–${options.length}`);
    } else if (node?.["type"] === "integer" || node?.["type"] === "number") {
      value = await question(`${who}${prompt}`, (a) => (/^[0-9]{1,3}$/.test(a) ? Number(a) : undefined), pl ? "liczba" : "a number");
    } else if (node?.["type"] === "string") {
      const isDate = /date|data|YYYY/i.test(`${field} ${prompt}`);
      value = await question(`${who}${prompt}:`, (a) => (isDate ? date(a) : a), isDate ? dateHint : "");
    } else {
      out(`  (${pl ? "pomijam" : "skipping"} ${path})\n`);
    }
    if (value !== undefined) set(household, parts, value);
  }

  const result = validateHousehold(household);
  if (!result.ok) {
    for (const issue of result.issues) out(`  ${issue.path}: ${issue.message[lang]}\n`);
    throw new UsageError(pl ? "ask: odpowiedzi nie tworzą poprawnego gospodarstwa" : "ask: the answers do not make a valid household");
  }
  out("\n");
  out(table(evaluate(result.household), lang, Math.max(72, Math.min(process.stdout.columns ?? 120, 240)), false));
  if (values.save) {
    writeFileSync(values.save, `${JSON.stringify(household, null, 2)}\n`);
    out(`${pl ? "Zapisano" : "Saved"}: ${values.save}\n`);
  }
  return 0;
}
