import type { Text3 } from "../language.js";
import type { AnswerKind } from "./kinds.js";

/** A question for one missing fact, with everything a face needs to ask it and write the answer. */
export interface Question {
  /** Where the answer goes in the household (also the question's id), e.g. `members[1].birthDate`. */
  readonly path: string;
  /** The catalogue field it is an instance of, e.g. `members[].birthDate`. */
  readonly field: string;
  /** The member it is about, when it is a member's. */
  readonly member?: { readonly index: number; readonly id: string; readonly name: string } | undefined;
  /** The question, the member named: "Zosia: czy uczy się w szkole lub w szkole wyższej?". */
  readonly text: Text3;
  readonly help: Text3;
  readonly kind: AnswerKind;
  /** The programmes whose answer depends on it, by id, in the order they were given. */
  readonly programmes: readonly string[];
}
