import { decide, type Decision, type EvaluateOptions } from "../evaluate.js";
import type { InputIssue } from "../errors.js";
import { validateHousehold } from "../evaluate.js";
import type { AnswerValue, ChoiceOption } from "./kinds.js";
import { withValueAt } from "./paths.js";
import type { Question } from "./question.js";
import { factOf, questionFor, questionsFor } from "./questions-for.js";
import { fieldOf } from "./paths.js";

/** Answers by question path; `null` is "don't know" (skipped: not asked again). */
export type Answers = Readonly<Record<string, AnswerValue | null>>;

export interface InterviewOptions extends EvaluateOptions {
  /** What decides (default: the library's `decide`; an engine's over rule packs serves as well). */
  readonly decide?: (household: unknown, options: EvaluateOptions) => Decision;
}

/** One step of an interview: the next question, the decision once nothing askable is left, or what makes the answers invalid. */
export type InterviewStep =
  | { readonly status: "question"; readonly question: Question; readonly remaining: number; readonly household: unknown; readonly decision: Decision }
  | { readonly status: "decided"; readonly household: unknown; readonly decision: Decision; readonly unanswered: readonly Question[] }
  | { readonly status: "invalid"; readonly household: unknown; readonly issues: readonly InputIssue[] };

function optionValue(options: readonly ChoiceOption[], code: unknown, path: string): unknown {
  const found = options.find((o) => o.code === code);
  if (found === undefined) throw new RangeError(`${path}: no option ${String(code)}`);
  return found.value;
}

/**
 * `household` with the answer to the question at `path` written in (a copy; the household given
 * is not changed). A choice's answer is its option's code (codes, when several may be chosen); a
 * list's, its entries, empty optional fields left out. `null` (don't know) leaves it as it was.
 *
 * @example
 * ```ts
 * import { applyAnswer } from "kryterium/questions";
 * 
 * const next = applyAnswer(household, "members[0].incomes", []); // no income
 * ```
 */
export function applyAnswer<T>(household: T, path: string, answer: AnswerValue | null): T {
  if (answer === null) return household;
  const fact = factOf(fieldOf(path));
  const question = questionFor(path, household);
  if (fact === undefined || question === undefined) throw new RangeError(`${path}: not a question of the catalogue`);
  const kind = question.kind;
  let value: unknown = answer;
  if (kind.type === "choice") {
    value = kind.multiple ? (answer as readonly string[]).map((c) => optionValue(kind.options, c, path)) : optionValue(kind.options, answer, path);
  } else if (kind.type === "date" && kind.alternatives?.some((o) => o.code === answer)) {
    value = optionValue(kind.alternatives, answer, path);
  } else if (kind.type === "list") {
    value = (answer as readonly Readonly<Record<string, unknown>>[]).map((entry) =>
      Object.fromEntries(kind.item.flatMap((f) => (entry[f.key] === undefined || entry[f.key] === "" ? [] : [[f.key, entry[f.key]]]))),
    );
  }
  return withValueAt(household, path, fact.write ? fact.write(value as AnswerValue) : value);
}

/**
 * The interview loop as one pure step: the household with the answers so far written in,
 * decided, and the first question its missing facts raise that has not been answered or
 * skipped — or "decided" when none is left. Call it again with the new answer added.
 *
 * @example
 * ```ts
 * import { interview, type AnswerValue } from "kryterium/questions";
 * 
 * const answers: Record<string, AnswerValue | null> = {};
 * let step = interview(household, answers);
 * while (step.status === "question") {
 *   answers[step.question.path] = await ask(step.question); // your form
 *   step = interview(household, answers);
 * }
 * ```
 */
export function interview(household: unknown, answers: Answers, options: InterviewOptions = {}): InterviewStep {
  let current = household;
  for (const [path, answer] of Object.entries(answers)) current = applyAnswer(current, path, answer);
  const checked = validateHousehold(current);
  if (!checked.ok) return { status: "invalid", household: current, issues: checked.issues };
  const { decide: decideWith = decide, ...evaluateOptions } = options;
  const decision = decideWith(checked.household, evaluateOptions);
  const open = questionsFor(decision, current).filter((q) => !Object.prototype.hasOwnProperty.call(answers, q.path));
  const next = open[0];
  if (next === undefined) {
    const unanswered = questionsFor(decision, current);
    return { status: "decided", household: current, decision, unanswered };
  }
  return { status: "question", question: next, remaining: open.length, household: current, decision };
}
