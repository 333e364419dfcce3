import type { AnswerValue, Question } from "../../src/questions/index.js";

/** A valid answer to any question, as a person could give it: the first option, none, zero, a date in the past. */
export function someAnswer(q: Question, date: string): AnswerValue {
  const k = q.kind;
  switch (k.type) {
    case "yes-no":
      return false;
    case "date":
      return k.alternatives?.[0]?.code ?? (q.field === "members[].birthDate" ? "1990-01-01" : date);
    case "money":
      return "0";
    case "decimal":
      return "0";
    case "count":
      return k.suggested ?? k.min;
    case "choice":
      return k.multiple ? [] : (k.options[0]?.code ?? "");
    case "list":
      return [];
  }
}
