import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decisionRecord } from "../audit/replay.js";
import type { HouseholdArgument } from "../engine.js";
import type { Lang } from "../errors.js";
import { UsageError } from "./errors.js";
import { type Format, json, markdown, table } from "./format.js";
import { readJson } from "./input.js";
import { redact, sensitiveValues } from "./redact.js";
import { RULES_OPTION_HELP, rulesEngine } from "./rules-option.js";

export const CHECK_HELP = `kryterium check <household.json | -> [options]

Sprawdza gospodarstwo domowe we wszystkich programach obowiązujących w dniu oceny.
Checks a household against every programme in force on the evaluation date.

  --date RRRR-MM-DD      oceń na ten dzień / evaluate on this date
  --programme ID         tylko ten program (można powtórzyć) / only this programme (repeatable)
  --format F             table (domyślnie) | json | markdown
  --explain              pełne uzasadnienie: warunki, wartości, przepisy / full trace
  --lang pl|en           język (domyślnie pl) / language
  --redact               maskuje PESEL, imiona i daty urodzenia / masks PESEL, names, birth dates
  --record PLIK          zapisuje decyzję (dane + wynik) do powtórzenia: kryterium replay PLIK
                         saves a decision record (input + result) for: kryterium replay FILE
${RULES_OPTION_HELP}

Przykład / example:
  kryterium check examples/household.json --explain
`;

export async function check(args: string[], lang: Lang, stdout: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: "string" },
      programme: { type: "string", multiple: true },
      format: { type: "string", default: "table" },
      explain: { type: "boolean", default: false },
      redact: { type: "boolean", default: false },
      record: { type: "string" },
      lang: { type: "string" },
      rules: { type: "string", multiple: true },
    },
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) throw new UsageError("check: expected one household file (or - for stdin)");
  const format = values.format as Format;
  if (!["table", "json", "markdown"].includes(format)) throw new UsageError(`--format: expected table, json or markdown, got ${String(values.format)}`);
  const { engine } = rulesEngine(values.rules, lang);
  const input = await readJson(file, lang);
  const evaluation = engine.evaluate(input as HouseholdArgument, {
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.programme !== undefined ? { programmes: values.programme } : {}),
  });
  const width = Math.max(72, Math.min(process.stdout.columns ?? 120, 240));
  const text =
    format === "json" ? json(evaluation, lang, values.explain) : format === "markdown" ? markdown(evaluation, lang, values.explain) : table(evaluation, lang, width, values.explain);
  stdout(values.redact ? redact(text, sensitiveValues(input)) : text);
  if (values.record !== undefined) {
    // The record holds the household as given: it is personal data, written only when asked.
    writeFileSync(values.record, `${JSON.stringify(decisionRecord(input, evaluation, values.programme), null, 2)}\n`, { mode: 0o600 });
  }
  return 0;
}
