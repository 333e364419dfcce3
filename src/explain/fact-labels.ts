import type { Lang } from "../errors.js";
import { DistinctList } from "../distinct.js";
import { fieldOf, memberIndexOf, segmentsOf } from "../questions/paths.js";

type Words = { readonly pl: string; readonly en: string };

/**
 * What a missing fact is called where a person reads it — "data urodzenia", not
 * `members[1].birthDate`. Keyed by the field a path is an instance of (indices left out, a
 * base-year member as `*`), the same fields the question catalogue asks for
 * (kryterium/questions; test/missing-in-words.test.ts holds the two together).
 */
const FACT_LABELS: Readonly<Record<string, Words>> = {
  municipality: { pl: "gmina zamieszkania", en: "municipality of residence" },
  "members[].birthDate": { pl: "data urodzenia", en: "date of birth" },
  "members[].sex": { pl: "płeć", en: "sex" },
  "members[].residence": { pl: "status pobytu w Polsce", en: "residence status in Poland" },
  "members[].residencePermitGround": { pl: "podstawa zezwolenia na pobyt czasowy", en: "ground of the temporary residence permit" },
  situations: { pl: "powody trudnej sytuacji gospodarstwa", en: "the household's reasons for needing help" },
  "members[].situations": { pl: "powody trudnej sytuacji osoby", en: "the person's reasons for needing help" },
  "members[].incomes": { pl: "dochody z miesiąca przed wnioskiem", en: "incomes of the month before the application" },
  "members[].disability": { pl: "orzeczenie o niepełnosprawności", en: "disability certificate" },
  "members[].disability[].validUntil": { pl: "data ważności orzeczenia", en: "validity of the disability certificate" },
  "members[].disability[].indication7": { pl: "wskazanie stałej lub długotrwałej opieki w orzeczeniu", en: "the certificate's indication of permanent or long-term care" },
  "members[].disability[].indication8": { pl: "wskazanie stałego współudziału opiekuna w orzeczeniu", en: "the certificate's indication of a carer's constant participation" },
  "members[].flags.inEducation": { pl: "nauka w szkole lub szkole wyższej", en: "attending school or higher education" },
  "members[].flags.schoolPupil": { pl: "nauka w szkole (uczeń)", en: "being a school pupil" },
  "members[].flags.receivesCareServices": { pl: "korzystanie z usług opiekuńczych", en: "receiving care services" },
  "members[].flags.receivesNursingSupplement": { pl: "prawo do dodatku pielęgnacyjnego (ZUS, KRUS)", en: "entitlement to the nursing supplement (ZUS, KRUS)" },
  "members[].flags.disabilityBefore21": { pl: "niepełnosprawność powstała przed 21. rokiem życia", en: "disability that arose before the age of 21" },
  "members[].flags.inFullCareInstitution": { pl: "pobyt w instytucji z nieodpłatnym całodobowym utrzymaniem", en: "living in an institution with free full board" },
  "members[].flags.livesWithCarer": { pl: "wspólne zamieszkiwanie z opiekunem", en: "living together with the carer" },
  "members[].flags.pitInMunicipality": { pl: "rozliczanie PIT w gminie", en: "filing income tax in the municipality" },
  "members[].applicantRelation": { pl: "pokrewieństwo z wnioskodawcą", en: "relation to the applicant" },
  "members[].custodySince": { pl: "początek opieki nad dzieckiem", en: "when the care of the child began" },
  "members[].birth.live": { pl: "żywe urodzenie dziecka", en: "whether the child was born alive" },
  "members[].birth.severeConditionCertificate": { pl: "zaświadczenie lekarskie o ciężkim upośledzeniu lub chorobie", en: "medical certificate of severe impairment or illness" },
  "members[].birth.prenatalCareFromWeek": { pl: "tydzień ciąży, od którego trwała opieka medyczna", en: "week of pregnancy from which medical care began" },
  "members[].birth.prenatalCareUntilBirth": { pl: "opieka medyczna do porodu", en: "medical care until the birth" },
  "members[].alimony.awarded": { pl: "zasądzone alimenty", en: "alimony awarded" },
  "members[].alimony.enforcementIneffective": { pl: "bezskuteczność egzekucji alimentów", en: "whether enforcement of alimony proved ineffective" },
  "members[].caresFor": { pl: "osoby pod bezpośrednią opieką", en: "whom the person directly cares for" },
  "members[].childrenNotListed": { pl: "liczba dzieci spoza gospodarstwa", en: "number of children not listed in the household" },
  applicationDate: { pl: "data wniosku", en: "date of the application" },
  baseYear: { pl: "dochody rodziny w roku bazowym", en: "the family's incomes in the base year" },
  "baseYear.year": { pl: "rok bazowy", en: "base year" },
  "baseYear.incomes.*": { pl: "dochód w roku bazowym", en: "income in the base year" },
  "baseYear.farmHectares": { pl: "hektary przeliczeniowe w roku bazowym", en: "farm hectares in the base year" },
  "baseYear.lostIncome": { pl: "utrata dochodu po roku bazowym", en: "income lost after the base year" },
  "baseYear.gainedIncome": { pl: "nowy dochód po roku bazowym", en: "income gained after the base year" },
};

/** The field a path is an instance of, and the member it is about (by id), if any. */
function factOf(path: string, memberIds: readonly string[]): { field: string; member?: string | undefined } {
  const field = fieldOf(path);
  if (field === "baseYear.incomes.*") return { field, member: segmentsOf(path)[2] as string };
  const i = memberIndexOf(path, []); // a members[i] path: its index, read from the path alone
  return { field, member: i === undefined ? undefined : (memberIds[i] ?? `#${i + 1}`) };
}

/** What the fact `field` is called in `lang`; a field no label is known for (a rule pack's own) by its last name. */
export function factLabel(field: string, lang: Lang): string {
  return Object.hasOwn(FACT_LABELS, field) ? (FACT_LABELS[field] as Words)[lang] : (field.split(".").pop() ?? field).replace(/\[\]/g, "");
}

/** The fields a label is known for (the test compares them with the question catalogue's). */
export const LABELLED_FACTS: readonly string[] = Object.keys(FACT_LABELS);

/**
 * Missing facts in words: each fact once, with the members it is missing for by their ids —
 * "data urodzenia (anna, jan); bezskuteczność egzekucji alimentów (zosia)". A path no label is
 * known for (a rule pack's own field) is shown as the field's last name, never with indices.
 */
export function missingInWords(paths: readonly string[], memberIds: readonly string[], lang: Lang): string {
  const byField = new Map<string, DistinctList>();
  for (const path of paths) {
    const { field, member } = factOf(path, memberIds);
    let members = byField.get(field);
    if (members === undefined) byField.set(field, (members = new DistinctList()));
    if (member !== undefined) members.add(member);
  }
  return [...byField]
    .map(([field, { items }]) => {
      const words = factLabel(field, lang);
      return items.length === 0 ? words : `${words} (${items.join(", ")})`;
    })
    .join("; ");
}
