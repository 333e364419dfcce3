import { everyCondition } from "../conditions/index.js";
import type { Lang } from "../errors.js";
import type { ConditionSpec, Rule } from "../rules/schema.js";
import { factLabel } from "./fact-labels.js";
import { label } from "./labels.js";
import { pct100 } from "./messages.js";

/**
 * What a description can say beyond the rule file's conditions: the value of a parameter the
 * conditions name (as the rule's versions set it) and the title of a rule they refer to.
 */
export interface DescribeContext {
  /** The parameter's value in words, each value as `show` puts it — "18 lat", or "18 lat (od 2025-01-01: 16 lat)" when versions differ. */
  readonly parameter: (name: string, show?: (value: string) => string) => string;
  /** The title of the rule `id` (a criterion, a register), or undefined when it is not known. */
  readonly titleOf: (id: string) => string | undefined;
}

/** The parameters of `rule` in words, each as its versions set it, and other rules' titles from `rules`. */
export function describeContext(rule: Rule, rules: readonly Rule[], lang: Lang): DescribeContext {
  const titles = new Map(rules.map((r) => [r.id, r.title[lang]]));
  return {
    parameter(name, show = (value) => value) {
      const values: { from: string; value: string }[] = [];
      for (const v of rule.versions) {
        if (!Object.hasOwn(v.parameters, name)) continue;
        const given = v.parameters[name];
        const value = given === null || given === undefined ? (lang === "pl" ? "nieznane" : "unknown") : show(given);
        if (values[values.length - 1]?.value !== value) values.push({ from: v.from, value });
      }
      const [first, ...later] = values;
      if (first === undefined) return lang === "pl" ? "(nieustalone)" : "(not set)";
      return later.length === 0 ? first.value : `${first.value} (${later.map((l) => `${lang === "pl" ? "od" : "from"} ${l.from}: ${l.value}`).join("; ")})`;
    },
    titleOf: (id) => titles.get(id),
  };
}

const ROLES: Readonly<Record<string, { pl: string; en: string }>> = {
  applicant: { pl: "wnioskodawca", en: "the applicant" },
  spouse: { pl: "małżonek", en: "spouse" },
  partner: { pl: "partner", en: "partner" },
  child: { pl: "dziecko", en: "child" },
  parent: { pl: "rodzic", en: "parent" },
  sibling: { pl: "rodzeństwo", en: "sibling" },
  grandparent: { pl: "dziadek lub babcia", en: "grandparent" },
  other: { pl: "inna osoba", en: "another person" },
};

/**
 * A condition of a rule file in plain words, for the rulebook and `rules show`: every condition
 * kind has its sentence (the switch is exhaustive, so a new kind does not compile without one),
 * parameters appear by their values and other rules by their titles — never the rule file's
 * syntax. A condition's own `label` comes first, its words after it in brackets.
 */
export function describeCondition(spec: ConditionSpec, lang: Lang, ctx: DescribeContext): string {
  const pl = lang === "pl";
  const words = (l: { pl: string; en: string }) => l[lang];
  const each = (conditions: readonly ConditionSpec[], joiner: string) => conditions.map((c) => describeCondition(c, lang, ctx)).join(joiner);
  const years = (name: string) => ctx.parameter(name, (v) => `${v} ${pl ? "lat" : "years"}`);
  const criterion = (id: string) => ctx.titleOf(id) ?? (pl ? "kryterium dochodowe" : "the income criterion");
  const text = ((): string => {
    switch (spec.kind) {
      case "income": {
        const op = spec.operator === "lte" ? (pl ? "nie przekracza" : "does not exceed") : pl ? "jest niższy od" : "is lower than";
        const pct = spec.percent ? ` × ${ctx.parameter(spec.percent, (v) => `${pct100(v)} %`)}` : "";
        const who =
          spec.scope === "claimant"
            ? pl ? "Własny dochód osoby w rodzinie" : "The family member's own income"
            : pl ? "Dochód (art. 8)" : "Income (art. 8)";
        const base =
          spec.scope === "claimant"
            ? pl ? "kryterium na osobę" : "the per-person criterion"
            : spec.scope === "family-per-person"
              ? pl ? "kryterium na osobę × liczba osób" : "the per-person criterion × members"
              : pl ? "kryterium (osoba samotna: na osobę samotną; rodzina: na osobę × liczba osób)" : "the criterion (single: single-person; family: per person × members)";
        return `${who} ${op} ${base}${pct} (${criterion(spec.criterion)})`;
      }
      case "base-year-income": {
        const raised = spec.raisedWhen
          ? pl ? `; kryterium podwyższone, gdy: ${describeCondition(spec.raisedWhen, lang, ctx)}` : `; a raised criterion when: ${describeCondition(spec.raisedWhen, lang, ctx)}`
          : "";
        return pl
          ? `Dochód rodziny na osobę z roku bazowego nie przekracza kryterium (${criterion(spec.criterion)})${raised}; w wersjach z zasadą „złotówka za złotówkę” powyżej kryterium świadczenie pomniejszone o nadwyżkę`
          : `The family's base-year income per person does not exceed the criterion (${criterion(spec.criterion)})${raised}; in the versions with "złotówka za złotówkę", above it the benefit is reduced by the excess`;
      }
      case "situation":
        return spec.anyOf
          ? `${pl ? "Sytuacja" : "Situation"}: ${label(spec.anyOf.join(", "), lang)}${spec.otherwise === "assess" ? (pl ? " (lista otwarta)" : " (open list)") : ""}`
          : pl ? "Co najmniej jedna sytuacja z art. 7" : "At least one art. 7 situation";
      case "residence":
        return `${pl ? "Status pobytu" : "Residence"}: ${label(spec.full.join(", "), lang)}${spec.assess?.length ? `; ${pl ? "do oceny" : "to assess"}: ${label(spec.assess.join(", "), lang)}` : ""}${
          spec.permitGrounds ? `; ${pl ? "pobyt czasowy tylko na podstawie" : "temporary permit only under"}: ${label(spec.permitGrounds.join(", "), lang)}` : ""
        }${(spec.periods ?? [])
          .map((p) => `; ${p.from} – ${p.to ?? "…"}: ${label([...(p.full ?? []), ...(p.assess ?? [])].join(", "), lang)}${p.full?.length ? "" : pl ? " (do oceny)" : " (to assess)"}`)
          .join("")}`;
      case "age": {
        const parts = [spec.min ? `${pl ? "co najmniej" : "at least"} ${years(spec.min)}` : "", spec.below ? `${pl ? "poniżej" : "under"} ${years(spec.below)}` : ""].filter(Boolean).join(pl ? " i " : " and ");
        return `${pl ? "Wiek" : "Age"} ${parts}${spec.method === "birth-year" ? (pl ? " (rocznikowo)" : " (by birth year)") : pl ? " (k.c. art. 112)" : " (Civil Code art. 112)"}`;
      }
      case "retirement-age":
        return pl ? `Wiek emerytalny (kobiety: ${years(spec.female)}, mężczyźni: ${years(spec.male)})` : `Retirement age (women: ${years(spec.female)}, men: ${years(spec.male)})`;
      case "disability":
        return `${pl ? "Orzeczenie o stopniu" : "Disability degree"}: ${label(spec.degrees.join(", "), lang)} ${pl ? "(lub równoważne, art. 5 i 62)" : "(or equivalent, art. 5 and 62)"}`;
      case "child-disability": {
        const indications = spec.indications?.length ? (pl ? ` ze wskazaniami w pkt ${spec.indications.join(" i ")}` : ` with the indications in points ${spec.indications.join(" and ")}`) : "";
        return pl ? `Orzeczenie o niepełnosprawności (dziecko do 16 lat)${indications}` : `Disability certificate (a child under 16)${indications}`;
      }
      case "fact": {
        const fact = factLabel(`members[].${spec.fact}`, lang);
        return spec.equals === false ? `${pl ? "Wykluczone" : "Ruled out"}: ${fact}` : `${pl ? "Potwierdzone" : "Confirmed"}: ${fact}`;
      }
      case "relation":
        return `${pl ? "Wnioskodawca jest dla tej osoby" : "The applicant is this person's"}: ${label(spec.anyOf.join(", "), lang)}`;
      case "prenatal-care": {
        const exempt = spec.exempt?.length ? (pl ? `; nie dotyczy: ${label(spec.exempt.join(", "), lang)}` : `; not required of: ${label(spec.exempt.join(", "), lang)}`) : "";
        return pl
          ? `Matka pod opieką medyczną najpóźniej od ${ctx.parameter(spec.latestWeek)}. tygodnia ciąży do porodu${exempt}`
          : `The mother under medical care from week ${ctx.parameter(spec.latestWeek)} of pregnancy at the latest until the birth${exempt}`;
      }
      case "application-deadline": {
        const months = ctx.parameter(spec.months);
        const carers = spec.carers?.length
          ? pl
            ? `; ${label(spec.carers.join(", "), lang)}: od objęcia opieką lub przysposobienia${spec.carerAgeLimit ? `, najpóźniej do ${years(spec.carerAgeLimit)} dziecka` : ""}`
            : `; ${label(spec.carers.join(", "), lang)}: from taking the child into care or adoption${spec.carerAgeLimit ? `, until the child is ${years(spec.carerAgeLimit)} at the latest` : ""}`
          : "";
        const holidays = spec.holidays ? (pl ? "; termin kończący się w dzień wolny przechodzi na następny dzień roboczy" : "; a deadline on a day off moves to the next working day") : "";
        return pl ? `Wniosek złożony w ciągu ${months} miesięcy od narodzin dziecka${carers}${holidays}` : `Application within ${months} months of the birth${carers}${holidays}`;
      }
      case "count": {
        const roles = spec.who.roles?.map((r) => (Object.hasOwn(ROLES, r) ? words(ROLES[r] as { pl: string; en: string }) : r)) ?? [];
        const who = [...roles, ...(spec.who.caredFor ? [pl ? "osoby pod jego opieką" : "those in their care"] : [])].join(pl ? " lub " : " or ") || (pl ? "osoby w gospodarstwie" : "household members");
        const flag = spec.who.flag ? ` (${factLabel(`members[].flags.${spec.who.flag}`, lang)})` : "";
        const min = spec.min ? ctx.parameter(spec.min) : "1";
        const also = spec.alsoCount === "childrenNotListed" ? (pl ? "; liczą się też dzieci spoza gospodarstwa" : "; children not listed in the household count too") : "";
        return pl
          ? `Co najmniej ${min}: ${who}${flag}, spełniający: ${each(spec.conditions, "; ")}${also}`
          : `At least ${min}: ${who}${flag}, meeting: ${each(spec.conditions, "; ")}${also}`;
      }
      case "household-type":
        return `${pl ? "Gospodarstwo" : "Household"}: ${spec.anyOf.map((t) => (t === "single" ? (pl ? "osoba samotnie gospodarująca" : "a person living alone") : pl ? "rodzina" : "a family")).join(pl ? " albo " : " or ")}`;
      case "assessment":
        return `${pl ? "Ocena pracownika" : "A caseworker's assessment"}: ${spec.reason[lang]}${spec.openQuestion ? (pl ? " (kwestia otwarta)" : " (an open question)") : ""}`;
      case "priority":
        return `${pl ? "Pierwszeństwo (nie warunek)" : "Priority (not a condition)"}: ${each(spec.conditions, pl ? " albo " : " or ")}`;
      case "any-of":
        return `${pl ? "Jeden z warunków" : "One of"}: ${each(spec.conditions, pl ? " albo " : " or ")}`;
      case "all-of":
        return `${pl ? "Wszystkie" : "All of"}: ${each(spec.conditions, "; ")}`;
      default: {
        const unknown: never = spec;
        return String((unknown as { kind: string }).kind);
      }
    }
  })();
  const basis = spec.basis ? ` — ${spec.basis}` : "";
  const own = spec.label?.[lang];
  return own ? `${own} (${text})${basis}` : `${text}${basis}`;
}

/**
 * The provisions a rule's conditions cite, each once: the rule's conditions, then those of the
 * versions that replace them, with every condition nested in them (a raised criterion's too).
 */
export function citedProvisions(rule: Rule): string[] {
  const specs = [...(rule.conditions ?? []), ...rule.versions.flatMap((v) => v.conditions ?? [])];
  return [...new Set(everyCondition(specs).flatMap((c) => (c.basis ? [c.basis] : [])))];
}
