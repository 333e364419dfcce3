import { fnv1a64 } from "../rules/fnv1a64.js";
import type { Rule } from "../rules/schema.js";
import { checkConditions } from "./check-conditions.js";
import { type PackIdentity, checkIdentity } from "./check-identity.js";
import { checkManifest, checkRuleSchema } from "./check-schema.js";
import { checkVersions } from "./check-versions.js";
import { type PackIssue, packIssue } from "./issue.js";
import { type Pack, type PackData, type PackManifest, compiledPack, isCheckedPack } from "./pack.js";

/** What an engine is made from: a pack already checked (a bundled one, or one `checkPacks` returned), or a pack as data. */
export type PackInput = Pack | PackData;

/** The packs, checked: all of them, or every issue found in any of them. */
export type PackCheck = { readonly ok: true; readonly packs: readonly Pack[] } | { readonly ok: false; readonly issues: readonly PackIssue[] };

interface Loaded {
  readonly manifest: PackManifest | undefined;
  readonly manifestFile: string;
  /** Each rule with the file issues name; `rule` undefined when its schema refused it. */
  readonly rules: ReadonlyArray<{ readonly file: string; readonly id: string | undefined; readonly rule: Rule | undefined }>;
  readonly checked: Pack | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One pack given as data, checked against the manifest and rule schemas. */
function loadData(input: unknown, n: number, issues: PackIssue[]): Loaded | undefined {
  if (!isRecord(input) || !Array.isArray(input["rules"])) {
    issues.push(packIssue(`pack ${n + 1}`, [], "not-a-pack", { pl: "oczekiwano pakietu: { manifest, rules: [...] }", en: "expected a pack: { manifest, rules: [...] }" }));
    return undefined;
  }
  const manifestFile = typeof input["manifestSource"] === "string" ? input["manifestSource"] : `pack ${n + 1}: manifest`;
  const checked = checkManifest(manifestFile, input["manifest"]);
  issues.push(...checked.issues);
  const name = checked.manifest?.id ?? String(n + 1);
  const rules = (input["rules"] as readonly unknown[]).map((raw, i) => {
    const given = isRecord(raw) ? raw["source"] : undefined;
    const file = typeof given === "string" && given.length > 0 ? given : `pack ${name}: rules[${i}]`;
    const rule = checkRuleSchema(file, isRecord(raw) ? { ...raw, source: file } : raw);
    issues.push(...rule.issues);
    const id = rule.rule?.id ?? (isRecord(raw) && typeof raw["id"] === "string" ? raw["id"] : undefined);
    return { file, id, rule: rule.rule };
  });
  return { manifest: checked.manifest, manifestFile, rules, checked: undefined };
}

/** A pack already checked, as the checks across packs see it. */
function loadChecked(pack: Pack): Loaded {
  return { manifest: pack.manifest, manifestFile: `pack ${pack.manifest.id}: manifest`, rules: pack.rules.map((rule) => ({ file: rule.source, id: rule.id, rule })), checked: pack };
}

/**
 * Checks packs as the build checks the bundled ones — one checker for both: each manifest and
 * rule against its schema (condition kinds, operators and formulas are the library's), each
 * rule's versions (in order, no overlap, no gap that `gaps` does not explain, a citation on
 * every one), what its conditions read (parameters defined, rules loaded and in force), and
 * across packs their ids, their rules' ids and their jurisdictions (TERYT codes). A pack
 * already checked skips its schemas, not the checks across packs. Issues name the file and
 * the place in it, in Polish and English; any issue refuses every pack.
 *
 * @example
 * const check = checkPacks([pl, gminaPack]); // gminaPack: { manifest, rules } as parsed from its files
 * if (!check.ok) for (const i of check.issues) console.error(`${i.file} ${i.path}: ${i.message.pl}`);
 */
export function checkPacks(inputs: readonly PackInput[]): PackCheck {
  const issues: PackIssue[] = [];
  const loaded = inputs.flatMap((input, n) => {
    const pack = isCheckedPack(input) ? loadChecked(input) : loadData(input, n, issues);
    return pack === undefined ? [] : [pack];
  });
  const identities: PackIdentity[] = loaded.flatMap(({ manifest, manifestFile, rules }) =>
    manifest === undefined
      ? []
      : [{ id: manifest.id, jurisdiction: manifest.jurisdiction, manifestFile, rules: rules.flatMap(({ file, rule }) => (rule === undefined ? [] : [{ id: rule.id, jurisdiction: rule.jurisdiction, file }])) }],
  );
  issues.push(...checkIdentity(identities));
  const byId = new Map<string, Rule | undefined>();
  for (const { rules } of loaded) for (const { id, rule } of rules) if (id !== undefined && !byId.get(id)) byId.set(id, rule);
  for (const { rules } of loaded) for (const { rule } of rules) if (rule !== undefined) issues.push(...checkVersions(rule), ...checkConditions(rule, byId));
  if (issues.length > 0) return { ok: false, issues };
  const packs = loaded.map(({ manifest, rules, checked }) => {
    if (checked !== undefined) return checked;
    const parsed = rules.map((r) => r.rule as Rule);
    return compiledPack({ manifest, rules: parsed, fingerprint: fnv1a64(JSON.stringify({ manifest, rules: parsed })) });
  });
  return { ok: true, packs };
}
