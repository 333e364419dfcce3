import type { Degree } from "./vocabulary.js";
import type { DisabilityEvidence } from "./schema.js";

/** Strongest first; a rule asking for "umiarkowany" is met by "znaczny" only if it lists it. */
export type Validity = "valid" | "expired" | "not-yet-valid" | "unknown";

export interface DegreeFinding {
  /** Index in the member's `disability` list. */
  readonly index: number;
  readonly degree: Degree;
  readonly validity: Validity;
  /** How the degree was obtained: directly, or by an equivalence of art. 5 / art. 62. */
  readonly via: string;
}

export function validityOn(evidence: DisabilityEvidence, date: string): Validity {
  if (evidence.validFrom !== undefined && date < evidence.validFrom) return "not-yet-valid";
  if (evidence.validUntil === undefined) return "unknown";
  if (evidence.validUntil === "permanent" || date <= evidence.validUntil) return "valid";
  return "expired";
}

/** The equivalence key of a finding in `pl/niepelnosprawnosc/rownowaznosc-orzeczen`. */
function equivalenceKey(evidence: DisabilityEvidence): string | undefined {
  switch (evidence.kind) {
    case "zus":
      return `zus/${evidence.finding}`;
    case "grupa-inwalidzka":
      return `grupa/${evidence.group}`;
    case "krus":
      return evidence.withZasilekPielegnacyjny ? "krus/z-zasilkiem-pielegnacyjnym" : "krus/bez-zasilku-pielegnacyjnego";
    default:
      return undefined;
  }
}

/**
 * The stopień each piece of evidence amounts to on `date`, applying the equivalences of
 * art. 5 and art. 62 of the rehabilitation act (`table`). A child's orzeczenie has no degree.
 */
export function degreeFindings(
  evidence: readonly DisabilityEvidence[],
  date: string,
  table: Readonly<Record<string, string>>,
): DegreeFinding[] {
  const findings: DegreeFinding[] = [];
  for (let index = 0; index < evidence.length; index++) {
    const e = evidence[index] as DisabilityEvidence;
    if (e.kind === "stopien") {
      findings.push({ index, degree: e.degree, validity: validityOn(e, date), via: "stopien" });
      continue;
    }
    const key = equivalenceKey(e);
    const degree = key === undefined ? undefined : table[key];
    if (degree !== undefined) findings.push({ index, degree: degree as Degree, validity: validityOn(e, date), via: key ?? e.kind });
  }
  return findings;
}
