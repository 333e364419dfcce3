import type { Lang } from "../errors.js";

/** Names of the input vocabulary in Polish and English, for explanations. */
const LABELS: Readonly<Record<string, { pl: string; en: string }>> = {
  // residence (art. 5)
  citizen: { pl: "obywatel polski", en: "Polish citizen" },
  "permanent-residence": { pl: "zezwolenie na pobyt stały", en: "permanent residence permit" },
  "eu-long-term-resident": { pl: "pobyt rezydenta długoterminowego UE", en: "EU long-term resident" },
  refugee: { pl: "status uchodźcy", en: "refugee status" },
  "subsidiary-protection": { pl: "ochrona uzupełniająca", en: "subsidiary protection" },
  "eu-eea-citizen-with-right-of-residence": { pl: "obywatel UE/EOG z prawem pobytu", en: "EU/EEA citizen with a right of residence" },
  "temporary-residence": { pl: "zezwolenie na pobyt czasowy", en: "temporary residence permit" },
  "humanitarian-stay": { pl: "zgoda na pobyt ze względów humanitarnych", en: "humanitarian stay" },
  "tolerated-stay": { pl: "zgoda na pobyt tolerowany", en: "tolerated stay" },
  other: { pl: "inny status pobytu", en: "other residence status" },
  // art. 7 situations
  ubostwo: { pl: "ubóstwo", en: "poverty" },
  sieroctwo: { pl: "sieroctwo", en: "orphanhood" },
  bezdomnosc: { pl: "bezdomność", en: "homelessness" },
  bezrobocie: { pl: "bezrobocie", en: "unemployment" },
  niepelnosprawnosc: { pl: "niepełnosprawność", en: "disability" },
  "dlugotrwala-lub-ciezka-choroba": { pl: "długotrwała lub ciężka choroba", en: "long-term or serious illness" },
  "przemoc-domowa": { pl: "przemoc domowa", en: "domestic violence" },
  "ofiara-handlu-ludzmi": { pl: "ofiara handlu ludźmi", en: "victim of human trafficking" },
  "ochrona-macierzynstwa-lub-wielodzietnosci": { pl: "ochrona macierzyństwa lub wielodzietności", en: "protection of maternity or a large family" },
  "bezradnosc-opiekunczo-wychowawcza": { pl: "bezradność w sprawach opiekuńczo-wychowawczych", en: "difficulty with care and upbringing" },
  "opuszczenie-placowki-opiekunczo-wychowawczej": { pl: "opuszczenie placówki opiekuńczo-wychowawczej", en: "leaving a care institution" },
  "trudnosci-integracji-cudzoziemca": { pl: "trudności w integracji cudzoziemca", en: "difficulty integrating as a foreigner" },
  "opuszczenie-zakladu-karnego": { pl: "opuszczenie zakładu karnego", en: "release from prison" },
  "alkoholizm-lub-narkomania": { pl: "alkoholizm lub narkomania", en: "alcohol or drug addiction" },
  "zdarzenie-losowe-lub-sytuacja-kryzysowa": { pl: "zdarzenie losowe lub sytuacja kryzysowa", en: "random event or crisis" },
  "kleska-zywiolowa-lub-ekologiczna": { pl: "klęska żywiołowa lub ekologiczna", en: "natural or ecological disaster" },
  // degrees
  znaczny: { pl: "znaczny", en: "severe (znaczny)" },
  umiarkowany: { pl: "umiarkowany", en: "moderate (umiarkowany)" },
  lekki: { pl: "lekki", en: "mild (lekki)" },
  F: { pl: "kobieta", en: "woman" },
  M: { pl: "mężczyzna", en: "man" },
  // member facts (Catalogue B)
  "flags.receivesCareServices": { pl: "korzysta z usług opiekuńczych lub specjalistycznych usług opiekuńczych", en: "receives care services (usługi opiekuńcze)" },
  "flags.pitInMunicipality": { pl: "rozlicza PIT w urzędzie skarbowym właściwym dla mieszkańca gminy", en: "files PIT with the tax office competent for a resident of the municipality" },
  // applicant's relation to a member (art. 10 ustawy „Za życiem”)
  mother: { pl: "matka", en: "mother" },
  father: { pl: "ojciec", en: "father" },
  "adoptive-parent": { pl: "rodzic adopcyjny", en: "adoptive parent" },
  "legal-guardian": { pl: "opiekun prawny", en: "legal guardian" },
  "de-facto-carer": { pl: "opiekun faktyczny", en: "de-facto carer" },
  // member facts
  "flags.inEducation": { pl: "uczy się (szkoła lub uczelnia)", en: "in education (school or higher education)" },
  "flags.schoolPupil": { pl: "uczeń szkoły", en: "school pupil" },
  "birth.live": { pl: "urodzenie żywe", en: "live birth" },
  "alimony.enforcementIneffective": { pl: "egzekucja alimentów okazała się bezskuteczna", en: "enforcement of the alimony was ineffective" },
  "birth.severeConditionCertificate": {
    pl: "zaświadczenie lekarskie o ciężkim i nieodwracalnym upośledzeniu albo nieuleczalnej chorobie zagrażającej życiu",
    en: "medical certificate of a severe and irreversible impairment or an incurable life-threatening illness",
  },
};

/** The label of a vocabulary code; a comma-separated list is labelled item by item. */
export function label(code: string, lang: Lang): string {
  return code
    .split(", ")
    .map((c) => LABELS[c]?.[lang] ?? c)
    .join(", ");
}
