import type { Text3 } from "../language.js";
import type { AnswerKind } from "./kinds.js";
import { expectedBaseYears } from "./base-year.js";
import { FACTS, type Fact, type FactContext, memberName } from "./catalogue.js";
import { fieldOf, memberIndexOf } from "./paths.js";
import type { Question } from "./question.js";

/** What questions are asked from: an `Evaluation` or a `Decision` (each result's programme and missing facts). */
export interface MissingFacts {
  readonly date: string;
  readonly results: readonly { readonly programme: string; readonly missing: readonly string[] }[];
}

const RANK: ReadonlyMap<string, number> = new Map(FACTS.map((f, i) => [f.field, i]));
const BY_FIELD: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.field, f]));

/** The catalogue's entry for a field (`members[].birthDate`), if it has one. */
export function factOf(field: string): Fact | undefined {
  return BY_FIELD.get(field);
}

type Json = Readonly<Record<string, unknown>>;

function membersOf(household: Json): readonly Json[] {
  const members = household["members"];
  return Array.isArray(members) ? (members as Json[]) : [];
}

function fill(text: Text3, who: string | undefined, year: string): Text3 {
  const one = (s: string) => (who === undefined ? s : `${who}: ${s}`).replaceAll("{year}", year);
  return { pl: one(text.pl), en: one(text.en), uk: one(text.uk) };
}

/**
 * The question for one missing path of `household`, or `undefined` when the catalogue has none;
 * with the programmes asking and the date, the base year's question suggests the year they call for.
 *
 * @example
 * ```ts
 * import { questionFor } from "kryterium/questions";
 * 
 * const household = { members: [{ id: "Zosia", role: "applicant" }] };
 * questionFor("members[0].incomes", household)?.text.pl; // a question naming Zosia
 * ```
 */
export function questionFor(path: string, household: unknown, programmes: readonly string[] = [], date?: string): Question | undefined {
  const field = fieldOf(path);
  const fact = BY_FIELD.get(field);
  if (fact === undefined) return undefined;
  const h = (household !== null && typeof household === "object" ? household : {}) as Json;
  const members = membersOf(h);
  const memberIndex = fact.member ? memberIndexOf(path, members) : undefined;
  const member = memberIndex === undefined ? undefined : members[memberIndex];
  const name = member === undefined ? undefined : memberName(member);
  const baseYear = h["baseYear"] as { year?: unknown } | undefined;
  const ctx: FactContext = { household: h, memberIndex };
  return {
    path,
    field,
    member: memberIndex === undefined || name === undefined ? undefined : { index: memberIndex, id: String(member?.["id"]), name },
    text: fill(fact.question, name, String(baseYear?.year ?? "")),
    help: fill(fact.help, undefined, String(baseYear?.year ?? "")),
    kind: suggestYear(fact.kind(ctx), field, programmes, date),
    programmes,
  };
}

function suggestYear(kind: AnswerKind, field: string, programmes: readonly string[], date: string | undefined): AnswerKind {
  if (kind.type !== "count" || (field !== "baseYear" && field !== "baseYear.year") || date === undefined) return kind;
  const [year] = expectedBaseYears(programmes, date);
  return year === undefined ? kind : { ...kind, suggested: year };
}

/**
 * The questions whose answers would decide what `result` left undecided: one per missing input
 * path, de-duplicated across programmes, in the catalogue's order (what most programmes need
 * first), a member's questions in the members' order. A member's own art. 7 situations are not
 * asked when the household's are: either answers the condition. A path the catalogue does not
 * know is left out (test/questions.test.ts keeps the catalogue complete).
 *
 * @example
 * ```ts
 * import { decide } from "kryterium";
 * import { questionsFor } from "kryterium/questions";
 * 
 * const decision = decide(household);
 * for (const q of questionsFor(decision, household)) console.log(q.path, q.text.pl, q.kind.type);
 * ```
 */
export function questionsFor(result: MissingFacts, household: unknown): Question[] {
  const asking = new Map<string, string[]>();
  for (const r of result.results) {
    for (const path of r.missing) {
      const programmes = asking.get(path);
      if (programmes === undefined) asking.set(path, [r.programme]);
      else if (!programmes.includes(r.programme)) programmes.push(r.programme);
    }
  }
  const householdSituations = asking.has("situations");
  const questions: Question[] = [];
  for (const [path, programmes] of asking) {
    if (householdSituations && fieldOf(path) === "members[].situations") continue;
    const q = questionFor(path, household, programmes, result.date);
    if (q !== undefined) questions.push(q);
  }
  const order = (q: Question) => RANK.get(q.field) ?? RANK.size;
  return questions.sort((a, b) => order(a) - order(b) || (a.member?.index ?? -1) - (b.member?.index ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
