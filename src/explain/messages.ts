import type { Lang } from "../errors.js";
import { missingInWords } from "./fact-labels.js";
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
// a JSON array; a record saved before the facts were shown in words has them joined by ", "
const strings = (list: string | undefined): string[] => {
  if (list === undefined || list === "") return [];
  if (!list.startsWith("[")) return list.split(", ");
  try {
    const value: unknown = JSON.parse(list);
    return Array.isArray(value) ? value.map(String) : [list];
  } catch {
    return [list];
  }
};
const missing = (a: Args, lang: Lang): string => missingInWords(strings(a["missing"]), strings(a["members"]), lang);
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
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — uprawnia.`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — qualifies.`,
  },
  "residence.assess": {
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — uprawnienie zależy od podstawy pobytu; wymaga oceny.`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — depends on the grounds of stay; needs assessment.`,
  },
  "residence.period-assess": {
    pl: (a, l) => `Status pobytu: ${label(a["status"] ?? "", l)} — od ${a["from"]} zakres dostępu do tego świadczenia nie jest w regułach ustalony; wymaga oceny.`,
    en: (a, l) => `Residence status: ${label(a["status"] ?? "", l)} — from ${a["from"]} the access it gives to this benefit is not settled in the rules; needs assessment.`,
  },
  "residence.ground-unknown": {
    pl: () => "Nie podano, na jakiej podstawie udzielono zezwolenia na pobyt czasowy (od niej zależy prawo do świadczeń).",
    en: () => "The ground the temporary residence permit was granted on is not given (the right to benefits depends on it).",
  },
  "residence.ground-pass": {
    pl: (a, l) => `Zezwolenie na pobyt czasowy udzielone na podstawie: ${label(a["ground"] ?? "", l)} — uprawnia.`,
    en: (a, l) => `Temporary residence permit granted under ${label(a["ground"] ?? "", l)} — qualifies.`,
  },
  "residence.ground-fail": {
    pl: (a, l) => `Zezwolenie na pobyt czasowy udzielone na podstawie ${a["ground"] === "other" ? "innej niż art. 159 ust. 1 pkt 1 lit. c lub d albo art. 186 ust. 1 pkt 3 ustawy o cudzoziemcach" : label(a["ground"] ?? "", l)} — nie uprawnia do tego świadczenia.`,
    en: (a, l) => `Temporary residence permit granted ${a["ground"] === "other" ? "on a ground other than art. 159(1)(1)(c) or (d) or art. 186(1)(3) of the Act on Foreigners" : `under ${label(a["ground"] ?? "", l)}`} — does not give access to this benefit.`,
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
    pl: (a, l) => `${a["situations"] ? `Sytuacja (${label(a["situations"], l)}) nie jest wymieniona wprost` : "Nie podano sytuacji wymienionej w przepisie"}; przepis dopuszcza inne okoliczności — wymaga oceny.`,
    en: (a, l) => `${a["situations"] ? `The situation (${label(a["situations"], l)}) is not named` : "No situation the provision names was given"}; the provision admits other circumstances — needs assessment.`,
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
  "retirement.ceiling": {
    pl: (a) => `Wiek emerytalny w tym okresie zależał od daty urodzenia, ale nigdy nie przekraczał ${a["limit"]} lat — osiągnięty ${a["reachedOn"]}.`,
    en: (a) => `The retirement age in this period depended on the date of birth but never exceeded ${a["limit"]} — reached on ${a["reachedOn"]}.`,
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
  // Catalogue B: count, all-of, child-disability, household-type, assessment, priority.
  "all-of.pass": { pl: () => "Spełnione wszystkie warunki łącznie.", en: () => "All of the conditions hold." },
  "all-of.fail": { pl: () => "Co najmniej jeden z łącznych warunków nie jest spełniony.", en: () => "At least one of the joint conditions fails." },
  "all-of.unknown": { pl: () => "Brakuje danych, by to rozstrzygnąć.", en: () => "Facts are missing to decide this." },
  "all-of.assess": { pl: () => "Wymaga oceny.", en: () => "Needs assessment." },
  "count.pass": {
    pl: (a) => `Spełnia warunek ${a["count"]} os. (wymagane co najmniej ${a["min"]})${countList(a, "pl")}.`,
    en: (a) => `${a["count"]} met the condition (at least ${a["min"]} required)${countList(a, "en")}.`,
  },
  "count.fail": {
    pl: (a, l) => `Warunek spełnia ${a["count"]} os., wymagane co najmniej ${a["min"]}${countList(a, "pl")}${because(a, l)}.`,
    en: (a, l) => `${a["count"]} met the condition, at least ${a["min"]} required${countList(a, "en")}${because(a, l)}.`,
  },
  "count.none": {
    pl: (a) => `Brak osób, których dotyczy warunek (wymagane co najmniej ${a["min"]}).`,
    en: (a) => `Nobody the condition concerns (at least ${a["min"]} required).`,
  },
  "count.unknown": {
    pl: (a) => `Na razie warunek spełnia ${a["count"]} os. z wymaganych ${a["min"]}; brakuje danych o pozostałych.`,
    en: (a) => `So far ${a["count"]} of the ${a["min"]} required meet the condition; facts about the others are missing.`,
  },
  "count.assess": {
    pl: (a) => `Warunek spełnia ${a["count"]} os. z wymaganych ${a["min"]}; o pozostałych decyduje ocena.`,
    en: (a) => `${a["count"]} of the ${a["min"]} required meet the condition; the others need assessment.`,
  },
  "count.member-pass": { pl: (a) => `${a["member"]}: spełnia.`, en: (a) => `${a["member"]}: meets it.` },
  "count.member-fail": { pl: (a) => `${a["member"]}: nie spełnia.`, en: (a) => `${a["member"]}: does not meet it.` },
  "count.member-unknown": { pl: (a) => `${a["member"]}: brakuje danych.`, en: (a) => `${a["member"]}: facts missing.` },
  "count.member-assess": { pl: (a) => `${a["member"]}: wymaga oceny.`, en: (a) => `${a["member"]}: needs assessment.` },
  "child-disability.unknown": { pl: (a) => `${a["member"]}: nie podano orzeczeń o niepełnosprawności.`, en: (a) => `${a["member"]}: no disability findings given.` },
  "child-disability.pass": {
    pl: (a) => `${a["member"]}: ważne orzeczenie o niepełnosprawności${a["indications"] ? ` ze wskazaniami w pkt ${a["indications"]}` : ""}.`,
    en: (a) => `${a["member"]}: valid orzeczenie o niepełnosprawności${a["indications"] ? ` with indications ${a["indications"].replace(" i ", " and ")}` : ""}.`,
  },
  "child-disability.undecided": {
    pl: (a) => `${a["member"]}: orzeczenie bez podanej daty ważności lub bez informacji o wskazaniach.`,
    en: (a) => `${a["member"]}: an orzeczenie without its validity date or without its indications.`,
  },
  "child-disability.not-met": {
    pl: (a) => `${a["member"]}: orzeczenie nieważne w dniu oceny lub bez wymaganych wskazań${a["indications"] ? ` (pkt ${a["indications"]})` : ""}.`,
    en: (a) => `${a["member"]}: the orzeczenie is not valid on the date or lacks the required indications${a["indications"] ? ` (${a["indications"].replace(" i ", " and ")})` : ""}.`,
  },
  "child-disability.fail": {
    pl: (a) => `${a["member"]}: brak orzeczenia o niepełnosprawności (wydawanego do 16. roku życia).`,
    en: (a) => `${a["member"]}: no orzeczenie o niepełnosprawności (issued under 16).`,
  },
  "household-type.single": { pl: () => "Osoba samotnie gospodarująca (gospodarstwo jednoosobowe).", en: () => "Keeps house alone (one-person household)." },
  "household-type.family": { pl: () => "Gospodarstwo wieloosobowe (rodzina).", en: () => "Household of several people (family)." },
  assessment: { pl: (a) => a["pl"] ?? "", en: (a) => a["en"] ?? "" },
  "priority.yes": { pl: () => "Pierwszeństwo: tak (to nie warunek, tylko kolejność obsługi).", en: () => "Priority: yes (not a condition, only the order of service)." },
  "priority.no": { pl: () => "Pierwszeństwo: nie (to nie warunek, tylko kolejność obsługi).", en: () => "Priority: no (not a condition, only the order of service)." },
  "priority.unknown": { pl: () => "Pierwszeństwo: nie ustalono (to nie warunek, tylko kolejność obsługi).", en: () => "Priority: not established (not a condition, only the order of service)." },
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
  // Catalogue A (issue 3): fact, relation, prenatal-care, application-deadline, fixed amount.
  "fact.unknown": { pl: (a, l) => `${a["member"]}: nie podano — ${label(a["fact"] ?? "", l)}.`, en: (a, l) => `${a["member"]}: not given — ${label(a["fact"] ?? "", l)}.` },
  "fact.true": { pl: (a, l) => `${a["member"]}: ${label(a["fact"] ?? "", l)} — tak.`, en: (a, l) => `${a["member"]}: ${label(a["fact"] ?? "", l)} — yes.` },
  "fact.false": { pl: (a, l) => `${a["member"]}: ${label(a["fact"] ?? "", l)} — nie.`, en: (a, l) => `${a["member"]}: ${label(a["fact"] ?? "", l)} — no.` },
  "relation.unknown": {
    pl: (a) => `Nie podano, kim wnioskodawca jest dla ${a["member"]}.`,
    en: (a) => `The applicant's relation to ${a["member"]} was not given.`,
  },
  "relation.pass": {
    pl: (a, l) => `Wnioskodawca to ${label(a["relation"] ?? "", l)} (${a["member"]}) — uprawniony.`,
    en: (a, l) => `The applicant is the ${label(a["relation"] ?? "", l)} (${a["member"]}) — entitled to apply.`,
  },
  "relation.fail": {
    pl: (a, l) => `Wnioskodawca to ${label(a["relation"] ?? "", l)} (${a["member"]}) — nie należy do osób uprawnionych.`,
    en: (a, l) => `The applicant is ${label(a["relation"] ?? "", l)} (${a["member"]}) — not among the persons entitled.`,
  },
  "prenatal.exempt": {
    pl: (a, l) => `Wymóg opieki medycznej w ciąży nie dotyczy wnioskodawcy (${label(a["relation"] ?? "", l)}).`,
    en: (a, l) => `The prenatal-care requirement does not apply to the applicant (${label(a["relation"] ?? "", l)}).`,
  },
  "prenatal.unknown": {
    pl: () => "Nie podano, od którego tygodnia ciąży do porodu matka była pod opieką medyczną.",
    en: () => "Not given from which week of pregnancy until birth the mother was under medical care.",
  },
  "prenatal.relation-unknown": {
    pl: () => "Opieka medyczna w ciąży nie spełnia wymogu; nie podano, czy wnioskodawca jest z niego zwolniony (opiekun, przysposabiający).",
    en: () => "Prenatal care does not meet the requirement; not given whether the applicant is exempt (guardian, adoptive parent).",
  },
  "prenatal.pass": {
    pl: (a) => `Opieka medyczna od ${a["week"]}. tygodnia ciąży do porodu (wymagane: nie później niż od ${a["limit"]}. tygodnia).`,
    en: (a) => `Medical care from week ${a["week"]} of pregnancy until birth (required: from week ${a["limit"]} at the latest).`,
  },
  "prenatal.late": {
    pl: (a) => `Opieka medyczna dopiero od ${a["week"]}. tygodnia ciąży — wymagana nie później niż od ${a["limit"]}. tygodnia.`,
    en: (a) => `Medical care only from week ${a["week"]} of pregnancy — required from week ${a["limit"]} at the latest.`,
  },
  "prenatal.interrupted": {
    pl: () => "Opieka medyczna nie trwała do porodu.",
    en: () => "Medical care did not last until the birth.",
  },
  "deadline.unknown": { pl: () => "Brakuje daty złożenia wniosku lub daty, od której biegnie termin.", en: () => "The application date or the date the term runs from is missing." },
  "deadline.pass": {
    pl: (a) => `Wniosek z ${a["applied"]} złożony w terminie ${a["months"]} mies. od ${deadlineFrom(a, "pl")} ${a["start"]} (termin upływa ${a["end"]}).`,
    en: (a) => `Application of ${a["applied"]} filed within ${a["months"]} months of the ${deadlineFrom(a, "en")} on ${a["start"]} (term ends ${a["end"]}).`,
  },
  "deadline.pass-shifted": {
    pl: (a) => `Termin ${a["end"]} przypadł na dzień wolny (${a["skipped"]}) i upłynął ${a["shifted"]} (KPA art. 57 § 5); wniosek z ${a["applied"]} złożony w terminie.`,
    en: (a) => `The term end ${a["end"]} fell on a non-working day (${a["skipped"]}) and moved to ${a["shifted"]} (KPA art. 57 § 5); the application of ${a["applied"]} is in time.`,
  },
  "deadline.late": {
    pl: (a) => `Wniosek z ${a["applied"]} złożony po terminie ${a["months"]} mies. od ${deadlineFrom(a, "pl")} ${a["start"]} (termin upłynął ${a["end"]}) — pozostawia się bez rozpoznania.`,
    en: (a) => `Application of ${a["applied"]} filed after the ${a["months"]}-month term from the ${deadlineFrom(a, "en")} on ${a["start"]} (ended ${a["end"]}) — left unexamined.`,
  },
  "deadline.before-start": {
    pl: (a) => `Data wniosku ${a["applied"]} jest wcześniejsza niż ${a["start"]}.`,
    en: (a) => `The application date ${a["applied"]} is before ${a["start"]}.`,
  },
  "deadline.age-limit": {
    pl: (a) => `Wniosek złożony po ukończeniu przez dziecko 18 lat (${a["ageLimitOn"]}).`,
    en: (a) => `Application filed after the child turned 18 (${a["ageLimitOn"]}).`,
  },
  "fixed.amount": { pl: (a) => `Kwota świadczenia ustalona w ustawie: ${a["amount"]} zł.`, en: (a) => `Amount fixed by law: ${a["amount"]} zł.` },
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
  // the missing paths and the members' ids, as JSON arrays: shown in words (./fact-labels.ts)
  "reason.missing": { pl: (a) => `Brakuje danych: ${missing(a, "pl")}.`, en: (a) => `Missing facts: ${missing(a, "en")}.` },
  "reason.assess": { pl: (a, l) => `Wymaga oceny pracownika: ${inner(a, l)}`, en: (a, l) => `Needs a caseworker's assessment: ${inner(a, l)}` },
  "reason.discretionary": {
    pl: (a) => `Warunki spełnione; ${a["pl"] ?? "świadczenie jest uznaniowe („może być przyznane”) — decyduje ośrodek."}`,
    en: (a) => `Conditions met; ${a["en"] ?? "the benefit is discretionary (\"may be granted\") — the office decides."}`,
  },
  // On a result dated after the day the rules know the law up to (Engine.rulesAsOf).
  "warning.after-rules-as-of": {
    pl: (a) => `Data ${a["date"]} jest późniejsza niż stan prawa, który znają reguły (${a["rulesAsOf"]}): zmiany prawa po tym dniu mogą nie być uwzględnione.`,
    en: (a) => `The date ${a["date"]} is after the law the rules know (as of ${a["rulesAsOf"]}): changes to the law after that day may be missing.`,
  },
  // A programme run in editions, after the last edition the rules know: not the programme's end.
  "reason.edition-unknown": {
    pl: (a) => `Program jest prowadzony w kolejnych edycjach; biblioteka nie zna edycji obowiązującej w dniu ${a["date"]} (ostatnia znana trwała do ${a["ended"]}) — sprawdź w ośrodku, czy program trwa i na jakich warunkach.`,
    en: (a) => `The programme runs in successive editions; the library does not know an edition for ${a["date"]} (the last one it knows ran until ${a["ended"]}) — ask the office whether the programme goes on, and on what terms.`,
  },
  "reason.not-in-force": {
    pl: (a) => `Program nie obowiązuje w dniu ${a["date"]} (obowiązuje ${a["from"]} – ${a["to"]}).`,
    en: (a) => `The programme is not in force on ${a["date"]} (in force ${a["from"]} – ${a["to"]}).`,
  },
  // Świadczenia rodzinne and fundusz alimentacyjny: base-year income, złotówka za złotówkę.
  "family.income-unknown": {
    pl: (a) => `Brakuje dochodów z roku bazowego ${a["expected"]} (okres od ${a["periodStart"]}).`,
    en: (a) => `Incomes of the base year ${a["expected"]} are missing (period from ${a["periodStart"]}).`,
  },
  "family.year-mismatch": {
    pl: (a) => `Podano dochody z roku ${a["declared"]}, a okres od ${a["periodStart"]} wymaga roku bazowego ${a["expected"]}.`,
    en: (a) => `Incomes are given for ${a["declared"]}, but the period from ${a["periodStart"]} needs the base year ${a["expected"]}.`,
  },
  "family.farm-year": {
    pl: (a) => `Dochód z 1 ha przeliczeniowego za rok ${a["expected"]} (obwieszczenie Prezesa GUS) nie jest zapisany w regułach — wymaga oceny.`,
    en: (a) => `The income per 1 ha przeliczeniowy for ${a["expected"]} (announcement of the President of GUS) is not encoded — needs assessment.`,
  },
  "family.criterion-open": {
    pl: (a) => `Kryterium dochodowe w okresie od ${a["periodStart"]} nie jest ustalone (kwestia otwarta) — wymaga oceny.`,
    en: (a) => `The income criterion for the period from ${a["periodStart"]} is not established (open question) — needs assessment.`,
  },
  "family.raised-unknown": {
    pl: (a) => `Wynik zależy od tego, czy dziecko ma orzeczenie o niepełnosprawności (kryterium ${a["perPerson"]} zł albo ${a["raised"]} zł).`,
    en: (a) => `The result depends on whether a child has a disability certificate (criterion ${a["perPerson"]} zł or ${a["raised"]} zł).`,
  },
  "family.raised": {
    pl: (a) => `Dziecko z orzeczeniem o niepełnosprawności lub o umiarkowanym albo znacznym stopniu: kryterium ${a["raised"]} zł na osobę.`,
    en: (a) => `A child with a disability certificate (or moderate or severe degree): criterion ${a["raised"]} zł per person.`,
  },
  "family.pass": {
    pl: (a) => `Dochód rodziny ${a["monthly"]} zł miesięcznie (rok bazowy ${a["year"]}) ≤ ${a["threshold"]} zł (${a["perPerson"]} zł × ${a["members"]} os.).`,
    en: (a) => `Family income ${a["monthly"]} zł a month (base year ${a["year"]}) ≤ ${a["threshold"]} zł (${a["perPerson"]} zł × ${a["members"]} persons).`,
  },
  "family.fail": {
    pl: (a) => `Dochód rodziny ${a["monthly"]} zł miesięcznie (rok bazowy ${a["year"]}) > ${a["threshold"]} zł (${a["perPerson"]} zł × ${a["members"]} os.); zasada „złotówka za złotówkę” w tym okresie nie obowiązuje.`,
    en: (a) => `Family income ${a["monthly"]} zł a month (base year ${a["year"]}) > ${a["threshold"]} zł (${a["perPerson"]} zł × ${a["members"]} persons); "złotówka za złotówkę" does not apply in this period.`,
  },
  "family.taper-pass": {
    pl: (a) => `Dochód ${a["monthly"]} zł przekracza ${a["threshold"]} zł o ${a["excess"]} zł; „złotówka za złotówkę”: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł ≥ ${a["minimum"]} zł.`,
    en: (a) => `Income ${a["monthly"]} zł exceeds ${a["threshold"]} zł by ${a["excess"]} zł; "złotówka za złotówkę": ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł ≥ ${a["minimum"]} zł.`,
  },
  "family.taper-fail": {
    pl: (a) => `Dochód ${a["monthly"]} zł przekracza ${a["threshold"]} zł o ${a["excess"]} zł; „złotówka za złotówkę”: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł < ${a["minimum"]} zł — świadczenie nie przysługuje.`,
    en: (a) => `Income ${a["monthly"]} zł exceeds ${a["threshold"]} zł by ${a["excess"]} zł; "złotówka za złotówkę": ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł < ${a["minimum"]} zł — no benefit.`,
  },
  "family.taper-pass-children": {
    pl: (a) => `Dochód ${a["monthly"]} zł przekracza ${a["threshold"]} zł; przekroczenie na osobę ${a["excess"]} zł; „złotówka za złotówkę”: świadczenie co najmniej ${a["minimum"]} zł dla ${a["paid"]} z ${a["children"]} dzieci.`,
    en: (a) => `Income ${a["monthly"]} zł exceeds ${a["threshold"]} zł; excess per person ${a["excess"]} zł; "złotówka za złotówkę": at least ${a["minimum"]} zł for ${a["paid"]} of ${a["children"]} children.`,
  },
  "family.taper-fail-children": {
    pl: (a) => `Dochód ${a["monthly"]} zł przekracza ${a["threshold"]} zł; przekroczenie na osobę ${a["excess"]} zł; „złotówka za złotówkę”: dla żadnego dziecka świadczenie nie osiąga ${a["minimum"]} zł.`,
    en: (a) => `Income ${a["monthly"]} zł exceeds ${a["threshold"]} zł; excess per person ${a["excess"]} zł; "złotówka za złotówkę": for no child does the benefit reach ${a["minimum"]} zł.`,
  },
  "family.children-undetermined": {
    pl: (a) => `Nie wiadomo, czy świadczenie przysługuje na: ${a["members"]} — od tego zależy kwota.`,
    en: (a) => `It is not known whether the benefit is due for: ${a["members"]} — the amount depends on it.`,
  },
  "family.amount-open": {
    pl: () => "Kwota świadczenia w tym okresie nie jest ustalona w regułach (kwestia otwarta) — wymaga oceny.",
    en: () => "The benefit amount for this period is not established in the rules (open question) — needs assessment.",
  },
  "family.income": {
    pl: (a) =>
      `Rok bazowy ${a["year"]}: dochody ${a["incomes"]} zł + gospodarstwo rolne ${a["hectares"]} ha${a["perHectare"] ? ` × ${a["perHectare"]} zł` : ""} = ${a["farm"]} zł − utracony ${a["lost"]} zł − uzyskany w roku bazowym ${a["gainedIncluded"]} zł = ${a["annual"]} zł; ÷ ${a["months"]} + dochód uzyskany ${a["gained"]} zł = ${a["monthly"]} zł miesięcznie.`,
    en: (a) =>
      `Base year ${a["year"]}: incomes ${a["incomes"]} zł + farm ${a["hectares"]} ha${a["perHectare"] ? ` × ${a["perHectare"]} zł` : ""} = ${a["farm"]} zł − lost ${a["lost"]} zł − gained within the base year ${a["gainedIncluded"]} zł = ${a["annual"]} zł; ÷ ${a["months"]} + income gained ${a["gained"]} zł = ${a["monthly"]} zł a month.`,
  },
  "family.criterion": {
    pl: (a) => `Kryterium: ${a["perPerson"]} zł × ${a["members"]} os. = ${a["threshold"]} zł.`,
    en: (a) => `Criterion: ${a["perPerson"]} zł × ${a["members"]} persons = ${a["threshold"]} zł.`,
  },
  "family.child-band": {
    pl: (a) => `${a["member"]}: ${a["age"]} lat (przed ukończeniem ${a["below"]} lat) — ${a["amount"]} zł.`,
    en: (a) => `${a["member"]}: aged ${a["age"]} (under ${a["below"]}) — ${a["amount"]} zł.`,
  },
  "family.child-alimony": {
    pl: (a) => `${a["member"]}: alimenty ${a["awarded"]} zł, najwyżej ${a["max"]} zł — ${a["amount"]} zł.`,
    en: (a) => `${a["member"]}: alimony ${a["awarded"]} zł, at most ${a["max"]} zł — ${a["amount"]} zł.`,
  },
  "family.full": { pl: (a) => `Pełna kwota: ${a["full"]} zł miesięcznie.`, en: (a) => `Full amount: ${a["full"]} zł a month.` },
  "family.taper": {
    pl: (a) => `„Złotówka za złotówkę”: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł (nie mniej niż ${a["minimum"]} zł, inaczej nie przysługuje).`,
    en: (a) => `"Złotówka za złotówkę": ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł (at least ${a["minimum"]} zł, otherwise nothing).`,
  },
  "family.taper-child-paid": {
    pl: (a) => `${a["member"]}: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł ≥ ${a["minimum"]} zł — przysługuje.`,
    en: (a) => `${a["member"]}: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł ≥ ${a["minimum"]} zł — due.`,
  },
  "family.taper-child-not-paid": {
    pl: (a) => `${a["member"]}: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł < ${a["minimum"]} zł — nie przysługuje.`,
    en: (a) => `${a["member"]}: ${a["full"]} − ${a["excess"]} = ${a["reduced"]} zł < ${a["minimum"]} zł — not due.`,
  },
};

/** The members a `count` condition counted, and the applicant's children not listed. */
function countList(a: Args, lang: Lang): string {
  const parts: string[] = [];
  if (a["counted"]) parts.push(a["counted"]);
  if (a["notListed"] && a["notListed"] !== "0") parts.push(lang === "pl" ? `dzieci spoza gospodarstwa: ${a["notListed"]}` : `children not listed: ${a["notListed"]}`);
  return parts.length ? `: ${parts.join("; ")}` : "";
}

/** The failed condition a count quotes (its key is in `because`), after a dash. */
function because(a: Args, lang: Lang): string {
  const template = MESSAGES[a["because"] ?? ""];
  return template ? ` — ${template[lang](a, lang)}` : "";
}

/** A reason quoting the message of the condition that decided it (its key is in `condition`). */
function inner(a: Args, lang: Lang): string {
  const template = MESSAGES[a["condition"] ?? ""];
  return template ? template[lang](a, lang) : (a["condition"] ?? "");
}

function deadlineFrom(a: Args, lang: Lang): string {
  if (a["from"] === "custody") return lang === "pl" ? "objęcia opieką / przysposobienia" : "custody or adoption";
  return lang === "pl" ? "urodzenia" : "birth";
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
