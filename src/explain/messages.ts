import type { Lang } from "../errors.js";
import { label } from "./labels.js";

type Args = Readonly<Record<string, string>>;
type Template = (a: Args, lang: Lang) => string;

const op = (a: Args, lang: Lang, passed: boolean): string => {
  if (a["operator"] === "lte") return passed ? "≤" : ">";
  return passed ? "<" : "≥";
};
const base = (a: Args, lang: Lang): string => {
  const pct = a["percent"] ? ` × ${pct100(a["percent"])} %` : "";
  switch (a["base"]) {
    case "income.base-single":
      return lang === "pl" ? `kryterium osoby samotnie gospodarującej ${a["single"]} zł${pct}` : `single-person criterion ${a["single"]} zł${pct}`;
    case "income.base-claimant":
      return lang === "pl" ? `kryterium na osobę w rodzinie ${a["perPerson"]} zł${pct}` : `per-person criterion ${a["perPerson"]} zł${pct}`;
    default:
      return lang === "pl"
        ? `kryterium rodziny ${a["perPerson"]} zł × ${a["members"]} os.${pct}`
        : `family criterion ${a["perPerson"]} zł × ${a["members"]} persons${pct}`;
  }
};
/** "1.30" → "130", "2.2" → "220": percentages for display only. */
export function pct100(share: string): string {
  const [int = "0", frac = ""] = share.split(".");
  const digits = (frac + "00").slice(0, 2);
  const rest = frac.slice(2);
  const whole = String(Number(int + digits));
  return rest.replace(/0+$/, "") ? `${whole},${rest.replace(/0+$/, "")}` : whole;
}
const who = (a: Args): boolean => a["base"] === "income.base-claimant";

/** Every message of the trace, in Polish and English. */
export const MESSAGES: Readonly<Record<string, { pl: Template; en: Template }>> = {
  "income.unknown": {
    pl: () => "Nie podano dochodów wszystkich członków gospodarstwa.",
    en: () => "The incomes of some household members were not given.",
  },
  "income.claimant-single": {
    pl: () => "Dotyczy tylko osoby w rodzinie.",
    en: () => "Applies only to a person in a family.",
  },
  "income.pass": {
    pl: (a, l) => `${who(a) ? "Własny dochód" : "Dochód"} ${a["income"]} zł ${op(a, l, true)} ${a["threshold"]} zł (${base(a, l)}); miesiąc ${a["month"]}.`,
    en: (a, l) => `${who(a) ? "Own income" : "Income"} ${a["income"]} zł ${op(a, l, true)} ${a["threshold"]} zł (${base(a, l)}); month ${a["month"]}.`,
  },
  "income.fail": {
    pl: (a, l) => `${who(a) ? "Własny dochód" : "Dochód"} ${a["income"]} zł ${op(a, l, false)} ${a["threshold"]} zł (${base(a, l)}); miesiąc ${a["month"]}.`,
    en: (a, l) => `${who(a) ? "Own income" : "Income"} ${a["income"]} zł ${op(a, l, false)} ${a["threshold"]} zł (${base(a, l)}); month ${a["month"]}.`,
  },
  "parameter.open": {
    pl: (a) => `Wartość „${a["parameter"]}” w tym okresie nie jest ustalona (kwestia otwarta) — wymaga oceny.`,
    en: (a) => `The value "${a["parameter"]}" is not established for this period (open question) — needs assessment.`,
  },
  "residence.unknown": { pl: () => "Nie podano statusu pobytu.", en: () => "Residence status not given." },
  "residence.pass": {
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — uprawnia (art. 5).`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — qualifies (art. 5).`,
  },
  "residence.assess": {
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — uprawnienie zależy od podstawy pobytu; wymaga oceny.`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — depends on the grounds of stay; needs assessment.`,
  },
  "residence.fail": {
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — nie uprawnia do tego świadczenia.`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — does not give access to this benefit.`,
  },
  "situation.unknown": {
    pl: () => "Nie podano sytuacji z art. 7 (np. ubóstwo, bezrobocie, niepełnosprawność).",
    en: () => "No art. 7 situation given (e.g. poverty, unemployment, disability).",
  },
  "situation.pass": { pl: (a, l) => `Sytuacja: ${label(a["situations"] ?? "", l)}.`, en: (a, l) => `Situation: ${label(a["situations"] ?? "", l)}.` },
  "situation.assess": {
    pl: (a, l) => `Sytuacja (${label(a["situations"] ?? "", l)}) nie jest wymieniona wprost; przepis jest otwarty („w szczególności”) — wymaga oceny.`,
    en: (a, l) => `The situation (${label(a["situations"] ?? "", l)}) is not named; the list is open ("in particular") — needs assessment.`,
  },
  "situation.fail-other": { pl: () => "Żadna z podanych sytuacji nie spełnia warunku.", en: () => "None of the situations given meets the condition." },
  "situation.fail-none": { pl: () => "Nie występuje żadna sytuacja z art. 7.", en: () => "No art. 7 situation applies." },
  "age.unknown": { pl: () => "Nie podano daty urodzenia (ani numeru PESEL).", en: () => "No birth date (or PESEL) given." },
  "age.pass": {
    pl: (a) => `Wiek ${a["age"]} lat${a["method"] === "birth-year" ? " (rocznikowo)" : ""}${ageLimits(a, "pl")}.`,
    en: (a) => `Age ${a["age"]}${a["method"] === "birth-year" ? " (by birth year)" : ""}${ageLimits(a, "en")}.`,
  },
  "age.fail": {
    pl: (a) => `Wiek ${a["age"]} lat${a["method"] === "birth-year" ? " (rocznikowo)" : ""} — poza granicą${ageLimits(a, "pl")}.`,
    en: (a) => `Age ${a["age"]}${a["method"] === "birth-year" ? " (by birth year)" : ""} — outside the limit${ageLimits(a, "en")}.`,
  },
  "retirement.unknown": { pl: () => "Nie podano daty urodzenia lub płci.", en: () => "Birth date or sex not given." },
  "retirement.open": {
    pl: () => "Wiek emerytalny w tym okresie zależał od daty urodzenia (reforma 2013–2017) — wymaga oceny.",
    en: () => "In this period the retirement age depended on the date of birth (2013–2017 reform) — needs assessment.",
  },
  "retirement.pass": {
    pl: (a, l) => `Wiek emerytalny (${label(a["sex"] ?? "", l)}: ${a["limit"]} lat) osiągnięty ${a["reachedOn"]}.`,
    en: (a, l) => `Retirement age (${label(a["sex"] ?? "", l)}: ${a["limit"]}) reached on ${a["reachedOn"]}.`,
  },
  "retirement.fail": {
    pl: (a, l) => `Wiek emerytalny (${label(a["sex"] ?? "", l)}: ${a["limit"]} lat) zostanie osiągnięty ${a["reachedOn"]}.`,
    en: (a, l) => `Retirement age (${label(a["sex"] ?? "", l)}: ${a["limit"]}) will be reached on ${a["reachedOn"]}.`,
  },
  "disability.unknown": { pl: () => "Nie podano orzeczeń o niepełnosprawności.", en: () => "No disability findings given." },
  "disability.pass": {
    pl: (a, l) => `Ważne orzeczenie: stopień ${label(a["degree"] ?? "", l)}${a["via"] === "stopien" ? "" : ` (równoważne: ${a["via"]})`}.`,
    en: (a, l) => `Valid finding: degree ${label(a["degree"] ?? "", l)}${a["via"] === "stopien" ? "" : ` (equivalent: ${a["via"]})`}.`,
  },
  "disability.validity-unknown": {
    pl: () => "Orzeczenie bez podanej daty ważności.",
    en: () => "A finding without its validity date.",
  },
  "disability.not-valid": { pl: () => "Orzeczenie nie jest ważne w dniu oceny.", en: () => "The finding is not valid on the evaluation date." },
  "disability.fail": { pl: () => "Brak orzeczenia wymaganego stopnia.", en: () => "No finding of the required degree." },
  "any-of.pass": { pl: () => "Spełniony co najmniej jeden z warunków.", en: () => "At least one of the alternatives holds." },
  "any-of.fail": { pl: () => "Żaden z warunków nie jest spełniony.", en: () => "None of the alternatives holds." },
  "any-of.unknown": { pl: () => "Brakuje danych, by to rozstrzygnąć.", en: () => "Facts are missing to decide this." },
  "any-of.assess": { pl: () => "Wymaga oceny.", en: () => "Needs assessment." },
  "any-of.not-applicable": { pl: () => "Nie dotyczy.", en: () => "Not applicable." },
  "formula.rounded": {
    pl: (a) => `${a["from"]} zł zaokrąglono ${a["mode"] === "up" ? "w górę" : a["mode"] === "down" ? "w dół" : "matematycznie"} do ${a["to"]} zł.`,
    en: (a) => `${a["from"]} zł rounded ${a["mode"] === "up" ? "up" : a["mode"] === "down" ? "down" : "half-up"} to ${a["to"]} zł.`,
  },
  "staly.single": {
    pl: (a) => `${pct100(a["percent"] ?? "1")} % × ${a["criterion"]} zł = ${a["base"]} zł; ${a["base"]} − ${a["income"]} = ${a["difference"]} zł; nie więcej niż ${a["cap"]} zł → ${a["result"]} zł.`,
    en: (a) => `${pct100(a["percent"] ?? "1")} % × ${a["criterion"]} zł = ${a["base"]} zł; ${a["base"]} − ${a["income"]} = ${a["difference"]} zł; at most ${a["cap"]} zł → ${a["result"]} zł.`,
  },
  "staly.family": {
    pl: (a) => `${pct100(a["percent"] ?? "1")} % × ${a["criterion"]} zł = ${a["base"]} zł; dochód na osobę ${a["income"]} / ${a["members"]} = ${a["perPersonIncome"]} zł; różnica ${a["result"]} zł.`,
    en: (a) => `${pct100(a["percent"] ?? "1")} % × ${a["criterion"]} zł = ${a["base"]} zł; income per person ${a["income"]} / ${a["members"]} = ${a["perPersonIncome"]} zł; difference ${a["result"]} zł.`,
  },
  "staly.minimum": {
    pl: (a) => `${a["amount"]} zł to mniej niż minimum — wypłaca się ${a["minimum"]} zł.`,
    en: (a) => `${a["amount"]} zł is below the minimum — ${a["minimum"]} zł is paid.`,
  },
  "okresowy.difference-single": {
    pl: (a) => `Różnica: kryterium ${a["criterion"]} zł − dochód ${a["income"]} zł = ${a["difference"]} zł.`,
    en: (a) => `Difference: criterion ${a["criterion"]} zł − income ${a["income"]} zł = ${a["difference"]} zł.`,
  },
  "okresowy.difference-family": {
    pl: (a) => `Różnica: kryterium rodziny ${a["criterion"]} zł − dochód rodziny ${a["income"]} zł = ${a["difference"]} zł.`,
    en: (a) => `Difference: family criterion ${a["criterion"]} zł − family income ${a["income"]} zł = ${a["difference"]} zł.`,
  },
  "okresowy.cap": {
    pl: (a) => `Górna granica dla osoby samotnie gospodarującej: ${a["cap"]} zł → najwyżej ${a["max"]} zł.`,
    en: (a) => `Ceiling for a person keeping house alone: ${a["cap"]} zł → at most ${a["max"]} zł.`,
  },
  "okresowy.floor": {
    pl: (a) => `Dolna granica: ${pct100(a["percent"] ?? "0")} % różnicy = ${a["share"]} zł, nie mniej niż ${a["floor"]} zł → co najmniej ${a["min"]} zł.`,
    en: (a) => `Floor: ${pct100(a["percent"] ?? "0")} % of the difference = ${a["share"]} zł, not less than ${a["floor"]} zł → at least ${a["min"]} zł.`,
  },
  "okresowy.below-floor": {
    pl: (a) => `Różnica ${a["difference"]} zł jest mniejsza niż minimalna kwota ${a["floor"]} zł; ustawa nie rozstrzyga tej sytuacji — wymaga oceny.`,
    en: (a) => `The difference ${a["difference"]} zł is below the minimum amount ${a["floor"]} zł; the act does not settle this — needs assessment.`,
  },
  "okresowy.floor-above-cap": {
    pl: (a) => `Dolna granica ${a["min"]} zł przekracza górną ${a["max"]} zł — wymaga oceny.`,
    en: (a) => `The floor ${a["min"]} zł exceeds the ceiling ${a["max"]} zł — needs assessment.`,
  },
  "jurisdiction.national": { pl: () => "Program ogólnopolski.", en: () => "National programme." },
  "jurisdiction.unknown": {
    pl: () => "Program gminny; nie podano gminy zamieszkania.",
    en: () => "Municipal programme; the municipality of residence was not given.",
  },
  "jurisdiction.resident": { pl: (a) => `Mieszka w gminie programu (TERYT ${a["teryt"]}).`, en: (a) => `Lives in the programme's municipality (TERYT ${a["teryt"]}).` },
  "jurisdiction.not-resident": {
    pl: (a) => `Program tylko dla mieszkańców gminy TERYT ${a["teryt"]}.`,
    en: (a) => `Only for residents of the municipality TERYT ${a["teryt"]}.`,
  },
  "reason.eligible": { pl: () => "Spełnia wszystkie warunki.", en: () => "Meets every condition." },
  "reason.not-eligible": { pl: (a, l) => `Nie spełnia warunku: ${inner(a, l)}`, en: (a, l) => `Fails a condition: ${inner(a, l)}` },
  "reason.missing": { pl: (a) => `Brakuje danych: ${a["missing"]}.`, en: (a) => `Missing facts: ${a["missing"]}.` },
  "reason.assess": { pl: (a, l) => `Wymaga oceny pracownika: ${inner(a, l)}`, en: (a, l) => `Needs a caseworker's assessment: ${inner(a, l)}` },
  "reason.discretionary": {
    pl: () => "Warunki spełnione; świadczenie jest uznaniowe („może być przyznane”) — decyduje ośrodek.",
    en: () => "Conditions met; the benefit is discretionary (\"may be granted\") — the office decides.",
  },
  "reason.not-in-force": {
    pl: (a) => `Program nie obowiązuje w dniu ${a["date"]} (obowiązuje ${a["from"]} – ${a["to"]}).`,
    en: (a) => `The programme is not in force on ${a["date"]} (in force ${a["from"]} – ${a["to"]}).`,
  },
};

/** A reason quoting the message of the condition that decided it (its key is in `condition`). */
function inner(a: Args, lang: Lang): string {
  const template = MESSAGES[a["condition"] ?? ""];
  return template ? template[lang](a, lang) : (a["condition"] ?? "");
}

function ageLimits(a: Args, lang: Lang): string {
  const parts: string[] = [];
  if (a["min"] !== undefined) {
    parts.push(lang === "pl" ? `co najmniej ${a["min"]} lat${a["minReachedOn"] ? ` (od ${a["minReachedOn"]})` : ""}` : `at least ${a["min"]}${a["minReachedOn"] ? ` (from ${a["minReachedOn"]})` : ""}`);
  }
  if (a["below"] !== undefined) {
    parts.push(lang === "pl" ? `poniżej ${a["below"]} lat${a["belowReachedOn"] ? ` (do ${a["belowReachedOn"]}, wyłącznie)` : ""}` : `under ${a["below"]}${a["belowReachedOn"] ? ` (until ${a["belowReachedOn"]}, exclusive)` : ""}`);
  }
  return parts.length ? `; wymagane: ${parts.join(", ")}`.replace("wymagane", lang === "pl" ? "wymagane" : "required") : "";
}
