import type { Lang } from "../errors.js";
import type { ConditionSpec, Rule } from "../rules/schema.js";
import { label } from "./labels.js";

/**
 * A condition of a rule file in plain words, for the rulebook and `rules show`. Conditions
 * with a `label` in their rule file are described by it; the core vocabulary has sentences of
 * its own; anything else is shown by its kind and fields, so nothing is hidden.
 */
export function describeCondition(spec: ConditionSpec, lang: Lang): string {
  const pl = lang === "pl";
  const own = spec.label?.[lang];
  const text = ((): string => {
    switch (spec.kind) {
      case "income": {
        const op = spec.operator === "lte" ? (pl ? "nie przekracza" : "does not exceed") : pl ? "jest niższy od" : "is lower than";
        const pct = spec.percent ? ` × ${spec.percent}` : "";
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
        return `${who} ${op} ${base}${pct} [${spec.criterion}]`;
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
        const parts = [spec.min ? `≥ ${spec.min}` : "", spec.below ? `< ${spec.below}` : ""].filter(Boolean).join(pl ? " i " : " and ");
        return `${pl ? "Wiek" : "Age"} ${parts}${spec.method === "birth-year" ? (pl ? " (rocznikowo)" : " (by birth year)") : pl ? " (k.c. art. 112)" : " (Civil Code art. 112)"}`;
      }
      case "retirement-age":
        return pl ? `Wiek emerytalny (kobiety: ${spec.female}, mężczyźni: ${spec.male})` : `Retirement age (women: ${spec.female}, men: ${spec.male})`;
      case "disability":
        return `${pl ? "Orzeczenie o stopniu" : "Disability degree"}: ${label(spec.degrees.join(", "), lang)} ${pl ? "(lub równoważne, art. 5 i 62)" : "(or equivalent, art. 5 and 62)"}`;
      case "any-of":
        return `${pl ? "Jeden z warunków" : "One of"}: ${spec.conditions.map((c) => describeCondition(c, lang)).join(pl ? " albo " : " or ")}`;
      default: {
        const fields = Object.entries(spec).filter(([k]) => !["kind", "label", "basis", "conditions"].includes(k));
        const nested = "conditions" in spec && Array.isArray(spec.conditions) ? ` (${(spec.conditions as ConditionSpec[]).map((c) => describeCondition(c, lang)).join("; ")})` : "";
        return `${spec.kind}${fields.length ? `: ${fields.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}` : ""}${nested}`;
      }
    }
  })();
  const basis = spec.basis ? ` — ${spec.basis}` : "";
  return own ? `${own} (${text})${basis}` : `${text}${basis}`;
}

/** Every article a rule cites: its legal basis, its conditions' bases and its versions' provisions. */
export function citedProvisions(rule: Rule): string[] {
  const walk = (c: ConditionSpec): string[] => [c.basis ?? "", ...("conditions" in c && Array.isArray(c.conditions) ? (c.conditions as ConditionSpec[]).flatMap(walk) : [])];
  return [...new Set([...(rule.conditions ?? []).flatMap(walk)].filter(Boolean))];
}
