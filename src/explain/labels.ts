import type { Language, Text3 } from "../language.js";

/** Names of the input vocabulary in Polish, English and Ukrainian, for explanations and questions. */
const LABELS: Readonly<Record<string, Text3>> = {
  // residence (art. 5)
  citizen: { pl: "obywatel polski", en: "Polish citizen", uk: "громадянин Польщі" },
  "permanent-residence": { pl: "zezwolenie na pobyt stały", en: "permanent residence permit", uk: "дозвіл на постійне проживання" },
  "eu-long-term-resident": { pl: "pobyt rezydenta długoterminowego UE", en: "EU long-term resident", uk: "довгостроковий резидент ЄС" },
  refugee: { pl: "status uchodźcy", en: "refugee status", uk: "статус біженця" },
  "subsidiary-protection": { pl: "ochrona uzupełniająca", en: "subsidiary protection", uk: "додатковий захист" },
  "eu-eea-citizen-with-right-of-residence": { pl: "obywatel UE/EOG z prawem pobytu", en: "EU/EEA citizen with a right of residence", uk: "громадянин ЄС/ЄЕЗ із правом перебування" },
  "temporary-residence": { pl: "zezwolenie na pobyt czasowy", en: "temporary residence permit", uk: "дозвіл на тимчасове проживання" },
  "humanitarian-stay": { pl: "zgoda na pobyt ze względów humanitarnych", en: "humanitarian stay", uk: "дозвіл на перебування з гуманітарних міркувань" },
  "tolerated-stay": { pl: "zgoda na pobyt tolerowany", en: "tolerated stay", uk: "дозвіл на толероване перебування" },
  "trafficking-victim": { pl: "ofiara handlu ludźmi (art. 170 lub art. 176 ustawy o cudzoziemcach)", en: "victim of human trafficking (art. 170 or 176 of the Act on Foreigners)", uk: "жертва торгівлі людьми (ст. 170 або ст. 176 Закону про іноземців)" },
  "ukrainian-special-act": { pl: "obywatel Ukrainy — pobyt legalny na podstawie specustawy (status UKR)", en: "Ukrainian citizen staying under the 2022 special act (UKR status)", uk: "громадянин України — легальне перебування за спецзаконом (статус UKR)" },
  other: { pl: "inny status pobytu", en: "other residence status", uk: "інший статус перебування" },
  // temporary permit grounds (art. 5 pkt 2 lit. a ustawy o pomocy społecznej)
  "art-159-1-1-c": { pl: "art. 159 ust. 1 pkt 1 lit. c ustawy o cudzoziemcach", en: "art. 159(1)(1)(c) of the Act on Foreigners", uk: "ст. 159 ч. 1 п. 1 літ. c Закону про іноземців" },
  "art-159-1-1-d": { pl: "art. 159 ust. 1 pkt 1 lit. d ustawy o cudzoziemcach", en: "art. 159(1)(1)(d) of the Act on Foreigners", uk: "ст. 159 ч. 1 п. 1 літ. d Закону про іноземців" },
  "art-186-1-3": { pl: "art. 186 ust. 1 pkt 3 ustawy o cudzoziemcach", en: "art. 186(1)(3) of the Act on Foreigners", uk: "ст. 186 ч. 1 п. 3 Закону про іноземців" },
  // art. 7 situations
  ubostwo: { pl: "ubóstwo", en: "poverty", uk: "бідність" },
  sieroctwo: { pl: "sieroctwo", en: "orphanhood", uk: "сирітство" },
  bezdomnosc: { pl: "bezdomność", en: "homelessness", uk: "безпритульність" },
  bezrobocie: { pl: "bezrobocie", en: "unemployment", uk: "безробіття" },
  niepelnosprawnosc: { pl: "niepełnosprawność", en: "disability", uk: "інвалідність" },
  "dlugotrwala-lub-ciezka-choroba": { pl: "długotrwała lub ciężka choroba", en: "long-term or serious illness", uk: "тривала або тяжка хвороба" },
  "przemoc-domowa": { pl: "przemoc domowa", en: "domestic violence", uk: "домашнє насильство" },
  "ofiara-handlu-ludzmi": { pl: "ofiara handlu ludźmi", en: "victim of human trafficking", uk: "жертва торгівлі людьми" },
  "ochrona-macierzynstwa-lub-wielodzietnosci": { pl: "ochrona macierzyństwa lub wielodzietności", en: "protection of maternity or a large family", uk: "захист материнства або багатодітності" },
  "bezradnosc-opiekunczo-wychowawcza": { pl: "bezradność w sprawach opiekuńczo-wychowawczych", en: "difficulty with care and upbringing", uk: "труднощі з доглядом і вихованням дітей" },
  "opuszczenie-placowki-opiekunczo-wychowawczej": { pl: "opuszczenie placówki opiekuńczo-wychowawczej", en: "leaving a care institution", uk: "вихід із закладу опіки та виховання" },
  "trudnosci-integracji-cudzoziemca": { pl: "trudności w integracji cudzoziemca", en: "difficulty integrating as a foreigner", uk: "труднощі з інтеграцією іноземця" },
  "opuszczenie-zakladu-karnego": { pl: "opuszczenie zakładu karnego", en: "release from prison", uk: "звільнення з місця позбавлення волі" },
  "alkoholizm-lub-narkomania": { pl: "alkoholizm lub narkomania", en: "alcohol or drug addiction", uk: "алкоголізм або наркоманія" },
  "zdarzenie-losowe-lub-sytuacja-kryzysowa": { pl: "zdarzenie losowe lub sytuacja kryzysowa", en: "random event or crisis", uk: "нещасний випадок або кризова ситуація" },
  "kleska-zywiolowa-lub-ekologiczna": { pl: "klęska żywiołowa lub ekologiczna", en: "natural or ecological disaster", uk: "стихійне лихо або екологічна катастрофа" },
  // degrees
  znaczny: { pl: "znaczny", en: "severe (znaczny)", uk: "значний" },
  umiarkowany: { pl: "umiarkowany", en: "moderate (umiarkowany)", uk: "помірний" },
  lekki: { pl: "lekki", en: "mild (lekki)", uk: "легкий" },
  F: { pl: "kobieta", en: "woman", uk: "жінка" },
  M: { pl: "mężczyzna", en: "man", uk: "чоловік" },
  // findings of a ZUS lekarz orzecznik (art. 5 ustawy o rehabilitacji)
  "calkowita-niezdolnosc-do-pracy-i-samodzielnej-egzystencji": {
    pl: "całkowita niezdolność do pracy i samodzielnej egzystencji",
    en: "total incapacity for work and independent living",
    uk: "повна непрацездатність і нездатність до самостійного існування",
  },
  "niezdolnosc-do-samodzielnej-egzystencji": { pl: "niezdolność do samodzielnej egzystencji", en: "incapacity for independent living", uk: "нездатність до самостійного існування" },
  "calkowita-niezdolnosc-do-pracy": { pl: "całkowita niezdolność do pracy", en: "total incapacity for work", uk: "повна непрацездатність" },
  "czesciowa-niezdolnosc-do-pracy": { pl: "częściowa niezdolność do pracy", en: "partial incapacity for work", uk: "часткова непрацездатність" },
  "celowosc-przekwalifikowania": { pl: "celowość przekwalifikowania zawodowego", en: "retraining advisable", uk: "доцільність професійної перекваліфікації" },
  // kinds of income
  wynagrodzenie: { pl: "wynagrodzenie za pracę", en: "pay from work", uk: "заробітна плата" },
  "emerytura-renta": { pl: "emerytura lub renta", en: "old-age or disability pension", uk: "пенсія за віком або по інвалідності" },
  "dzialalnosc-gospodarcza": { pl: "działalność gospodarcza", en: "business income", uk: "підприємницька діяльність" },
  "zasilek-dla-bezrobotnych": { pl: "zasiłek dla bezrobotnych", en: "unemployment benefit", uk: "допомога по безробіттю" },
  "alimenty-otrzymywane": { pl: "alimenty otrzymywane", en: "alimony received", uk: "отримувані аліменти" },
  "swiadczenie-alimentacyjne": { pl: "świadczenie z funduszu alimentacyjnego", en: "benefit from the alimony fund", uk: "виплата з аліментного фонду" },
  "swiadczenia-rodzinne": { pl: "świadczenia rodzinne", en: "family benefits", uk: "сімейні виплати" },
  "dodatek-mieszkaniowy": { pl: "dodatek mieszkaniowy", en: "housing allowance", uk: "житлова допомога" },
  "zasilek-staly": { pl: "zasiłek stały", en: "permanent allowance (zasiłek stały)", uk: "постійна допомога" },
  "zasilek-okresowy": { pl: "zasiłek okresowy", en: "periodic allowance (zasiłek okresowy)", uk: "періодична допомога" },
  "zasilek-celowy": { pl: "zasiłek celowy", en: "special-purpose allowance (zasiłek celowy)", uk: "цільова допомога" },
  "jednorazowe-swiadczenie-socjalne": { pl: "jednorazowe świadczenie socjalne", en: "one-off social benefit", uk: "одноразова соціальна виплата" },
  "pomoc-materialna-dla-uczniow": { pl: "pomoc materialna dla uczniów", en: "material aid for pupils", uk: "матеріальна допомога учням" },
  "swiadczenie-w-naturze": { pl: "świadczenie w naturze", en: "benefit in kind", uk: "допомога в натуральній формі" },
  "prace-spolecznie-uzyteczne": { pl: "prace społecznie użyteczne", en: "socially useful work", uk: "суспільно корисні роботи" },
  "swiadczenie-wychowawcze": { pl: "świadczenie wychowawcze (800+)", en: "child benefit (800+)", uk: "виховна виплата (800+)" },
  "swiadczenie-uzupelniajace": { pl: "świadczenie uzupełniające", en: "supplementary benefit", uk: "додаткова виплата" },
  inne: { pl: "inny dochód", en: "other income", uk: "інший дохід" },
  // member facts (Catalogue B)
  "flags.receivesCareServices": { pl: "korzysta z usług opiekuńczych lub specjalistycznych usług opiekuńczych", en: "receives care services (usługi opiekuńcze)", uk: "отримує опікунські послуги" },
  "flags.receivesNursingSupplement": { pl: "ma prawo do dodatku pielęgnacyjnego (ZUS, KRUS)", en: "is entitled to the dodatek pielęgnacyjny paid with a pension", uk: "має право на надбавку на догляд до пенсії (ZUS, KRUS)" },
  "flags.disabilityBefore21": { pl: "niepełnosprawność powstała przed ukończeniem 21 lat", en: "the disability arose before the age of 21", uk: "інвалідність виникла до 21 року" },
  "flags.inFullCareInstitution": { pl: "przebywa w instytucji zapewniającej nieodpłatnie całodobowe utrzymanie", en: "lives in an institution providing full board free of charge", uk: "перебуває в закладі, що безоплатно забезпечує цілодобове утримання" },
  "flags.pitInMunicipality": { pl: "rozlicza PIT w urzędzie skarbowym właściwym dla mieszkańca gminy", en: "files PIT with the tax office competent for a resident of the municipality", uk: "подає PIT до податкової, яка обслуговує мешканців гміни" },
  "flags.livesWithCarer": { pl: "mieszka razem z opiekunem", en: "lives together with the carer", uk: "проживає разом з опікуном" },
  // applicant's relation to a member (art. 10 ustawy „Za życiem”)
  mother: { pl: "matka", en: "mother", uk: "мати" },
  father: { pl: "ojciec", en: "father", uk: "батько" },
  "adoptive-parent": { pl: "rodzic adopcyjny", en: "adoptive parent", uk: "усиновлювач" },
  "legal-guardian": { pl: "opiekun prawny", en: "legal guardian", uk: "законний опікун" },
  "de-facto-carer": { pl: "opiekun faktyczny", en: "de-facto carer", uk: "фактичний опікун" },
  // member facts
  "flags.inEducation": { pl: "uczy się (szkoła lub uczelnia)", en: "in education (school or higher education)", uk: "навчається (школа або виш)" },
  "flags.schoolPupil": { pl: "uczeń szkoły", en: "school pupil", uk: "учень школи" },
  "birth.live": { pl: "urodzenie żywe", en: "live birth", uk: "живонародження" },
  "alimony.enforcementIneffective": { pl: "egzekucja alimentów okazała się bezskuteczna", en: "enforcement of the alimony was ineffective", uk: "стягнення аліментів виявилося безрезультатним" },
  "birth.severeConditionCertificate": {
    pl: "zaświadczenie lekarskie o ciężkim i nieodwracalnym upośledzeniu albo nieuleczalnej chorobie zagrażającej życiu",
    en: "medical certificate of a severe and irreversible impairment or an incurable life-threatening illness",
    uk: "медична довідка про тяжке й незворотне порушення або невиліковну хворобу, що загрожує життю",
  },
};

/** The label of a vocabulary code; a comma-separated list is labelled item by item. */
export function label(code: string, lang: Language): string {
  return code
    .split(", ")
    // own labels only: a code may come from the input (a missing path naming a member id)
    .map((c) => (Object.hasOwn(LABELS, c) ? LABELS[c]?.[lang] : undefined) ?? c)
    .join(", ");
}

/** The label of a vocabulary code in every language, or `undefined` when the code has none. */
export function labels(code: string): Text3 | undefined {
  return LABELS[code];
}
