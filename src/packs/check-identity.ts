import { type PackIssue, packIssue } from "./issue.js";

/**
 * A gmina's TERYT (TERC) identifier: województwo (an even number 02–32), powiat, gmina, and the
 * kind of unit (1 urban, 2 rural, 3 urban-rural, 4 and 5 the town and the rural area of an
 * urban-rural gmina, 8 a Warsaw district, 9 a delegatura).
 */
const TERYT = /^(?:0[2468]|[12][02468]|3[02])(?:0[1-9]|[1-9][0-9])(?:0[1-9]|[1-9][0-9])[1-589]$/;

/** Whether `code` is "pl" or a well-formed TERYT code of a gmina. */
export function isJurisdiction(code: string): boolean {
  return code === "pl" || TERYT.test(code);
}

/** What the identity checks need of one pack: its id and jurisdiction, and each rule's id and jurisdiction with its place. */
export interface PackIdentity {
  readonly id: string;
  readonly jurisdiction: string;
  readonly manifestFile: string;
  readonly rules: ReadonlyArray<{ readonly id: string; readonly jurisdiction: string; readonly file: string }>;
}

/**
 * Who the packs are, across all of them: pack ids unique; each rule's id in its pack's name
 * space (`<pack>/…`) and unique among all the packs; jurisdictions well-formed TERYT codes, a
 * rule's the same as its pack's (a gmina's pack holds that gmina's programmes).
 */
export function checkIdentity(packs: readonly PackIdentity[]): PackIssue[] {
  const issues: PackIssue[] = [];
  const packFiles = new Map<string, string>();
  const ruleFiles = new Map<string, string>();
  for (const pack of packs) {
    const first = packFiles.get(pack.id);
    if (first !== undefined) issues.push(packIssue(pack.manifestFile, ["id"], "duplicate-pack", { pl: `pakiet ${pack.id} jest już wczytany (${first})`, en: `pack ${pack.id} is loaded already (${first})` }));
    else packFiles.set(pack.id, pack.manifestFile);
    if (!isJurisdiction(pack.jurisdiction)) issues.push(packIssue(pack.manifestFile, ["jurisdiction"], "teryt", { pl: `"${pack.jurisdiction}" nie jest kodem TERYT gminy (ani "pl")`, en: `"${pack.jurisdiction}" is not a gmina's TERYT code (nor "pl")` }));
    for (const rule of pack.rules) {
      if (!rule.id.startsWith(`${pack.id}/`)) issues.push(packIssue(rule.file, ["id"], "rule-outside-pack", { pl: `identyfikator reguły musi zaczynać się od "${pack.id}/" (nazwy pakietu)`, en: `the rule's id must begin with "${pack.id}/" (the pack's name)` }));
      const other = ruleFiles.get(rule.id);
      if (other !== undefined) issues.push(packIssue(rule.file, ["id"], "duplicate-rule", { pl: `reguła ${rule.id} jest już zdefiniowana w ${other}`, en: `rule ${rule.id} is defined already in ${other}` }));
      else ruleFiles.set(rule.id, rule.file);
      if (rule.jurisdiction !== pack.jurisdiction) issues.push(packIssue(rule.file, ["jurisdiction"], "jurisdiction-mismatch", { pl: `zakres reguły (${rule.jurisdiction}) różni się od zakresu pakietu (${pack.jurisdiction})`, en: `the rule's jurisdiction (${rule.jurisdiction}) differs from the pack's (${pack.jurisdiction})` }));
    }
  }
  return issues;
}
