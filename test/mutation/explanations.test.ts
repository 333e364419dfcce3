import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FixtureSchema } from "../../src/audit/fixture.js";
import { evaluate } from "../../src/evaluate.js";
import { explainResult } from "../../src/explain/render.js";
import type { ConditionResult, ProgrammeResult } from "../../src/explain/trace.js";

/**
 * Golden decisions: the full trace of a chosen set of fixtures — the explanation in Polish and
 * English as a caseworker reads it, and the facts, values, missing paths and open questions of
 * every condition as the JSON output carries them. The fixtures themselves only pin the outcome
 * and the amount; these files pin *why*. The set was chosen so that together they reach every
 * message, every condition status and every kind of fact at least once (greedy cover over the
 * 254 fixtures).
 *
 * A change to an explanation shows up here as a readable diff of a text file in golden/;
 * when the change is intended, review it and run `npx vitest run test/mutation -u`.
 */
const FIXTURES = [
  "krakow/karta-n/30-lat-znaczny.yaml",
  "krakow/karta-n/orzeczenie-bez-daty.yaml",
  "krakow/karta-rodzinna-3-plus/dorosly-umiarkowany.yaml",
  "krakow/meleks/2022-rocznik-1952.yaml",
  "krakow/meleks/79-lat.yaml",
  "krakow/zlota-raczka/rodzina-bez-danych-o-niepelnosprawnosci.yaml",
  "krakow/zlota-raczka/spoza-krakowa.yaml",
  "pl/fundusz-alimentacyjny/swiadczenie/2019-09-30-grosz-ponad-725-bez-zlotowki.yaml",
  "pl/fundusz-alimentacyjny/swiadczenie/2023-09-30-kryterium-900.yaml",
  "pl/fundusz-alimentacyjny/swiadczenie/2026-10-01-kryterium-nieustalone.yaml",
  "pl/fundusz-alimentacyjny/swiadczenie/egzekucja-skuteczna.yaml",
  "pl/fundusz-alimentacyjny/swiadczenie/zlotowka-99-99-ponizej-minimum-2025.yaml",
  "pl/karta-duzej-rodziny/dzieci/22-latek-bez-informacji-o-nauce.yaml",
  "pl/karta-duzej-rodziny/rodzice/brak-statusu-pobytu.yaml",
  "pl/karta-duzej-rodziny/rodzice/dwoje-dzieci-i-jedno-doroste.yaml",
  "pl/niepelnosprawnosc/asystent-osobisty/16-lat-orzeczenie-dzieciece.yaml",
  "pl/niepelnosprawnosc/asystent-osobisty/dziecko-bez-informacji-o-wskazaniach.yaml",
  "pl/niepelnosprawnosc/asystent-osobisty/dziecko-tylko-wskazanie-7.yaml",
  "pl/niepelnosprawnosc/opieka-wytchnieniowa/2023-dziecko-17-bez-przedzialu-wieku.yaml",
  "pl/niepelnosprawnosc/opieka-wytchnieniowa/2027-01-01-edycja-nieznana.yaml",
  "pl/niepelnosprawnosc/opieka-wytchnieniowa/2026-dziecko-5.yaml",
  "pl/oswiata/stypendium-szkolne/uczen-w-dniu-24-urodzin.yaml",
  "pl/pomoc-spoleczna/interwencja-kryzysowa/pobyt-humanitarny.yaml",
  "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych/brak-dochodow-malzonka.yaml",
  "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych/brak-sytuacji-z-art-7.yaml",
  "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych/pobyt-tolerowany-ocena.yaml",
  "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych/samo-ubostwo-wymaga-oceny-2025.yaml",
  "pl/pomoc-spoleczna/schronienie-posilek-ubranie/pobyt-tolerowany.yaml",
  "pl/pomoc-spoleczna/zasilek-celowy/grosz-ponad-kryterium.yaml",
  "pl/pomoc-spoleczna/zasilek-okresowy/pobyt-czasowy-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-okresowy/pobyt-tolerowany-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-okresowy/rodzina-2007-25-procent.yaml",
  "pl/pomoc-spoleczna/zasilek-okresowy/rolnik-2-56-ha-2021-12-31-roznica-ponizej-20.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/brak-daty-urodzenia-i-plci.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/grupa-i-inwalidzka-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/kobieta-70-lat-2014-wiek-emerytalny-pewny.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/limit-1000-2024.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/minimum-30-zl-634-minus-620-2016.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/obywatelka-ue-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/orzeczenie-bez-daty-waznosci.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/orzeczenie-wygasle-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/pierwsza-wersja-2007-limit-444.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/rodzic-z-niepelnosprawnoscia-dochody-wylaczone-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/rodzina-2024-130-procent.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/rodzina-dochod-rowny-kryterium-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/rodzina-ulamek-grosza-2019.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/rodzina-wlasny-dochod-ponad-kr-2025.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/samotna-2018-10-01-kryterium-701.yaml",
  "pl/pomoc-spoleczna/zasilek-staly/samotny-2022-01-01-kryterium-776.yaml",
  "pl/pomoc-zywnosciowa/popz-fepz/brak-sytuacji-art-7.yaml",
  "pl/pomoc-zywnosciowa/popz-fepz/dzien-przed-220-procent.yaml",
  "pl/pomoc-zywnosciowa/popz-fepz/pobyt-humanitarny-ocena.yaml",
  "pl/pomoc-zywnosciowa/popz-fepz/przed-programem-2014.yaml",
  "pl/posilek/posilek-w-szkole-i-w-domu/inny-status-pobytu.yaml",
  "pl/seniorzy/wspieraj-seniora/korzysta-z-uslug-opiekunczych.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/2025-11-01-nowy-okres-rok-bazowy-2024.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/bez-orzeczenia-kryterium-674-2025.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/brak-dochodow-roku-bazowego.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/dochod-uzyskany-2025.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/dziecko-z-orzeczeniem-kryterium-764-2025.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/gospodarstwo-rolne-2-ha-2023.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/gospodarstwo-rolne-rok-bez-obwieszczenia.yaml",
  "pl/swiadczenia-rodzinne/zasilek-rodzinny/orzeczenie-nieznane-wymaga-danych-2025.yaml",
  "pl/za-zyciem/jednorazowe-swiadczenie/brak-zaswiadczenia.yaml",
  "pl/za-zyciem/jednorazowe-swiadczenie/opieka-od-12-tygodnia.yaml",
  "pl/za-zyciem/jednorazowe-swiadczenie/opiekun-prawny-bez-opieki-prenatalnej.yaml",
  "pl/za-zyciem/jednorazowe-swiadczenie/termin-w-poniedzialek-wielkanocny.yaml",
  "pl/za-zyciem/jednorazowe-swiadczenie/urodzony-29-lutego-wniosek-1-marca.yaml",
];

const EXAMPLES = ["household.json", "krakow-senior.json", "krasnik-family.json", "family-disabled-child.json"];

const root = join(__dirname, "..", "..");

const show = (value: unknown): string => JSON.stringify(value);

/** The machine-readable part of a condition, one line each, children indented. */
function conditionFacts(c: ConditionResult, depth: number): string[] {
  const parts = [`${"  ".repeat(depth)}- ${c.kind} ${c.status}`];
  if (Object.keys(c.facts).length) parts.push(`facts=${show(c.facts)}`);
  if (Object.keys(c.values).length) parts.push(`values=${show(c.values)}`);
  if (c.missing.length) parts.push(`missing=${show(c.missing)}`);
  if (c.openQuestions.length) parts.push(`openQuestions=${show(c.openQuestions)}`);
  return [parts.join(" "), ...(c.children ?? []).flatMap((child) => conditionFacts(child, depth + 1))];
}

function trace(r: ProgrammeResult): string {
  return [
    // the default language is Polish
    ...explainResult(r),
    "",
    ...explainResult(r, "en"),
    "",
    `outcome=${r.outcome} amount=${show(r.amount)} range=${show(r.range)} missing=${show(r.missing)} discretionary=${r.discretionary} jurisdiction=${r.jurisdiction}`,
    ...r.conditions.flatMap((c) => conditionFacts(c, 0)),
  ].join("\n");
}

describe("golden decisions of chosen fixtures", () => {
  it.each(FIXTURES)("%s", async (file) => {
    const fixture = FixtureSchema.parse(parse(readFileSync(join(root, "fixtures", file), "utf8"), { schema: "core" }));
    const { results } = evaluate(fixture.household, { programmes: [fixture.programme], ...(fixture.date ? { date: fixture.date } : {}) });
    const [result] = results;
    expect(result?.outcome).toBe(fixture.expect.outcome);
    await expect(`# ${file}\n# ${fixture.name}\n\n${trace(result as ProgrammeResult)}\n`).toMatchFileSnapshot(
      join("golden", "fixtures", file.replace(/\.yaml$/, ".txt")),
    );
  });
});

describe("golden decisions of the example households (every programme in force)", () => {
  it.each(EXAMPLES)("%s", async (file) => {
    const household = JSON.parse(readFileSync(join(root, "examples", file), "utf8")) as unknown;
    const { date, results } = evaluate(household);
    const text = results.map((r) => `## ${r.programme}\n\n${trace(r)}`).join("\n\n");
    await expect(`# examples/${file} on ${date}\n\n${text}\n`).toMatchFileSnapshot(join("golden", "examples", file.replace(/\.json$/, ".txt")));
  });
});
