import type { Lang } from "../errors.js";

/** Strings the command line prints, in Polish (default) and English. */
const TEXT = {
  programme: { pl: "Program", en: "Programme" },
  outcome: { pl: "Wynik", en: "Outcome" },
  amount: { pl: "Kwota", en: "Amount" },
  reason: { pl: "Uzasadnienie", en: "Reason" },
  basis: { pl: "Podstawa", en: "Basis" },
  date: { pl: "Data oceny", en: "Evaluation date" },
  warning: { pl: "Uwaga", en: "Warning" },
  invalidHousehold: { pl: "Nieprawidłowe dane gospodarstwa domowego:", en: "Invalid household:" },
  notJson: { pl: "Plik nie jest poprawnym JSON-em", en: "The file is not valid JSON" },
  tooLarge: { pl: "Plik jest za duży (limit: {limit} MB)", en: "The file is too large (limit: {limit} MB)" },
  isDirectory: { pl: "{file} jest katalogiem, a nie plikiem", en: "{file} is a directory, not a file" },
  notUtf8: { pl: "Plik nie jest w UTF-8: nieprawidłowy bajt w wierszu {line}, kolumna {column} (bajt)", en: "The file is not UTF-8: an invalid byte at line {line}, column {column} (bytes)" },
  cannotRead: { pl: "Nie można odczytać pliku {file}", en: "Cannot read the file {file}" },
  usage: { pl: "Błąd wywołania: {detail}", en: "Usage error: {detail}" },
  internal: { pl: "Błąd wewnętrzny kryterium — zgłoś go, proszę:", en: "Internal kryterium error — please report it:" },
  noVersion: { pl: "Brak przepisów na ten dzień: {detail}", en: "No rules for that date: {detail}" },
  packsRefused: { pl: "Pakiet przepisów odrzucony (--rules), nic nie wczytano:", en: "Rule pack refused (--rules), nothing was loaded:" },
  seeHelp: { pl: "Zobacz: kryterium --help", en: "See: kryterium --help" },
} as const;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: Lang, args: Record<string, string> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? "");
}
