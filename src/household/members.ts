import type { Member } from "./schema.js";

/**
 * Where the applicant stands among the members (validation makes sure there is exactly one).
 * An index loop: the members may be frozen (../freeze.ts).
 */
export function applicantIndexOf(members: readonly Member[]): number {
  for (let i = 0; i < members.length; i++) if ((members[i] as Member).role === "applicant") return i;
  return -1;
}
