// The screener page: a household form on top of the kryterium library, every programme's
// outcome with its reason and citation, in Polish or English. Everything runs in the browser;
// nothing is sent anywhere. Built by examples/web/build.mjs (esbuild) into examples/web/dist/.
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
  },
};

/** [value, pl, en] — the household vocabulary of kryterium, labelled. */
const SITUATIONS = [
  ["ubostwo", "ubóstwo", "poverty"],
  ["sieroctwo", "sieroctwo", "orphanhood"],
  ["bezdomnosc", "bezdomność", "homelessness"],
  ["bezrobocie", "bezrobocie", "unemployment"],
  ["niepelnosprawnosc", "niepełnosprawność", "disability"],
  ["dlugotrwala-lub-ciezka-choroba", "długotrwała lub ciężka choroba", "long-term or serious illness"],
  ["przemoc-domowa", "przemoc domowa", "domestic violence"],
  ["ochrona-macierzynstwa-lub-wielodzietnosci", "macierzyństwo lub wielodzietność", "maternity or a large family"],
  ["bezradnosc-opiekunczo-wychowawcza", "bezradność w sprawach opiekuńczo-wychowawczych", "helplessness in upbringing matters"],
  ["alkoholizm-lub-narkomania", "alkoholizm lub narkomania", "alcoholism or drug addiction"],
  ["zdarzenie-losowe-lub-sytuacja-kryzysowa", "zdarzenie losowe lub sytuacja kryzysowa", "random event or crisis"],
  ["kleska-zywiolowa-lub-ekologiczna", "klęska żywiołowa lub ekologiczna", "natural or ecological disaster"],
];
const ROLES = [
  ["spouse", "małżonek / małżonka", "spouse"],
  ["partner", "partner / partnerka", "partner"],
  ["child", "dziecko", "child"],
  ["parent", "rodzic", "parent"],
  ["sibling", "rodzeństwo", "sibling"],
  ["grandparent", "dziadek / babcia", "grandparent"],
  ["other", "inna osoba", "other person"],
];
const RESIDENCE = [
  ["citizen", "obywatel(ka) Polski", "Polish citizen"],
  ["permanent-residence", "zezwolenie na pobyt stały", "permanent residence permit"],
  ["eu-long-term-resident", "rezydent długoterminowy UE", "EU long-term resident"],
  ["eu-eea-citizen-with-right-of-residence", "obywatel(ka) UE/EOG z prawem pobytu", "EU/EEA citizen with right of residence"],
  ["refugee", "status uchodźcy", "refugee status"],
  ["subsidiary-protection", "ochrona uzupełniająca", "subsidiary protection"],
  ["temporary-residence", "zezwolenie na pobyt czasowy", "temporary residence permit"],
  ["humanitarian-stay", "pobyt ze względów humanitarnych", "humanitarian stay"],
  ["tolerated-stay", "pobyt tolerowany", "tolerated stay"],
  ["other", "inny", "other"],
];
const DISABILITY = [
  ["none", "brak", "none"],
  ["lekki", "stopień lekki", "mild degree"],
  ["umiarkowany", "stopień umiarkowany", "moderate degree"],
  ["znaczny", "stopień znaczny", "severe degree"],
  ["child", "orzeczenie o niepełnosprawności (dziecko do 16 lat)", "disability certificate (child under 16)"],
  ["child-7", "orzeczenie dziecka ze wskazaniem 7 (stała opieka)", "child certificate with indication 7 (constant care)"],
  ["unknown", "nie wiem", "don't know"],
];
const INCOMES = [
  ["none", "brak dochodu", "no income"],
  ["wynagrodzenie", "wynagrodzenie", "wages"],
  ["emerytura-renta", "emerytura lub renta", "pension"],
  ["dzialalnosc-gospodarcza", "działalność gospodarcza", "business"],
  ["zasilek-dla-bezrobotnych", "zasiłek dla bezrobotnych", "unemployment benefit"],
  ["alimenty-otrzymywane", "alimenty", "alimony received"],
  ["swiadczenia-rodzinne", "świadczenia rodzinne", "family benefits"],
  ["inne", "inny dochód", "other income"],
  ["unknown", "nie wiem", "don't know"],
];

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
let lang = "pl";
let last; // the last evaluation, re-rendered when the language changes

function fillSelect(select, options, keep = true) {
  const value = select.value;
  select.replaceChildren(...options.map(([v, pl, en]) => new Option(lang === "pl" ? pl : en, v)));
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
  return [["", t.municipalityUnknown, t.municipalityUnknown], ...Object.entries(table).map(([teryt, name]) => [teryt, name, name]), ["other", t.municipalityOther, t.municipalityOther]];
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
  $("#lang-pl").setAttribute("aria-pressed", String(lang === "pl"));
  $("#lang-en").setAttribute("aria-pressed", String(lang === "en"));
  fillSelect($("#municipality"), municipalities());
  const checked = new Set($$("#situations input:checked").map((i) => i.value));
  $("#situations").replaceChildren(
    ...SITUATIONS.map(([value, pl, en]) => {
      const label = document.createElement("label");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "situation", value, checked: checked.has(value) });
      label.append(box, ` ${lang === "pl" ? pl : en}`);
      return label;
    }),
  );
  $$(".member").forEach((node, i) => {
    $(".member-title", node).textContent = i === 0 ? t.applicant : `${t.member} ${i + 1}`;
    fillSelect($("[name=role]", node), ROLES);
    fillSelect($("[name=sex]", node), Object.entries(t.sexes).map(([v, label]) => [v, label, label]));
    fillSelect($("[name=residence]", node), RESIDENCE);
    fillSelect($("[name=disability]", node), DISABILITY);
    fillSelect($("[name=incomeType]", node), INCOMES);
    showAge(node);
  });
  if (last) renderResults(last);
}

const money = (input) => input.value.trim().replace(",", ".");

function memberOf(node, i) {
  const field = (name) => $(`[name=${name}]`, node);
  const member = {
    id: `osoba-${i + 1}`,
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

function renderResults(state) {
  const t = UI[lang];
  const box = $("#results");
  if (state.error) {
    const issues = state.error.issues?.map((i) => el("li", {}, `${i.path}: ${i.message[lang]}`)) ?? [el("li", {}, state.error.message)];
    box.replaceChildren(el("div", { className: "errors", role: "alert" }, el("p", {}, state.error.issues ? t.invalid : t.error), el("ul", {}, ...issues)));
    return;
  }
  const count = (o) => state.results.filter((r) => r.outcome === o).length;
  // What a person can get first, then what the office must assess, then the rest.
  const order = { eligible: 0, "needs-assessment": 1, "not-eligible": 2 };
  const results = [...state.results].sort((a, b) => order[a.outcome] - order[b.outcome]);
  box.replaceChildren(
    el("p", { className: "summary" }, t.summary(count("eligible"), count("not-eligible"), count("needs-assessment"))),
    ...results.map((r) => {
      const amount = r.amount !== undefined ? `${r.amount} zł` : r.range ? t.range(r.range.min, r.range.max) : undefined;
      return el(
        "article",
        { className: `result ${r.outcome}`, id: `programme-${r.programme.replaceAll("/", "-")}` },
        el("h3", {}, el("span", { className: "outcome" }, renderOutcome(r.outcome, lang)), el("span", { className: "title" }, r.title[lang]), amount && el("span", { className: "amount" }, amount)),
        el("p", { className: "reason" }, renderMessage(r.reason, lang)),
        el("p", { className: "citation" }, `${t.basis}: ${citation(r.legalBasis)}`),
        r.version && el("p", { className: "version" }, `${t.version}: ${r.version.from} – ${r.version.to ?? "…"} (${citation(r.version.reference)})`),
        r.missing.length ? el("p", { className: "missing" }, `${t.missing}: ${r.missing.join(", ")}`) : undefined,
        el("details", {}, el("summary", {}, t.details), el("pre", {}, explainResult(r, lang).join("\n"))),
      );
    }),
  );
}

function check(event) {
  event?.preventDefault();
  try {
    last = { results: evaluate(household()).results };
  } catch (e) {
    if (!isHouseholdValidationError(e) && !isKryteriumError(e)) throw e;
    last = { error: e };
  }
  renderResults(last);
}

function setLang(next) {
  lang = next;
  translate();
}

$("#date").value = new Date().toISOString().slice(0, 10);
$("#date").addEventListener("change", () => translate());
$("#lang-pl").addEventListener("click", () => setLang("pl"));
$("#lang-en").addEventListener("click", () => setLang("en"));
$("#add-member").addEventListener("click", () => addMember());
$("#household").addEventListener("submit", check);
addMember(true);
document.body.dataset.ready = "true";
