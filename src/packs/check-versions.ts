import { shiftDays } from "../dates.js";
import type { Rule } from "../rules/schema.js";
import { type PackIssue, packIssue } from "./issue.js";

/** Shortest instrument and publication a citation names (a title and where it was published, not a placeholder). */
const CITATION = { instrument: 11, publication: 4 } as const;

/**
 * A rule's versions: in order, each ending before the next begins, with no gap a `gaps` entry
 * does not explain and no overlap; a citation on every one; a parameter left open (`null`) only
 * where an open question names it; the same parameter names in every version sharing the
 * rule's conditions; a programme run in editions not left open-ended past its last edition
 * unless it says why.
 */
export function checkVersions(rule: Rule): PackIssue[] {
  const issues: PackIssue[] = [];
  const add = (at: readonly (string | number)[], code: string, pl: string, en: string) => issues.push(packIssue(rule.source, at, code, { pl, en }));
  const { versions } = rule;
  versions.forEach((v, i) => {
    if (v.to !== undefined && v.to < v.from) add(["versions", i, "to"], "version-ends-before-start", `wersja kończy się (${v.to}) przed początkiem (${v.from})`, `the version ends (${v.to}) before it begins (${v.from})`);
    const next = versions[i + 1];
    if (next === undefined) return;
    if (v.to === undefined) {
      add(["versions", i, "to"], "open-version-not-last", `wersja od ${v.from} nie ma końca, a nie jest ostatnia`, `the version from ${v.from} has no end but is not the last`);
      return;
    }
    if (next.from <= v.to) {
      add(["versions", i + 1, "from"], "versions-overlap", `wersja od ${next.from} zaczyna się, zanim poprzednia się kończy (${v.to})`, `the version from ${next.from} begins before the one before it ends (${v.to})`);
      return;
    }
    const dayAfter = shiftDays(v.to, 1);
    const dayBefore = shiftDays(next.from, -1);
    if (next.from !== dayAfter && !(rule.gaps ?? []).some((g) => g.from === dayAfter && g.to === dayBefore)) {
      add(["versions", i + 1, "from"], "undeclared-gap", `luka ${dayAfter} – ${dayBefore} bez wyjaśnienia: dodaj ją do gaps z powodem`, `gap ${dayAfter} – ${dayBefore} not explained: add it to gaps with its reason`);
    }
  });
  versions.forEach((v, i) => {
    if (v.reference.instrument.length < CITATION.instrument) add(["versions", i, "reference", "instrument"], "citation-instrument", "cytowanie musi nazywać akt (tytuł aktu)", "the citation must name the instrument (its title)");
    if (v.reference.publication.length < CITATION.publication) add(["versions", i, "reference", "publication"], "citation-publication", "cytowanie musi wskazać publikację (dziennik ustaw, monitor, dziennik urzędowy województwa)", "the citation must give the publication (the journal of laws, the monitor, the voivodeship's official journal)");
  });
  const last = versions[versions.length - 1];
  if (rule.editions !== undefined && rule.kind !== "programme") add(["editions"], "editions-not-programme", "tylko program może być prowadzony w edycjach", "only a programme can run in editions");
  else if (rule.editions !== undefined && last !== undefined && last.to === undefined && rule.editions.openEnded === undefined) {
    add(
      ["versions", versions.length - 1, "to"],
      "edition-open-ended",
      `program prowadzony w edycjach: wersja od ${last.from} musi kończyć się z końcem swojej edycji albo editions.openEnded musi wyjaśnić dlaczego nie`,
      `a programme run in editions: the version from ${last.from} must end with its edition, or editions.openEnded must say why not`,
    );
  }
  const explained = new Set((rule.openQuestions ?? []).flatMap((q) => q.parameters ?? []));
  versions.forEach((v, i) => {
    for (const [name, value] of Object.entries(v.parameters)) {
      if (value === null && !explained.has(name)) add(["versions", i, "parameters", name], "open-parameter", `parametr ${name} jest nieustalony (null), a żadna kwestia otwarta go nie wymienia`, `parameter ${name} is open (null) but no open question names it`);
    }
  });
  const shared = versions.map((v, i) => [v, i] as const).filter(([v]) => v.conditions === undefined);
  const first = shared[0];
  if (first !== undefined) {
    const names = Object.keys(first[0].parameters).sort().join(", ");
    for (const [v, i] of shared.slice(1)) {
      const own = Object.keys(v.parameters).sort().join(", ");
      if (own !== names) add(["versions", i, "parameters"], "parameter-names", `wersja od ${v.from} ma inne parametry (${own}) niż wersja od ${first[0].from} (${names}), a obie stosują warunki reguły`, `the version from ${v.from} has other parameters (${own}) than the one from ${first[0].from} (${names}), and both apply the rule's conditions`);
    }
  }
  return issues;
}
