import { APPLICANT_RELATIONS, DEGREES, INCOME_TYPES, INVALIDITY_GROUPS, RESIDENCE_PERMIT_GROUNDS, RESIDENCE_STATUSES, SITUATIONS, SEXES, ZUS_FINDINGS } from "../household/vocabulary.js";
import { LIMITS } from "../household/schema.js";
import type { Text3 } from "../language.js";
import { allRules } from "../evaluate.js";
import type { AnswerKind, AnswerValue, ChoiceOption, ListField } from "./kinds.js";
import { option, vocabularyOption, vocabularyOptions } from "./options.js";

/**
 * The fact catalogue: for every input field a decision can report as missing, the question a
 * person is asked, a one-line help, the kind of answer and where the answer goes. A member's
 * question is a predicate put after the member's name ("Zosia: czy uczy się…?"), so that no
 * name has to be declined. `{year}` stands for the base year already given.
 *
 * `field` is the field's path in the household with indices left out (`members[].birthDate`)
 * and a member id as `*` (`baseYear.incomes.*`). test/questions.test.ts checks that every
 * field of the schema is here, inside a field whose answer writes it whole (a list, a choice of
 * findings), a group of such fields, or listed in NOT_ASKED with the reason.
 */
export interface Fact {
  readonly field: string;
  /** A member's field: the text follows the member's name. */
  readonly member: boolean;
  readonly question: Text3;
  readonly help: Text3;
  readonly kind: (ctx: FactContext) => AnswerKind;
  /** The value an answer writes (default: the answer; a choice's option value). */
  readonly write?: (answer: AnswerValue) => unknown;
}

/** What a question is built from: the household as given (names, the base year, the other members). */
export interface FactContext {
  readonly household: Readonly<Record<string, unknown>>;
  /** The member the question is about, by index, when it is a member's. */
  readonly memberIndex?: number | undefined;
}

const t = (pl: string, en: string, uk: string): Text3 => ({ pl, en, uk });

const yesNo = (): AnswerKind => ({ type: "yes-no" });
const date = (): AnswerKind => ({ type: "date" });
const money = (): AnswerKind => ({ type: "money" });
const choice = (options: readonly ChoiceOption[], multiple = false): AnswerKind => ({ type: "choice", options, ...(multiple ? { multiple } : {}) });

type MemberJson = { readonly id?: unknown; readonly name?: unknown };
function membersOf(household: FactContext["household"]): MemberJson[] {
  const members = household["members"];
  return Array.isArray(members) ? (members as MemberJson[]) : [];
}

/** How a member is named in a question: the name given, else the id. */
export function memberName(member: MemberJson | undefined): string {
  if (member === undefined) return "?";
  return typeof member.name === "string" && member.name.trim() !== "" ? member.name : String(member.id);
}

/** The household's members as options (by id), leaving out the one the question is about. */
function memberOptions(ctx: FactContext): ChoiceOption[] {
  return membersOf(ctx.household).flatMap((m, i) => {
    if (i === ctx.memberIndex || typeof m.id !== "string") return [];
    const name = memberName(m);
    return [option(m.id, t(name, name, name))];
  });
}

/** The gminas the register (rules/pl/gminy.yaml) names, and "another gmina". */
function municipalityOptions(): ChoiceOption[] {
  const register = allRules().find((r) => r.id === "pl/gminy");
  const table = register?.versions[register.versions.length - 1]?.table ?? {};
  const named = Object.entries(table).map(([teryt, name]) => option(teryt, t(name, name, name), { teryt, name }));
  return [...named, option("other", t("inna gmina", "another municipality", "інша гміна"), "other")];
}

const DISABILITY_OPTIONS: readonly ChoiceOption[] = [
  option("none", t("brak orzeczenia", "no disability certificate", "немає рішення про інвалідність"), []),
  ...DEGREES.map((d) => {
    const l = vocabularyOption(d).label;
    return option(`stopien:${d}`, t(`stopień ${l.pl}`, `${l.en} degree`, `${l.uk} ступінь`), [{ kind: "stopien", degree: d }]);
  }),
  option("orzeczenie-dziecka", t("orzeczenie o niepełnosprawności (dziecko do 16 lat)", "disability certificate of a child (under 16)", "рішення про інвалідність дитини (до 16 років)"), [{ kind: "orzeczenie-dziecka" }]),
  ...ZUS_FINDINGS.map((f) => {
    const l = vocabularyOption(f).label;
    return option(`zus:${f}`, t(`orzeczenie lekarza orzecznika ZUS: ${l.pl}`, `ZUS medical finding: ${l.en}`, `висновок лікаря ZUS: ${l.uk}`), [{ kind: "zus", finding: f }]);
  }),
  ...INVALIDITY_GROUPS.map((g) => option(`grupa:${g}`, t(`grupa inwalidzka ${g}`, `invalidity group ${g}`, `група інвалідності ${g}`), [{ kind: "grupa-inwalidzka", group: g }])),
  option("krus:z-zasilkiem", t("orzeczenie KRUS z prawem do zasiłku pielęgnacyjnego", "KRUS finding with a care allowance", "рішення KRUS із правом на допомогу по догляду"), [{ kind: "krus", withZasilekPielegnacyjny: true }]),
  option("krus:bez-zasilku", t("orzeczenie KRUS bez prawa do zasiłku pielęgnacyjnego", "KRUS finding without a care allowance", "рішення KRUS без права на допомогу по догляду"), [{ kind: "krus", withZasilekPielegnacyjny: false }]),
];

const RELATION_OPTIONS: readonly ChoiceOption[] = APPLICANT_RELATIONS.map((r) =>
  r === "other" ? option(r, t("inna osoba", "someone else", "інша особа")) : vocabularyOption(r),
);

const RESIDENCE_OPTIONS: readonly ChoiceOption[] = vocabularyOptions(RESIDENCE_STATUSES);

const INCOME_FIELDS: readonly ListField[] = [
  { key: "type", label: t("rodzaj dochodu", "kind of income", "вид доходу"), kind: choice(vocabularyOptions(INCOME_TYPES)) as ListField["kind"] },
  { key: "gross", label: t("kwota brutto (zł)", "gross amount (zł)", "сума брутто (зл)"), kind: money() as ListField["kind"] },
  { key: "incomeTax", label: t("podatek dochodowy (zł)", "income tax (zł)", "податок на доходи (зл)"), kind: money() as ListField["kind"], optional: true },
  { key: "socialContribution", label: t("składki na ubezpieczenia społeczne (zł)", "social-insurance contributions (zł)", "внески на соціальне страхування (зл)"), kind: money() as ListField["kind"], optional: true },
  { key: "healthContribution", label: t("składka zdrowotna (zł)", "health contribution (zł)", "внесок на медичне страхування (зл)"), kind: money() as ListField["kind"], optional: true },
];

const memberField = (ctx: FactContext): ListField => ({
  key: "member",
  label: t("osoba", "person", "особа"),
  kind: choice(memberOptions({ household: ctx.household })) as ListField["kind"],
});

/** The base year is asked as a year; the incomes of each member follow as their own questions. */
const baseYearKind = (): AnswerKind => ({ type: "count", min: LIMITS.baseYear.min, max: LIMITS.baseYear.max });

/** In the order they are asked: what most programmes need first. */
export const FACTS: readonly Fact[] = [
  {
    field: "municipality",
    member: false,
    question: t("W jakiej gminie mieszka gospodarstwo?", "Which municipality does the household live in?", "У якій гміні проживає домогосподарство?"),
    help: t("Programy gminne obejmują tylko mieszkańców swojej gminy.", "A municipality's own programmes serve only its residents.", "Програми гміни діють лише для її мешканців."),
    kind: () => choice(municipalityOptions()),
  },
  {
    field: "members[].birthDate",
    member: true,
    question: t("data urodzenia?", "date of birth?", "дата народження?"),
    help: t("Na przykład 2015-03-14 albo 14.03.2015.", "For example 2015-03-14 or 14.03.2015.", "Наприклад, 2015-03-14 або 14.03.2015."),
    kind: date,
  },
  {
    field: "members[].sex",
    member: true,
    question: t("płeć?", "sex?", "стать?"),
    help: t("Od płci zależy wiek emerytalny.", "The retirement age depends on it.", "Від статі залежить пенсійний вік."),
    kind: () => choice(vocabularyOptions(SEXES)),
  },
  {
    field: "members[].residence",
    member: true,
    question: t("jaki ma status pobytu w Polsce?", "what is this person's residence status in Poland?", "який статус перебування в Польщі?"),
    help: t("Obywatelstwo albo rodzaj zezwolenia na pobyt.", "Citizenship or the kind of residence permit.", "Громадянство або вид дозволу на перебування."),
    kind: () => choice(RESIDENCE_OPTIONS),
  },
  {
    field: "members[].residencePermitGround",
    member: true,
    question: t(
      "na jakiej podstawie udzielono zezwolenia na pobyt czasowy?",
      "on what ground was the temporary residence permit granted?",
      "на якій підставі видано дозвіл на тимчасове проживання?",
    ),
    help: t(
      "Przepis ustawy o cudzoziemcach wpisany w decyzji; prawo do pomocy społecznej dają tylko niektóre podstawy (art. 5 pkt 2 lit. a ustawy o pomocy społecznej).",
      "The provision of the Act on Foreigners named in the decision; only some grounds give a right to social assistance (art. 5 pkt 2 lit. a of the social-assistance act).",
      "Положення Закону про іноземців, зазначене в рішенні; право на соціальну допомогу дають лише деякі підстави (ст. 5 п. 2 літ. a закону про соціальну допомогу).",
    ),
    kind: () =>
      choice([
        ...vocabularyOptions(RESIDENCE_PERMIT_GROUNDS.filter((g) => g !== "other")),
        option("other", t("inna podstawa (np. praca, studia)", "another ground (e.g. work, studies)", "інша підстава (напр. робота, навчання)")),
      ]),
  },
  {
    field: "situations",
    member: false,
    question: t("Które z tych sytuacji dotyczą gospodarstwa?", "Which of these situations apply to the household?", "Які з цих ситуацій стосуються домогосподарства?"),
    help: t("Można wybrać kilka albo żadnej (art. 7 ustawy o pomocy społecznej).", "Choose any number, or none (art. 7 of the social-assistance act).", "Можна вибрати кілька або жодної (ст. 7 закону про соціальну допомогу)."),
    kind: () => choice(vocabularyOptions(SITUATIONS), true),
  },
  {
    field: "members[].situations",
    member: true,
    question: t("które z tych sytuacji dotyczą tej osoby?", "which of these situations apply to this person?", "які з цих ситуацій стосуються цієї особи?"),
    help: t("Można wybrać kilka albo żadnej.", "Choose any number, or none.", "Можна вибрати кілька або жодної."),
    kind: () => choice(vocabularyOptions(SITUATIONS), true),
  },
  {
    field: "members[].incomes",
    member: true,
    question: t(
      "jakie dochody wpłynęły w miesiącu przed złożeniem wniosku?",
      "what income was received in the month before the application?",
      "які доходи надійшли в місяці перед поданням заяви?",
    ),
    help: t("Każdy rodzaj dochodu osobno; brak dochodu: żadnej pozycji.", "Each kind of income separately; no income: no entry.", "Кожен вид доходу окремо; немає доходу — жодного запису."),
    kind: () => ({ type: "list", item: INCOME_FIELDS }),
  },
  {
    field: "members[].disability",
    member: true,
    question: t("jakie ma orzeczenie o niepełnosprawności?", "what disability certificate does this person have?", "яке рішення про інвалідність має ця особа?"),
    help: t("Orzeczenie zespołu do spraw orzekania, lekarza orzecznika ZUS albo KRUS.", "A finding of the disability board, of a ZUS doctor or of KRUS.", "Рішення комісії з питань інвалідності, лікаря ZUS або KRUS."),
    kind: () => choice(DISABILITY_OPTIONS),
  },
  {
    field: "members[].disability[].validUntil",
    member: true,
    question: t("do kiedy jest ważne orzeczenie?", "until when is the certificate valid?", "до якого часу дійсне рішення?"),
    help: t("Data z orzeczenia albo „na stałe”.", "The date on the certificate, or permanent.", "Дата з рішення або «безстроково»."),
    kind: () => ({ type: "date", alternatives: [option("permanent", t("na stałe", "permanent", "безстроково"))] }),
  },
  {
    field: "members[].disability[].indication7",
    member: true,
    question: t(
      "czy orzeczenie wskazuje konieczność stałej lub długotrwałej opieki innej osoby?",
      "does the certificate state the need for constant or long-term care by another person?",
      "чи зазначено в рішенні потребу в постійному або тривалому догляді іншої особи?",
    ),
    help: t("Punkt 7 orzeczenia o niepełnosprawności.", "Point 7 of the disability certificate.", "Пункт 7 рішення про інвалідність."),
    kind: yesNo,
  },
  {
    field: "members[].disability[].indication8",
    member: true,
    question: t(
      "czy orzeczenie wskazuje konieczność stałego współudziału opiekuna w leczeniu, rehabilitacji i edukacji?",
      "does the certificate state the need for a carer's constant part in treatment, rehabilitation and education?",
      "чи зазначено в рішенні потребу в постійній участі опікуна в лікуванні, реабілітації та навчанні?",
    ),
    help: t("Punkt 8 orzeczenia o niepełnosprawności.", "Point 8 of the disability certificate.", "Пункт 8 рішення про інвалідність."),
    kind: yesNo,
  },
  {
    field: "members[].flags.inEducation",
    member: true,
    question: t("czy uczy się w szkole lub w szkole wyższej?", "attends school or higher education?", "чи навчається в школі або закладі вищої освіти?"),
    help: t("Nauka w szkole albo na studiach w dniu oceny.", "At school or at university on the day assessed.", "Навчання в школі або у виші на день оцінки."),
    kind: yesNo,
  },
  {
    field: "members[].flags.schoolPupil",
    member: true,
    question: t("czy jest uczniem szkoły (nie studentem)?", "is a school pupil (not a university student)?", "чи є учнем школи (не студентом)?"),
    help: t("Uczeń szkoły, słuchacz kolegium albo ośrodka; nie student uczelni.", "A pupil of a school, college or centre; not a university student.", "Учень школи, слухач коледжу чи центру; не студент вишу."),
    kind: yesNo,
  },
  {
    field: "members[].flags.receivesCareServices",
    member: true,
    question: t(
      "czy korzysta już z usług opiekuńczych lub specjalistycznych usług opiekuńczych?",
      "already receives care services or specialist care services?",
      "чи вже отримує опікунські або спеціалізовані опікунські послуги?",
    ),
    help: t("Usługi przyznane przez ośrodek pomocy społecznej.", "Services granted by the social-assistance centre.", "Послуги, призначені центром соціальної допомоги."),
    kind: yesNo,
  },
  {
    field: "members[].flags.receivesNursingSupplement",
    member: true,
    question: t(
      "czy ma prawo do dodatku pielęgnacyjnego wypłacanego z emeryturą lub rentą (ZUS, KRUS)?",
      "is entitled to the nursing supplement paid with a pension (ZUS, KRUS)?",
      "чи має право на надбавку на догляд, що виплачується з пенсією (ZUS, KRUS)?",
    ),
    help: t("Dodatek pielęgnacyjny wyklucza zasiłek pielęgnacyjny.", "The nursing supplement rules out the care allowance.", "Надбавка на догляд виключає допомогу на догляд (zasiłek pielęgnacyjny)."),
    kind: yesNo,
  },
  {
    field: "members[].flags.disabilityBefore21",
    member: true,
    question: t(
      "czy według orzeczenia niepełnosprawność powstała przed ukończeniem 21 lat?",
      "did the disability arise before the age of 21, as the certificate states?",
      "чи, згідно з рішенням, інвалідність виникла до 21 року?",
    ),
    help: t("Data powstania niepełnosprawności jest w orzeczeniu o stopniu.", "The date the disability arose is stated in the certificate of its degree.", "Дата виникнення інвалідності зазначена в рішенні про її ступінь."),
    kind: yesNo,
  },
  {
    field: "members[].flags.inFullCareInstitution",
    member: true,
    question: t(
      "czy przebywa w instytucji, która nieodpłatnie zapewnia całodobowe utrzymanie (np. DPS, zakład karny)?",
      "lives in an institution providing full board free of charge (e.g. a care home, a prison)?",
      "чи перебуває в закладі, що безоплатно забезпечує цілодобове утримання (наприклад, будинок соціальної допомоги, в'язниця)?",
    ),
    help: t("Szpital ani zakład opiekuńczo-leczniczy, za który się płaci, się nie liczy.", "A hospital or a care facility the person pays for does not count.", "Лікарня чи заклад догляду, за який людина платить, не враховується."),
    kind: yesNo,
  },
  {
    field: "members[].flags.livesWithCarer",
    member: true,
    question: t(
      "czy mieszka razem (we wspólnym gospodarstwie domowym) z osobą, która się nim bezpośrednio opiekuje?",
      "lives together (in one household) with the person who directly cares for them?",
      "чи проживає разом (в одному домогосподарстві) з особою, яка безпосередньо доглядає за ним?",
    ),
    help: t("Opiekun to osoba, która wskazała tę osobę jako pozostającą pod jej opieką.", "The carer is the person who named this person as someone they care for.", "Опікун — це особа, яка вказала цю людину як таку, що перебуває під її доглядом."),
    kind: yesNo,
  },
  {
    field: "members[].flags.pitInMunicipality",
    member: true,
    question: t(
      "czy rozlicza podatek PIT w urzędzie skarbowym właściwym dla mieszkańca tej gminy?",
      "files PIT with the tax office competent for a resident of this municipality?",
      "чи подає декларацію PIT до податкової, що обслуговує мешканців цієї гміни?",
    ),
    help: t("Adres zamieszkania podany w zeznaniu podatkowym.", "The address of residence given in the tax return.", "Адреса проживання, зазначена в податковій декларації."),
    kind: yesNo,
  },
  {
    field: "members[].applicantRelation",
    member: true,
    question: t("kim jest dla tej osoby wnioskodawca?", "who is the applicant to this person?", "ким є заявник для цієї особи?"),
    help: t("Na przykład matka, ojciec albo opiekun prawny.", "For example mother, father or legal guardian.", "Наприклад, мати, батько або законний опікун."),
    kind: () => choice(RELATION_OPTIONS),
  },
  {
    field: "members[].custodySince",
    member: true,
    question: t(
      "od kiedy wnioskodawca sprawuje opiekę nad tym dzieckiem albo od kiedy je przysposobił?",
      "since when has the applicant had custody of this child, or adopted them?",
      "з якого часу заявник опікується цією дитиною або її усиновив?",
    ),
    help: t("Data objęcia opieką prawną, faktyczną albo przysposobienia.", "The date of legal or de-facto custody, or of adoption.", "Дата встановлення опіки (законної чи фактичної) або усиновлення."),
    kind: date,
  },
  {
    field: "members[].birth.live",
    member: true,
    question: t("czy dziecko urodziło się żywe?", "was the child born alive?", "чи дитина народилася живою?"),
    help: t("Według aktu urodzenia.", "As the birth certificate states.", "Згідно зі свідоцтвом про народження."),
    kind: yesNo,
  },
  {
    field: "members[].birth.severeConditionCertificate",
    member: true,
    question: t(
      "czy jest zaświadczenie lekarskie o ciężkim i nieodwracalnym upośledzeniu albo nieuleczalnej chorobie zagrażającej życiu, powstałych przed porodem lub w czasie porodu?",
      "is there a medical certificate of a severe and irreversible impairment or an incurable life-threatening illness that arose before or during birth?",
      "чи є медична довідка про тяжке й незворотне порушення або невиліковну хворобу, що загрожує життю, які виникли до або під час пологів?",
    ),
    help: t("Zaświadczenie z ustawy „Za życiem”.", "The certificate of the „Za życiem” act.", "Довідка за законом «Za życiem»."),
    kind: yesNo,
  },
  {
    field: "members[].birth.prenatalCareFromWeek",
    member: true,
    question: t(
      "od którego tygodnia ciąży matka była pod opieką lekarza lub położnej?",
      "from which week of pregnancy was the mother under a doctor's or midwife's care?",
      "з якого тижня вагітності мати перебувала під наглядом лікаря або акушерки?",
    ),
    help: t("Tydzień z zaświadczenia lekarza lub położnej.", "The week the doctor's or midwife's certificate states.", "Тиждень, зазначений у довідці лікаря або акушерки."),
    kind: () => ({ type: "count", min: LIMITS.pregnancyWeek.min, max: LIMITS.pregnancyWeek.max }),
  },
  {
    field: "members[].birth.prenatalCareUntilBirth",
    member: true,
    question: t("czy matka pozostawała pod opieką medyczną aż do porodu?", "did the mother stay under medical care until the birth?", "чи перебувала мати під медичним наглядом до пологів?"),
    help: t("Według tego samego zaświadczenia.", "As the same certificate states.", "Згідно з тією ж довідкою."),
    kind: yesNo,
  },
  {
    field: "members[].alimony.awarded",
    member: true,
    question: t("jakie alimenty zasądzono miesięcznie (zł)?", "what monthly alimony was awarded (zł)?", "які аліменти присуджено щомісяця (зл)?"),
    help: t("Kwota z wyroku sądu albo ugody sądowej.", "The amount in the court's judgment or settlement.", "Сума з рішення суду або судової мирової угоди."),
    kind: money,
  },
  {
    field: "members[].alimony.enforcementIneffective",
    member: true,
    question: t("czy egzekucja alimentów okazała się bezskuteczna?", "did enforcement of the alimony prove ineffective?", "чи стягнення аліментів виявилося безрезультатним?"),
    help: t("Zaświadczenie komornika o bezskuteczności egzekucji.", "The bailiff's certificate that enforcement was ineffective.", "Довідка судового виконавця про безрезультатність стягнення."),
    kind: yesNo,
  },
  {
    field: "members[].caresFor",
    member: true,
    question: t("którymi osobami z gospodarstwa opiekuje się bezpośrednio?", "which members of the household does this person directly care for?", "про кого з домогосподарства безпосередньо піклується?"),
    help: t("Można wybrać kilka osób albo nikogo.", "Choose any number of people, or nobody.", "Можна вибрати кілька осіб або нікого."),
    kind: (ctx) => choice(memberOptions(ctx), true),
  },
  {
    field: "members[].childrenNotListed",
    member: true,
    question: t(
      "ile ma dzieci (także dorosłych lub mieszkających osobno), których nie wymieniono w gospodarstwie?",
      "how many children (grown up or living elsewhere) does this person have who are not listed in the household?",
      "скільки має дітей (також дорослих або тих, що живуть окремо), яких не вказано в домогосподарстві?",
    ),
    help: t("0, gdy wszystkie dzieci są wymienione.", "0 when every child is listed.", "0, якщо всіх дітей вказано."),
    kind: () => ({ type: "count", min: 0, max: LIMITS.childrenNotListed }),
  },
  {
    field: "applicationDate",
    member: false,
    question: t("Kiedy złożono albo zostanie złożony wniosek?", "When was (or will) the application (be) filed?", "Коли подано (або буде подано) заяву?"),
    help: t("Niektóre świadczenia przysługują tylko na wniosek złożony w terminie.", "Some benefits are paid only on an application filed in time.", "Деякі виплати призначаються лише за заявою, поданою вчасно."),
    kind: date,
  },
  {
    field: "baseYear",
    member: false,
    question: t("Za który rok podajesz dochody rodziny (rok bazowy)?", "Which year are the family's incomes for (the base year)?", "За який рік вказуєте доходи сім'ї (базовий рік)?"),
    help: t(
      "Świadczenia rodzinne liczą dochód z roku kalendarzowego przed okresem zasiłkowym.",
      "Family benefits count the income of the calendar year before the benefit period.",
      "Сімейні виплати враховують дохід за календарний рік перед періодом виплат.",
    ),
    kind: baseYearKind,
    write: (year) => ({ year, incomes: {} }),
  },
  {
    field: "baseYear.year",
    member: false,
    question: t("Za który rok podajesz dochody rodziny (rok bazowy)?", "Which year are the family's incomes for (the base year)?", "За який рік вказуєте доходи сім'ї (базовий рік)?"),
    help: t(
      "Podany rok nie jest rokiem bazowym tego okresu zasiłkowego.",
      "The year given is not the base year of this benefit period.",
      "Вказаний рік не є базовим для цього періоду виплат.",
    ),
    kind: baseYearKind,
  },
  {
    field: "baseYear.incomes.*",
    member: true,
    question: t("jaki był dochód w roku {year} (zł, po podatku i składkach)?", "what was the income in {year} (zł, after tax and contributions)?", "який був дохід у {year} році (зл, після податків і внесків)?"),
    help: t("Z zaświadczenia urzędu skarbowego albo oświadczenia; 0, gdy brak.", "From the tax office's certificate or a declaration; 0 if none.", "Із довідки податкової або декларації; 0, якщо доходу не було."),
    kind: money,
  },
  {
    field: "baseYear.farmHectares",
    member: false,
    question: t(
      "Ile hektarów przeliczeniowych miało gospodarstwo rolne rodziny w roku {year}?",
      "How many conversion hectares did the family's farm have in {year}?",
      "Скільки умовних гектарів мало фермерське господарство сім'ї у {year} році?",
    ),
    help: t("0, gdy rodzina nie ma gospodarstwa rolnego.", "0 when the family has no farm.", "0, якщо сім'я не має господарства."),
    kind: () => ({ type: "decimal" }),
  },
  {
    field: "baseYear.lostIncome",
    member: false,
    question: t(
      "Czy ktoś w rodzinie utracił dochód (np. pracę) w roku {year} lub później?",
      "Did anyone in the family lose an income (e.g. a job) in {year} or later?",
      "Чи хтось у сім'ї втратив дохід (напр., роботу) у {year} році або пізніше?",
    ),
    help: t("Każdy utracony dochód osobno, z jego kwotą z roku bazowego; nikt: żadnej pozycji.", "Each lost income with its base-year amount; nobody: no entry.", "Кожен втрачений дохід окремо з його сумою за базовий рік; ніхто — жодного запису."),
    kind: (ctx) => ({ type: "list", item: [memberField(ctx), { key: "amount", label: t("dochód utracony (zł w roku bazowym)", "income lost (zł in the base year)", "втрачений дохід (зл за базовий рік)"), kind: money() as ListField["kind"] }] }),
  },
  {
    field: "baseYear.gainedIncome",
    member: false,
    question: t(
      "Czy ktoś w rodzinie uzyskał nowy dochód w roku {year} lub później?",
      "Did anyone in the family gain a new income in {year} or later?",
      "Чи хтось у сім'ї отримав новий дохід у {year} році або пізніше?",
    ),
    help: t("Każdy nowy dochód osobno, z kwotą miesięczną; nikt: żadnej pozycji.", "Each new income with its monthly amount; nobody: no entry.", "Кожен новий дохід окремо з місячною сумою; ніхто — жодного запису."),
    kind: (ctx) => ({
      type: "list",
      item: [
        memberField(ctx),
        { key: "monthly", label: t("dochód miesięczny (zł)", "monthly income (zł)", "місячний дохід (зл)"), kind: money() as ListField["kind"] },
        { key: "includedInBaseYear", label: t("część już ujęta w roku bazowym (zł)", "part already in the base year (zł)", "частина, вже врахована в базовому році (зл)"), kind: money() as ListField["kind"], optional: true },
      ],
    }),
  },
];

/**
 * Fields of the schema that are not asked as questions, and why: what a face asks to build the
 * household at all, and facts never reported missing (an omitted one has a meaning of its own).
 */
export const NOT_ASKED: Readonly<Record<string, string>> = {
  evaluationDate: "the date of the assessment: asked by every face before anything else",
  householdType: "whether the person lives alone: asked with the household's members",
  members: "the household's members: asked by the face, with their roles",
  "members[].id": "an identifier the face gives",
  "members[].role": "asked with the household's members",
  "members[].name": "how the questions name a member; asked with the household's members",
  "members[].pesel": "an alternative to the date of birth, which is what is asked",
  "members[].alimonyPaid": "omitted: no alimony paid (art. 8 ust. 3 pkt 3 subtracts it when given)",
  "members[].farm.hectares": "omitted farm: no farm",
  "members[].farm.krusContributions": "omitted: no KRUS contributions",
  incomeLoss: "omitted: no income lost (the month before the application is counted)",
  "baseYear.incomes": "asked member by member (baseYear.incomes.*)",
};
