/**
 * kryterium/questions — the facts a decision is missing, as questions a person is asked (Polish,
 * English, Ukrainian), and the interview loop that asks them. A subpath of its own: the questions
 * in three languages stay out of the bundle of an app that only decides.
 */
export { applyAnswer, interview, type Answers, type InterviewOptions, type InterviewStep } from "./interview.js";
export { questionFor, questionsFor, type MissingFacts } from "./questions-for.js";
export { parseAnswer, type ParsedAnswer } from "./parse-answer.js";
export type { AnswerKind, AnswerValue, ChoiceOption, ListField } from "./kinds.js";
export type { Question } from "./question.js";
export type { Language, Text3 } from "../language.js";
