import { isCivilDate } from "../dates.js";
import type { Text3 } from "../language.js";
import { DECIMAL_PATTERN, MONEY_PATTERN } from "../money.js";
import type { AnswerKind, ChoiceOption } from "./kinds.js";

/** A typed answer read from text, or what was expected instead, in the three languages. */
export type ParsedAnswer = { readonly ok: true; readonly value: boolean | string | number | string[] } | { readonly ok: false; readonly expected: Text3 };

const YES = new Set(["t", "tak", "y", "yes", "так", "т", "1", "true"]);
const NO = new Set(["n", "nie", "no", "ні", "н", "нi", "0", "false"]);

const t = (pl: string, en: string, uk: string): Text3 => ({ pl, en, uk });
const fail = (expected: Text3): ParsedAnswer => ({ ok: false, expected });

/** "1 234,50 zł" → "1234.50": a comma or a point as the decimal mark, spaces between thousands, "zł" allowed. */
export function normaliseNumber(text: string): string {
  return text
    .trim()
    .replace(/\s*(zł|zl|pln)\.?$/i, "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".");
}

/** "14.03.2015" or "14-03-2015" or "2015-03-14" → "2015-03-14"; anything else as it is. */
export function normaliseDate(text: string): string {
  const s = text.trim();
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}` : s;
}

function findOption(options: readonly ChoiceOption[], text: string): ChoiceOption | undefined {
  const s = text.trim().toLowerCase();
  const n = /^[0-9]+$/.test(s) ? Number(s) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
  return options.find((o) => o.code.toLowerCase() === s || o.label.pl.toLowerCase() === s || o.label.en.toLowerCase() === s || o.label.uk.toLowerCase() === s);
}

/**
 * An answer typed as text, read as its kind: tak/nie (yes/no, так/ні), a date as 2015-03-14 or
 * 14.03.2015, an amount with a comma or a point, a whole number in range, an option by its number,
 * code or label (several separated by commas; "0" for none when several may be chosen). A list's
 * entries are read field by field, each with its own kind.
 *
 * @example
 * ```ts
 * import { parseAnswer } from "kryterium/questions";
 * 
 * parseAnswer({ type: "money" }, "412,30"); // { ok: true, value: "412.30" }
 * ```
 */
export function parseAnswer(kind: AnswerKind, text: string): ParsedAnswer {
  const s = text.trim();
  switch (kind.type) {
    case "yes-no": {
      const l = s.toLowerCase();
      if (YES.has(l)) return { ok: true, value: true };
      if (NO.has(l)) return { ok: true, value: false };
      return fail(t("tak albo nie", "yes or no", "так або ні"));
    }
    case "date": {
      const alternative = kind.alternatives === undefined ? undefined : findOption(kind.alternatives, s);
      if (alternative !== undefined && !/^[0-9]+$/.test(s)) return { ok: true, value: alternative.code };
      const d = normaliseDate(s);
      if (isCivilDate(d)) return { ok: true, value: d };
      const or = kind.alternatives?.map((o) => o.label) ?? [];
      return fail(
        t(
          `data, np. 2025-03-15 albo 15.03.2025${or.map((l) => ` albo „${l.pl}”`).join("")}`,
          `a date, e.g. 2025-03-15 or 15.03.2025${or.map((l) => ` or "${l.en}"`).join("")}`,
          `дата, напр. 2025-03-15 або 15.03.2025${or.map((l) => ` або «${l.uk}»`).join("")}`,
        ),
      );
    }
    case "money": {
      const n = normaliseNumber(s);
      if (MONEY_PATTERN.test(n)) return { ok: true, value: n };
      return fail(t("kwota w złotych, np. 412,30", "an amount in złoty, e.g. 412.30", "сума в злотих, напр. 412,30"));
    }
    case "decimal": {
      const n = normaliseNumber(s);
      if (DECIMAL_PATTERN.test(n)) return { ok: true, value: n };
      return fail(t("liczba, np. 2,56", "a number, e.g. 2.56", "число, напр. 2,56"));
    }
    case "count": {
      const n = /^[0-9]{1,6}$/.test(s) ? Number(s) : NaN;
      if (Number.isInteger(n) && n >= kind.min && n <= kind.max) return { ok: true, value: n };
      return fail(t(`liczba całkowita od ${kind.min} do ${kind.max}`, `a whole number from ${kind.min} to ${kind.max}`, `ціле число від ${kind.min} до ${kind.max}`));
    }
    case "choice": {
      const range = `1–${kind.options.length}`;
      if (kind.multiple) {
        if (s === "0" || s === "") return { ok: true, value: [] };
        const picked = s.split(/\s*[,;]\s*|\s+/).map((part) => findOption(kind.options, part));
        if (picked.every((o) => o !== undefined)) return { ok: true, value: [...new Set(picked.map((o) => (o as ChoiceOption).code))] };
        return fail(t(`numery od 1 do ${kind.options.length} po przecinku, 0 gdy żaden`, `numbers ${range}, comma-separated, 0 for none`, `номери ${range} через кому, 0 — жоден`));
      }
      const o = findOption(kind.options, s);
      if (o !== undefined) return { ok: true, value: o.code };
      return fail(t(`numer od 1 do ${kind.options.length}`, `a number ${range}`, `номер ${range}`));
    }
    case "list":
      return fail(t("lista pozycji, każde pole osobno", "a list of entries, field by field", "список записів, кожне поле окремо"));
  }
}
