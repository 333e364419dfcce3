import { parseArgs } from "node:util";
import { DecisionRecordSchema, replayDecision } from "../audit/replay.js";
import type { Lang } from "../errors.js";
import { EXIT, UsageError } from "./errors.js";
import { readJson } from "./input.js";

export const REPLAY_HELP = `kryterium replay <decyzja.json> [--format text|json] [--lang pl|en]

Ocenia ponownie zapisaną decyzję (dane + data + odcisk przepisów + wynik) dzisiejszą wersją
biblioteki i mówi, czy wynik jest ten sam; jeśli nie — która wersja przepisu go zmieniła.
Re-evaluates a saved decision record with today's library and says whether the answer is the
same; if not, which rule version changed it. Exit 0: same, 1: different.
Zapis decyzji / record a decision: kryterium check household.json --record decyzja.json

Przykład / example:
  kryterium replay decyzja.json
`;

export async function replay(args: string[], lang: Lang, out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: "string" }, lang: { type: "string" } } });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) throw new UsageError("replay: expected one decision record file");
  const parsed = DecisionRecordSchema.safeParse(await readJson(file, lang));
  if (!parsed.success) throw new UsageError(`replay: ${file} is not a kryterium decision record (${parsed.error.issues[0]?.path.join(".") ?? ""}: ${parsed.error.issues[0]?.message ?? ""})`);
  const r = replayDecision(parsed.data);
  if (values.format === "json") {
    out(`${JSON.stringify(r, null, 2)}\n`);
    return r.same ? EXIT.ok : EXIT.failed;
  }
  const pl = lang === "pl";
  const lines = [
    `${pl ? "Zapis" : "Recorded"}: kryterium ${r.recorded.version}, ${pl ? "przepisy" : "rules"} ${r.recorded.rulesFingerprint}`,
    `${pl ? "Teraz" : "Now"}:  kryterium ${r.current.version}, ${pl ? "przepisy" : "rules"} ${r.current.rulesFingerprint}`,
    r.same ? (pl ? "Wynik ten sam." : "Same answer.") : pl ? "Wynik inny:" : "Different answer:",
  ];
  const show = (d?: { outcome: string; amount?: string | undefined; range?: { min: string; max: string } | undefined }) =>
    d ? `${d.outcome}${d.amount ? ` ${d.amount} zł` : ""}${d.range ? ` ${d.range.min}–${d.range.max} zł` : ""}` : "—";
  for (const d of r.differences) {
    lines.push(`  ${d.programme}: ${show(d.before)} → ${show(d.after)}`);
    for (const v of d.changedVersions) lines.push(`    ${v.rule}: ${v.before ? `${v.before.from} – ${v.before.to ?? "…"}` : "—"} → ${v.after ? `${v.after.from} – ${v.after.to ?? "…"} (${v.after.reference.publication})` : "—"}`);
    if (d.changedVersions.length === 0) lines.push(pl ? "    (te same wersje przepisów — zmieniła się biblioteka)" : "    (same rule versions — the library changed)");
  }
  out(`${lines.join("\n")}\n`);
  return r.same ? EXIT.ok : EXIT.failed;
}
