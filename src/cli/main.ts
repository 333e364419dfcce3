import { parseArgs } from "node:util";
import { z } from "zod";
import { HouseholdSchema } from "../household/schema.js";
import { isHouseholdValidationError, isKryteriumError, isRuleDateError, type Lang } from "../errors.js";
import { isMainThread, workerData } from "node:worker_threads";
import { ASK_HELP, ask } from "./ask.js";
import { AUDIT_HELP, audit } from "./audit.js";
import { BATCH_HELP, batch } from "./batch.js";
import { runBatchWorker } from "./batch-worker.js";
import { CHECK_HELP, check } from "./check.js";
import { REPLAY_HELP, replay } from "./replay.js";
import { SERVE_HELP } from "./serve-help.js";
import { RULES_HELP, rulesCommand } from "./rules.js";
import { EXIT, UsageError } from "./errors.js";
import { PackRulesError, rulesEngine } from "./rules-option.js";
import { t } from "./text.js";

declare const __KRYTERIUM_VERSION__: string;

const HELP = `kryterium — kryteria pomocy społecznej jako dane / Polish social-assistance rules as data

Użycie / usage:
  kryterium check <household.json | -> [--explain] [--format table|json|markdown] [--lang pl|en] [--date D] [--redact]
  kryterium ask [--save plik.json]   kwestionariusz krok po kroku / guided questionnaire
  kryterium rules list|show|diff   przepisy, wersje, cytowania / rules, versions, citations
  kryterium batch <households.ndjson | -> [--workers N]   wiele gospodarstw, strumieniowo / many households, streamed
  kryterium audit [fixtures] [--out raport.html]   przypadki testowe i księga przepisów / fixtures and rulebook
  kryterium replay <decyzja.json>   powtórz zapisaną decyzję / replay a recorded decision
  kryterium serve [--port 8080]   interfejs HTTP z opisem OpenAPI / HTTP API with an OpenAPI description
  kryterium schema              schemat JSON danych gospodarstwa / JSON Schema of the household input
  kryterium help <polecenie>   pomoc do polecenia / help for a command (also: <command> --help)
  kryterium --version

Kody wyjścia / exit codes: 0 ok, 1 check failed, 2 usage or input error, 3 internal error.
Przykład / example:
  kryterium check examples/household.json --explain
`;

const SCHEMA_HELP = `kryterium schema

Wypisuje schemat JSON danych gospodarstwa domowego (JSON Schema 2020-12).
Prints the JSON Schema of the household input.

Przykład / example:
  kryterium schema > household.schema.json
`;

/** Each command's own help, by name (a Map: a command name is the user's text, `constructor` too). */
const HELPS: ReadonlyMap<string, string> = new Map([
  ["check", CHECK_HELP],
  ["rules", RULES_HELP],
  ["audit", AUDIT_HELP],
  ["batch", BATCH_HELP],
  ["ask", ASK_HELP],
  ["replay", REPLAY_HELP],
  ["serve", SERVE_HELP],
  ["schema", SCHEMA_HELP],
]);

function languageOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return value === "en" ? "en" : "pl";
}

async function run(argv: string[], lang: Lang): Promise<number> {
  const langIndex = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = langIndex >= 0 ? (argv[langIndex] === "--lang" ? argv[langIndex + 1] : argv[langIndex]?.slice(7)) : undefined;
  // --lang may stand anywhere on the line, before the command too: taken out before dispatching
  const rest = langIndex < 0 ? [...argv] : argv.filter((_, i) => i !== langIndex && !(argv[langIndex] === "--lang" && i === langIndex + 1));
  const command = rest.shift();
  // Questions are asked in Ukrainian as well; everything else is in Polish or English.
  const ukrainian = command === "ask" && value === "uk";
  if (langIndex >= 0 && value !== "pl" && value !== "en" && !ukrainian) throw new UsageError(`--lang: expected pl or en, got ${String(value)}`);
  const out = (s: string) => process.stdout.write(s);
  if (command === "help" && rest[0] !== undefined && !rest[0].startsWith("-")) {
    const help = HELPS.get(rest[0]);
    if (help === undefined) throw new UsageError(`help: unknown command: ${rest[0]}`);
    out(help);
    return EXIT.ok;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") {
    out(`${__KRYTERIUM_VERSION__}\n`);
    return EXIT.ok;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out(HELPS.get(command) ?? HELP);
    return EXIT.ok;
  }
  switch (command) {
    case "check":
      return check(rest, lang, out);
    case "rules":
      return rulesCommand(rest, lang, out);
    case "replay":
      return replay(rest, lang, out);
    case "ask":
      return ask(rest, ukrainian ? "uk" : lang, out);
    case "batch":
      return batch(rest, lang, new URL(import.meta.url));
    case "audit":
      return audit(rest, lang, __KRYTERIUM_VERSION__, out, (s) => process.stderr.write(`${s}\n`));
    case "serve": {
      // dist/serve.js, a bundle of its own: no other command loads the server (see tsup.config.ts)
      const { serve } = (await import(new URL("./serve.js", import.meta.url).href)) as typeof import("./serve.js");
      return serve(rest, (rules) => rulesEngine(rules, lang).engine);
    }
    case "schema":
      parseArgs({ args: rest, options: {} });
      out(`${JSON.stringify(z.toJSONSchema(HouseholdSchema, { io: "input", unrepresentable: "any" }), null, 2)}\n`);
      return EXIT.ok;
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

async function main(): Promise<void> {
  // A closed pipe (`kryterium … | head`) ends the output quietly, as Unix tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  const argv = process.argv.slice(2);
  const lang = languageOf(argv);
  const err = (s: string) => process.stderr.write(`${s}\n`);
  try {
    process.exitCode = await run(argv, lang);
  } catch (e) {
    if (e instanceof PackRulesError) {
      err(t("packsRefused", lang));
      for (const line of e.lines) err(`  ${line}`);
      process.exitCode = EXIT.usage;
    } else if (isHouseholdValidationError(e)) {
      err(t("invalidHousehold", lang));
      for (const issue of e.issues) err(`  ${issue.path}: ${issue.message[lang]}`);
      process.exitCode = EXIT.usage;
    } else if (isRuleDateError(e)) {
      err(t("noVersion", lang, { detail: e.message }));
      process.exitCode = EXIT.usage;
    } else if (e instanceof UsageError || (isKryteriumError(e) && e.code === "invalid-option") || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(t("usage", lang, { detail: (e as Error).message }));
      err(t("seeHelp", lang));
      process.exitCode = EXIT.usage;
    } else {
      err(t("internal", lang));
      err(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exitCode = EXIT.internal;
    }
  }
}

if (isMainThread) void main();
else runBatchWorker((workerData as { kryteriumBatchWorker: Parameters<typeof runBatchWorker>[0] }).kryteriumBatchWorker);
