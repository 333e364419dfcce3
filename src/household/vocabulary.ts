/**
 * Closed vocabularies of the household input. These are the categories the law names; what
 * each category means for a benefit (counted or excluded income, equivalent disability
 * degree) is data in `rules/`, not here.
 */

/** Art. 7 ustawy o pomocy społecznej: situations in which assistance is granted. */
export const SITUATIONS = [
  "ubostwo", // pkt 1
  "sieroctwo", // pkt 2
  "bezdomnosc", // pkt 3
  "bezrobocie", // pkt 4
  "niepelnosprawnosc", // pkt 5
  "dlugotrwala-lub-ciezka-choroba", // pkt 6
  "przemoc-domowa", // pkt 7
  "ofiara-handlu-ludzmi", // pkt 7a
  "ochrona-macierzynstwa-lub-wielodzietnosci", // pkt 8
  "bezradnosc-opiekunczo-wychowawcza", // pkt 9
  "opuszczenie-placowki-opiekunczo-wychowawczej", // pkt 10
  "trudnosci-integracji-cudzoziemca", // pkt 11
  "opuszczenie-zakladu-karnego", // pkt 12
  "alkoholizm-lub-narkomania", // pkt 13
  "zdarzenie-losowe-lub-sytuacja-kryzysowa", // pkt 14
  "kleska-zywiolowa-lub-ekologiczna", // pkt 15
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Kinds of monthly income; `rules/pl/pomoc-spoleczna/dochod.yaml` says which ones art. 8 counts. */
export const INCOME_TYPES = [
  "wynagrodzenie", // employment
  "emerytura-renta", // pensions
  "dzialalnosc-gospodarcza", // business
  "zasilek-dla-bezrobotnych",
  "alimenty-otrzymywane",
  "swiadczenie-alimentacyjne", // from fundusz alimentacyjny
  "swiadczenia-rodzinne",
  "dodatek-mieszkaniowy",
  "zasilek-staly",
  "zasilek-okresowy",
  "zasilek-celowy",
  "jednorazowe-swiadczenie-socjalne",
  "pomoc-materialna-dla-uczniow",
  "swiadczenie-w-naturze",
  "prace-spolecznie-uzyteczne",
  "swiadczenie-wychowawcze",
  "swiadczenie-uzupelniajace",
  "inne",
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

/** Osoba samotnie gospodarująca, or rodzina (art. 6 ustawy o pomocy społecznej; the schema describes each). */
export const HOUSEHOLD_TYPES = ["single", "family"] as const;

export const SEXES = ["F", "M"] as const;

export const ROLES = ["applicant", "spouse", "partner", "child", "parent", "sibling", "grandparent", "other"] as const;
export type Role = (typeof ROLES)[number];

/** Residence status (art. 5 and 5a ustawy o pomocy społecznej; the schema describes each). */
export const RESIDENCE_STATUSES = [
  "citizen",
  "permanent-residence",
  "eu-long-term-resident",
  "refugee",
  "subsidiary-protection",
  "eu-eea-citizen-with-right-of-residence",
  "temporary-residence",
  "humanitarian-stay",
  "tolerated-stay",
  "trafficking-victim",
  "ukrainian-special-act",
  "other",
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/**
 * The provision of the ustawa o cudzoziemcach a zezwolenie na pobyt czasowy was granted under,
 * where art. 5 pkt 2 lit. a ustawy o pomocy społecznej names it: art. 159 ust. 1 pkt 1 lit. c
 * or d, art. 186 ust. 1 pkt 3 — or any other ground.
 */
export const RESIDENCE_PERMIT_GROUNDS = ["art-159-1-1-c", "art-159-1-1-d", "art-186-1-3", "other"] as const;
export type ResidencePermitGround = (typeof RESIDENCE_PERMIT_GROUNDS)[number];

/** Stopnie niepełnosprawności (art. 3 ustawy o rehabilitacji), strongest first. */
export const DEGREES = ["znaczny", "umiarkowany", "lekki"] as const;
export type Degree = (typeof DEGREES)[number];

/** Findings of a ZUS lekarz orzecznik (art. 5 ustawy o rehabilitacji). */
export const ZUS_FINDINGS = [
  "calkowita-niezdolnosc-do-pracy-i-samodzielnej-egzystencji",
  "niezdolnosc-do-samodzielnej-egzystencji",
  "calkowita-niezdolnosc-do-pracy",
  "czesciowa-niezdolnosc-do-pracy",
  "celowosc-przekwalifikowania",
] as const;
export type ZusFinding = (typeof ZUS_FINDINGS)[number];

/** Pre-1998 grupy inwalidzkie (art. 62 ustawy o rehabilitacji). */
export const INVALIDITY_GROUPS = ["I", "II", "III"] as const;
export type InvalidityGroup = (typeof INVALIDITY_GROUPS)[number];

/**
 * The applicant's relation to the member a benefit is claimed for (e.g. the child of
 * art. 10 ustawy „Za życiem”): parent, adoptive parent (osoba, która przysposobiła dziecko),
 * opiekun prawny, opiekun faktyczny (who has applied to adopt the child).
 */
export const APPLICANT_RELATIONS = ["mother", "father", "adoptive-parent", "legal-guardian", "de-facto-carer", "other"] as const;
export type ApplicantRelation = (typeof APPLICANT_RELATIONS)[number];

/** Boolean member flags a `member` condition may select members by (`flags.<name>`). */
export const MEMBER_FLAGS = ["inEducation", "schoolPupil"] as const;

/** Boolean member facts a `fact` condition may test (paths into the member record). */
export const MEMBER_FACTS = ["flags.inEducation", "flags.schoolPupil", "birth.live", "birth.severeConditionCertificate", "flags.receivesCareServices", "flags.pitInMunicipality", "alimony.enforcementIneffective", "flags.receivesNursingSupplement", "flags.disabilityBefore21", "flags.inFullCareInstitution", "flags.livesWithCarer"] as const;
