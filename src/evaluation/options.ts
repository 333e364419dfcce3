import { concernsHousehold } from "../conditions/jurisdiction.js";
import { KryteriumError } from "../errors.js";
import type { Household } from "../household/schema.js";
import type { EvaluateOptions } from "../options.js";
import type { Catalogue } from "../rules/registry.js";
import { type LawOnDate, type Programme, lastEditionEnded } from "./law-on-date.js";

/** The options checked (`checkedOptions`), and the date they ask for: the household's evaluation date when they name none. */
export function dateOf(options: EvaluateOptions, household: Household): string {
  return options.date ?? household.evaluationDate;
}

/**
 * The programmes to answer. Asked for by id: always answered (a programme not in force, or of
 * another gmina, says so), an unknown id refused. Otherwise: every programme in force on the
 * date that concerns the household's municipality (`teryt`, as the engine's register resolves it).
 */
export function programmesOf(options: EvaluateOptions, catalogue: Catalogue, law: LawOnDate, teryt: string | undefined): readonly Programme[] {
  const requested = options.programmes;
  if (requested === undefined) return law.inForce.filter((p) => concernsHousehold(p.rule, teryt));
  const programmes = catalogue.programmes.filter((r) => requested.includes(r.id)).map((rule) => ({ rule, edition: law.editions.get(rule), lastEditionEnded: lastEditionEnded(rule, law.date) }));
  const unknown = requested.filter((id) => !programmes.some((p) => p.rule.id === id));
  if (unknown.length) throw new KryteriumError("invalid-option", `Unknown programme: ${unknown.join(", ")}`);
  return programmes;
}
