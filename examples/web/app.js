// The screener page: a household form on top of the kryterium library, every programme's
// outcome with its reason and citation, in Polish, English or Ukrainian. What a decision is still
// missing is asked below the form as follow-up questions (kryterium/questions), answered in place
// until nothing askable is left. Everything runs in the browser; nothing is sent anywhere.
// Built by examples/web/build.mjs (esbuild) into examples/web/dist/.
import {
  ageOn,
  evaluate,
  explainResult,
  isHouseholdValidationError,
  isKryteriumError,
  renderMessage,
  renderOutcome,
  rulesAsOf,
  valueAt,
  version,
} from "kryterium";
import { applyAnswer, questionFor, questionsFor } from "kryterium/questions";
import { questionForm } from "./follow-up.js";

const UI = {
  pl: {
    title: "Jaka pomoc społeczna przysługuje?",
    lead: "Wpisz gospodarstwo domowe, a kryterium sprawdzi każdy program: czy przysługuje, dlaczego i na jakiej podstawie prawnej. Wynik jest orientacyjny — decyzję wydaje ośrodek pomocy społecznej.",
    household: "Gospodarstwo domowe",
    date: "Data oceny",
    municipality: "Gmina zamieszkania",
    municipalityUnknown: "nie podano",
    municipalityOther: "inna gmina",
    situations: "Sytuacja (art. 7 ustawy o pomocy społecznej)",
    addMember: "+ Dodaj osobę",
    check: "Sprawdź",
    remove: "usuń",
    member: "Osoba",
    applicant: "Wnioskodawca",
    name: "Imię (do pytań, opcjonalnie)",
    role: "Kim jest dla wnioskodawcy",
    birthDate: "Data urodzenia",
    years: (n) => `${n} ${n === 1 ? "rok" : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? "lata" : "lat"}`,
    sex: "Płeć",
    residence: "Obywatelstwo / pobyt",
    disability: "Niepełnosprawność",
    schoolPupil: "uczy się w szkole",
    incomeType: "Dochód (miesięczny)",
    gross: "Przychód brutto, zł",
    incomeTax: "Podatek, zł",
    healthContribution: "Składka zdrowotna, zł",
    socialContribution: "Składki społeczne, zł",
    summary: (e, n, a) => `Przysługuje: ${e} · nie przysługuje: ${n} · wymaga oceny: ${a}`,
    amount: "Kwota",
    range: (min, max) => `${min}–${max} zł (ustala ośrodek)`,
    basis: "Podstawa prawna",
    version: "Przepisy w wersji",
    missing: "Brakujące dane",
    details: "Pełne uzasadnienie",
    invalid: "Popraw dane gospodarstwa:",
    error: "Nie udało się ocenić gospodarstwa:",
    footer: "Zbudowane na bibliotece kryterium",
    about: (v, d) => `wersja ${v}, przepisy znane do ${d}.`,
    sexes: { F: "kobieta", M: "mężczyzna" },
    privacy: "Prywatność: wszystko liczy się w tej przeglądarce. Nic, co wpiszesz, nie jest wysyłane ani zapisywane.",
    followUp: "Jeszcze kilka pytań",
    followUpLead: (n) => `Tych informacji brakuje, by rozstrzygnąć ${n === 1 ? "program" : "programy"} poniżej. Odpowiedz tutaj — wynik zmieni się od razu.`,
    decided: "Wszystko, o co można zapytać, zostało ustalone.",
    missingAnswers: "Brakuje odpowiedzi",
    field: "pole",
    resultsIn: "",
  },
  en: {
    title: "Which social assistance can you get?",
    lead: "Enter a household and kryterium checks every programme: whether it is granted, why, and on what legal basis. The result is indicative — the social-assistance office decides.",
    household: "Household",
    date: "Evaluation date",
    municipality: "Municipality of residence",
    municipalityUnknown: "not given",
    municipalityOther: "another municipality",
    situations: "Situation (art. 7 of the Social Assistance Act)",
    addMember: "+ Add a person",
    check: "Check",
    remove: "remove",
    member: "Person",
    applicant: "Applicant",
    name: "Name (for the questions, optional)",
    role: "Relation to the applicant",
    birthDate: "Date of birth",
    years: (n) => `${n} ${n === 1 ? "year" : "years"}`,
    sex: "Sex",
    residence: "Citizenship / residence",
    disability: "Disability",
    schoolPupil: "attends school",
    incomeType: "Income (monthly)",
    gross: "Gross receipts, PLN",
    incomeTax: "Income tax, PLN",
    healthContribution: "Health contribution, PLN",
    socialContribution: "Social contributions, PLN",
    summary: (e, n, a) => `Eligible: ${e} · not eligible: ${n} · needs assessment: ${a}`,
    amount: "Amount",
    range: (min, max) => `PLN ${min}–${max} (set by the office)`,
    basis: "Legal basis",
    version: "Rule version",
    missing: "Missing facts",
    details: "Full explanation",
    invalid: "Please correct the household:",
    error: "The household could not be evaluated:",
    footer: "Built on the kryterium library",
    about: (v, d) => `version ${v}, law known up to ${d}.`,
    sexes: { F: "female", M: "male" },
    privacy: "Privacy: everything is worked out in this browser. Nothing you enter is sent anywhere or stored.",
    followUp: "A few more questions",
    followUpLead: (n) => `${n === 1 ? "The programme" : "The programmes"} below cannot be decided without these. Answer here — the result changes at once.`,
    decided: "Everything that can be asked has been settled.",
    missingAnswers: "Answers missing",
    field: "field",
    resultsIn: "",
  },
  uk: {
    title: "Яка соціальна допомога вам належить?",
    lead: "Введіть дані домогосподарства, і kryterium перевірить кожну програму: чи належить допомога, чому і на якій правовій підставі. Результат орієнтовний — рішення ухвалює центр соціальної допомоги.",
    household: "Домогосподарство",
    date: "Дата оцінки",
    municipality: "Гміна проживання",
    municipalityUnknown: "не вказано",
    municipalityOther: "інша гміна",
    situations: "Ситуація (ст. 7 Закону про соціальну допомогу)",
    addMember: "+ Додати особу",
    check: "Перевірити",
    remove: "видалити",
    member: "Особа",
    applicant: "Заявник",
    name: "Ім'я (для питань, необов'язково)",
    role: "Ким є для заявника",
    birthDate: "Дата народження",
    years: (n) => `${n} ${new Intl.PluralRules("uk").select(n) === "one" ? "рік" : new Intl.PluralRules("uk").select(n) === "few" ? "роки" : "років"}`,
    sex: "Стать",
    residence: "Громадянство / перебування",
    disability: "Інвалідність",
    schoolPupil: "навчається в школі",
    incomeType: "Дохід (щомісячний)",
    gross: "Дохід брутто, зл",
    incomeTax: "Податок, зл",
    healthContribution: "Внесок на медичне страхування, зл",
    socialContribution: "Соціальні внески, зл",
    summary: (e, n, a) => `Належить: ${e} · не належить: ${n} · потребує оцінки: ${a}`,
    amount: "Сума",
    range: (min, max) => `${min}–${max} зл (визначає центр)`,
    basis: "Правова підстава",
    version: "Редакція правил",
    missing: "Бракує даних",
    details: "Повне обґрунтування",
    invalid: "Виправте дані домогосподарства:",
    error: "Не вдалося оцінити домогосподарство:",
    footer: "Створено на бібліотеці kryterium",
    about: (v, d) => `версія ${v}, правила відомі до ${d}.`,
    sexes: { F: "жінка", M: "чоловік" },
    privacy: "Конфіденційність: усе обчислюється в цьому браузері. Нічого з того, що ви вводите, нікуди не надсилається і не зберігається.",
    followUp: "Ще кілька питань",
    followUpLead: (n) => `Без цих відомостей ${n === 1 ? "програму" : "програми"} нижче не можна вирішити. Дайте відповідь тут — результат зміниться одразу.`,
    decided: "Усе, про що можна запитати, з'ясовано.",
    missingAnswers: "Бракує відповідей",
    field: "поле",
    resultsIn: "Назви програм, причини й правові підстави — польською мовою, мовою закону.",
  },
};

/** [value, pl, en, uk] — the household vocabulary of kryterium, labelled. */
const SITUATIONS = [
  ["ubostwo", "ubóstwo", "poverty", "бідність"],
  ["sieroctwo", "sieroctwo", "orphanhood", "сирітство"],
  ["bezdomnosc", "bezdomność", "homelessness", "безпритульність"],
  ["bezrobocie", "bezrobocie", "unemployment", "безробіття"],
  ["niepelnosprawnosc", "niepełnosprawność", "disability", "інвалідність"],
  ["dlugotrwala-lub-ciezka-choroba", "długotrwała lub ciężka choroba", "long-term or serious illness", "тривала або тяжка хвороба"],
  ["przemoc-domowa", "przemoc domowa", "domestic violence", "домашнє насильство"],
  ["ochrona-macierzynstwa-lub-wielodzietnosci", "macierzyństwo lub wielodzietność", "maternity or a large family", "материнство або багатодітність"],
  ["bezradnosc-opiekunczo-wychowawcza", "bezradność w sprawach opiekuńczo-wychowawczych", "helplessness in upbringing matters", "труднощі з доглядом і вихованням дітей"],
  ["alkoholizm-lub-narkomania", "alkoholizm lub narkomania", "alcoholism or drug addiction", "алкоголізм або наркоманія"],
  ["zdarzenie-losowe-lub-sytuacja-kryzysowa", "zdarzenie losowe lub sytuacja kryzysowa", "random event or crisis", "нещасний випадок або кризова ситуація"],
  ["kleska-zywiolowa-lub-ekologiczna", "klęska żywiołowa lub ekologiczna", "natural or ecological disaster", "стихійне лихо або екологічна катастрофа"],
];
const ROLES = [
  ["spouse", "małżonek / małżonka", "spouse", "чоловік / дружина"],
  ["partner", "partner / partnerka", "partner", "партнер / партнерка"],
  ["child", "dziecko", "child", "дитина"],
  ["parent", "rodzic", "parent", "батько / мати"],
  ["sibling", "rodzeństwo", "sibling", "брат / сестра"],
  ["grandparent", "dziadek / babcia", "grandparent", "дідусь / бабуся"],
  ["other", "inna osoba", "other person", "інша особа"],
];
const RESIDENCE = [
  ["citizen", "obywatel(ka) Polski", "Polish citizen", "громадянин(ка) Польщі"],
  ["permanent-residence", "zezwolenie na pobyt stały", "permanent residence permit", "дозвіл на постійне проживання"],
  ["eu-long-term-resident", "rezydent długoterminowy UE", "EU long-term resident", "довгостроковий резидент ЄС"],
  ["eu-eea-citizen-with-right-of-residence", "obywatel(ka) UE/EOG z prawem pobytu", "EU/EEA citizen with right of residence", "громадянин(ка) ЄС/ЄЕЗ із правом перебування"],
  ["refugee", "status uchodźcy", "refugee status", "статус біженця"],
  ["subsidiary-protection", "ochrona uzupełniająca", "subsidiary protection", "додатковий захист"],
  ["temporary-residence", "zezwolenie na pobyt czasowy", "temporary residence permit", "дозвіл на тимчасове проживання"],
  ["humanitarian-stay", "pobyt ze względów humanitarnych", "humanitarian stay", "перебування з гуманітарних міркувань"],
  ["tolerated-stay", "pobyt tolerowany", "tolerated stay", "толероване перебування"],
  ["trafficking-victim", "ofiara handlu ludźmi", "victim of human trafficking", "жертва торгівлі людьми"],
  ["ukrainian-special-act", "obywatel(ka) Ukrainy — status UKR (specustawa)", "Ukrainian citizen — UKR status (special act)", "громадянин(ка) України — статус UKR (спецзакон)"],
  ["other", "inny", "other", "інший"],
];
const DISABILITY = [
  ["none", "brak", "none", "немає"],
  ["lekki", "stopień lekki", "mild degree", "легкий ступінь"],
  ["umiarkowany", "stopień umiarkowany", "moderate degree", "помірний ступінь"],
  ["znaczny", "stopień znaczny", "severe degree", "значний ступінь"],
  ["child", "orzeczenie o niepełnosprawności (dziecko do 16 lat)", "disability certificate (child under 16)", "рішення про інвалідність (дитина до 16 років)"],
  ["child-7", "orzeczenie dziecka ze wskazaniem 7 (stała opieka)", "child certificate with indication 7 (constant care)", "рішення щодо дитини з вказівкою 7 (постійний догляд)"],
  ["unknown", "nie wiem", "don't know", "не знаю"],
];
const INCOMES = [
  ["none", "brak dochodu", "no income", "немає доходу"],
  ["wynagrodzenie", "wynagrodzenie", "wages", "заробітна плата"],
  ["emerytura-renta", "emerytura lub renta", "pension", "пенсія"],
  ["dzialalnosc-gospodarcza", "działalność gospodarcza", "business", "підприємницька діяльність"],
  ["zasilek-dla-bezrobotnych", "zasiłek dla bezrobotnych", "unemployment benefit", "допомога по безробіттю"],
  ["alimenty-otrzymywane", "alimenty", "alimony received", "аліменти"],
  ["swiadczenia-rodzinne", "świadczenia rodzinne", "family benefits", "сімейні виплати"],
  ["inne", "inny dochód", "other income", "інший дохід"],
  ["unknown", "nie wiem", "don't know", "не знаю"],
];

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
let lang = "pl";
let last; // the last evaluation, re-rendered when the language changes

/** A label of a [pl, en, uk] triple in the page's language. */
const inLang = ([pl, en, uk]) => ({ pl, en, uk })[lang];

function fillSelect(select, options, keep = true) {
  const value = select.value;
  select.replaceChildren(...options.map(([v, ...labels]) => new Option(inLang(labels), v)));
  if (keep && value && options.some(([v]) => v === value)) select.value = value;
}

function municipalities() {
  let table = {};
  try {
    table = valueAt("pl/gminy", $("#date").value).version.table ?? {};
  } catch {
    // a date before the register: only "not given" and "another municipality"
  }
  const t = UI[lang];
  const same = (text) => [text, text, text];
  return [["", ...same(t.municipalityUnknown)], ...Object.entries(table).map(([teryt, name]) => [teryt, ...same(name)]), ["other", ...same(t.municipalityOther)]];
}

function addMember(first = false) {
  const node = $("#member-template").content.firstElementChild.cloneNode(true);
  node.dataset.applicant = String(first);
  if (first) {
    $(".remove", node).remove();
    $(".role-field", node).hidden = true;
  }
  $(".remove", node)?.addEventListener("click", () => {
    node.remove();
    translate();
  });
  $("[name=birthDate]", node).addEventListener("input", () => showAge(node));
  $("#members").append(node);
  translate();
  if (!first) $("[name=role]", node).value = "child";
  return node;
}

function showAge(node) {
  const birth = $("[name=birthDate]", node).value;
  const date = $("#date").value;
  let text = "";
  if (birth && date && birth <= date) text = UI[lang].years(ageOn(birth, date));
  $("[name=age]", node).value = text;
}

function translate() {
  const t = UI[lang];
  document.documentElement.lang = lang;
  document.title = `kryterium — ${t.title}`;
  for (const el of $$("[data-t]")) el.textContent = t[el.dataset.t];
  $("#about").textContent = t.about(version, rulesAsOf);
  for (const l of ["pl", "en", "uk"]) $(`#lang-${l}`).setAttribute("aria-pressed", String(lang === l));
  fillSelect($("#municipality"), municipalities());
  const checked = new Set($$("#situations input:checked").map((i) => i.value));
  $("#situations").replaceChildren(
    ...SITUATIONS.map(([value, ...labels]) => {
      const label = document.createElement("label");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "situation", value, checked: checked.has(value) });
      label.append(box, ` ${inLang(labels)}`);
      return label;
    }),
  );
  $$(".member").forEach((node, i) => {
    $(".member-title", node).textContent = i === 0 ? t.applicant : `${t.member} ${i + 1}`;
    fillSelect($("[name=role]", node), ROLES);
    fillSelect($("[name=sex]", node), Object.entries(t.sexes).map(([v, label]) => [v, label, label, label]));
    fillSelect($("[name=residence]", node), RESIDENCE);
    fillSelect($("[name=disability]", node), DISABILITY);
    fillSelect($("[name=incomeType]", node), INCOMES);
    showAge(node);
  });
  if (last) show(last, true);
}

const money = (input) => input.value.trim().replace(",", ".");

function memberOf(node, i) {
  const field = (name) => $(`[name=${name}]`, node);
  const t = UI[lang];
  const member = {
    id: `osoba-${i + 1}`,
    // the name the follow-up questions call the person by
    name: field("name").value.trim() || (i === 0 ? t.applicant : `${t.member} ${i + 1}`),
    role: i === 0 ? "applicant" : field("role").value,
    sex: field("sex").value,
    residence: field("residence").value,
    flags: { schoolPupil: field("schoolPupil").checked },
  };
  if (field("birthDate").value) member.birthDate = field("birthDate").value;
  const disability = field("disability").value;
  if (disability === "none") member.disability = [];
  else if (disability === "child") member.disability = [{ kind: "orzeczenie-dziecka", validUntil: "permanent" }];
  else if (disability === "child-7") member.disability = [{ kind: "orzeczenie-dziecka", indication7: true, validUntil: "permanent" }];
  else if (disability !== "unknown") member.disability = [{ kind: "stopien", degree: disability, validUntil: "permanent" }];
  const type = field("incomeType").value;
  if (type === "none") member.incomes = [];
  else if (type !== "unknown") {
    const income = { type, gross: money(field("gross")) || "0.00" };
    for (const d of ["incomeTax", "healthContribution", "socialContribution"]) if (money(field(d))) income[d] = money(field(d));
    member.incomes = [income];
  }
  return member;
}

function household() {
  const members = $$(".member").map(memberOf);
  const municipality = $("#municipality").value;
  const h = {
    evaluationDate: $("#date").value,
    householdType: members.length === 1 ? "single" : "family",
    situations: $$("#situations input:checked").map((i) => i.value),
    members,
  };
  if (municipality === "other") h.municipality = "other";
  else if (municipality) h.municipality = { teryt: municipality, name: $("#municipality").selectedOptions[0].textContent };
  return h;
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
}

const citation = (c) => [c.instrument, c.provision, c.publication].filter(Boolean).join(", ");

/** Where an input issue is, in words: the person it is about and the field, never its path. */
function whereIs(path, h) {
  const t = UI[lang];
  const question = questionFor(path, h);
  if (question) return question.text[lang];
  const m = /^members\[(\d+)\](?:\.(\w+))?(?:.*\.(\w+))?$/.exec(path);
  if (!m) return t.household;
  const who = Number(m[1]) === 0 ? t.applicant : `${t.member} ${Number(m[1]) + 1}`;
  const field = t[m[3] ?? m[2]];
  return typeof field === "string" ? `${who}: ${field}` : who;
}

/** The programmes' own names, reasons and citations exist in Polish and English: Polish on the Ukrainian page. */
const resultLang = () => (lang === "en" ? "en" : "pl");

function renderResults(state) {
  const t = UI[lang];
  const box = $("#results");
  if (state.error) {
    const issues = state.error.issues?.map((i) => el("li", {}, `${whereIs(i.path, state.household)}: ${i.message[resultLang()]}`)) ?? [el("li", {}, state.error.message)];
    box.replaceChildren(el("div", { className: "errors", role: "alert" }, el("p", {}, state.error.issues ? t.invalid : t.error), el("ul", {}, ...issues)));
    return;
  }
  const rl = resultLang();
  const count = (o) => state.results.filter((r) => r.outcome === o).length;
  // What a person can get first, then what the office must assess, then the rest.
  const order = { eligible: 0, "needs-assessment": 1, "not-eligible": 2 };
  const results = [...state.results].sort((a, b) => order[a.outcome] - order[b.outcome]);
  const asked = (path) => questionFor(path, state.household)?.text[lang];
  box.replaceChildren(
    ...[
    el("p", { className: "summary" }, t.summary(count("eligible"), count("not-eligible"), count("needs-assessment"))),
    t.resultsIn ? el("p", { className: "results-in" }, t.resultsIn) : undefined,
    ...results.map((r) => {
      const amount = r.amount !== undefined ? `${r.amount} zł` : r.range ? t.range(r.range.min, r.range.max) : undefined;
      const missing = r.missing.map(asked).filter(Boolean);
      return el(
        "article",
        { className: `result ${r.outcome}`, id: `programme-${r.programme.replaceAll("/", "-")}`, lang: rl },
        el("h3", {}, el("span", { className: "outcome" }, renderOutcome(r.outcome, rl)), el("span", { className: "title" }, r.title[rl]), amount && el("span", { className: "amount" }, amount)),
        el("p", { className: "reason" }, renderMessage(r.reason, rl)),
        el("p", { className: "citation" }, `${UI[rl].basis}: ${citation(r.legalBasis)}`),
        r.version && el("p", { className: "version" }, `${UI[rl].version}: ${r.version.from} – ${r.version.to ?? "…"} (${citation(r.version.reference)})`),
        missing.length ? el("p", { className: "missing", lang }, `${t.missingAnswers}: ${missing.join(" · ")}`) : undefined,
        el("details", {}, el("summary", {}, UI[rl].details), el("pre", {}, explainResult(r, rl).join("\n"))),
      );
    }),
    ].filter(Boolean),
  );
}

/** The follow-up questions: what the evaluation is missing and was neither answered nor skipped, each a small form. */
function renderFollowUp(state, rebuild) {
  const t = UI[lang];
  const box = $("#follow-up");
  if (state.error) {
    box.hidden = true;
    return;
  }
  const open = state.questions;
  box.hidden = open.length === 0 && Object.keys(answers).length === 0;
  $("#follow-up-title").textContent = t.followUp;
  const programmes = new Set(open.flatMap((q) => q.programmes));
  $("#follow-up-lead").textContent = open.length ? t.followUpLead(programmes.size) : t.decided;
  // a question still open keeps its form, and whatever was typed into it
  const list = $("#questions");
  const kept = new Map(rebuild ? [] : [...list.children].map((node) => [node.dataset.path, node]));
  list.replaceChildren(...open.map((q) => kept.get(q.path) ?? questionForm(q, lang, answer)));
  box.dataset.open = String(open.length);
}

const answers = {}; // follow-up answers by question path; null: "don't know"

function answer(path, value) {
  answers[path] = value;
  evaluateNow();
  const next = $("#questions .question input, #questions .question select, #questions .question button");
  next?.focus();
}

/** The form's household with the follow-up answers written in (an answer its question no longer applies to is left out). */
function answered(h) {
  let current = h;
  for (const [path, value] of Object.entries(answers)) {
    if (questionFor(path, current) === undefined) continue;
    current = applyAnswer(current, path, value);
  }
  return current;
}

function evaluateNow() {
  const h = answered(household());
  try {
    const evaluation = evaluate(h);
    const questions = questionsFor(evaluation, h).filter((q) => !Object.prototype.hasOwnProperty.call(answers, q.path));
    last = { results: evaluation.results, household: h, questions };
  } catch (e) {
    if (!isHouseholdValidationError(e) && !isKryteriumError(e)) throw e;
    last = { error: e, household: h };
  }
  show(last, false);
}

function show(state, rebuild) {
  renderFollowUp(state, rebuild);
  renderResults(state);
}

function check(event) {
  event?.preventDefault();
  evaluateNow();
}

function setLang(next) {
  lang = next;
  translate();
}

$("#date").value = new Date().toISOString().slice(0, 10);
$("#date").addEventListener("change", () => translate());
for (const l of ["pl", "en", "uk"]) $(`#lang-${l}`).addEventListener("click", () => setLang(l));
$("#add-member").addEventListener("click", () => addMember());
$("#household").addEventListener("submit", check);
addMember(true);
document.body.dataset.ready = "true";
