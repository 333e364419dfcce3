// The hand-written baseline of the shared decision (issue 8): plain JavaScript on integer grosze,
// with the law's numbers hard-coded here on purpose — this is what a team would write by hand
// for these three programmes, and what kryterium's data-driven evaluation is measured against.
// Covers 2018-10-01 onwards (throws before). It reads the household input as given (no schema
// validation) and handles exactly the facts bench/population.mjs generates: incomes without
// one-off payments, alimony paid, no farms, disability as `stopien` orzeczenia.
//
// The shared decision, for one household on one date:
//   prawo  — art. 8 ust. 1: income (cash) ≤ K1 (single) or Kr × members, and an art. 7 pkt 2–15 situation
//   popz   — food aid POPŻ/FEPŻ: income in kind ≤ percentage × that criterion, and any art. 7 situation
//   staly  — zasiłek stały, art. 37: adult; retirement age (60 F / 65 M) or znaczny/umiarkowany
//            disability; income < criterion (and, in a family, the claimant's own < Kr); amount
//            single: min(percent × K1 − income, cap), family: percent × Kr − income / members
//            rounded up to the grosz; at least the minimum
//   age70  — the applicant is 70 or older (k.c. art. 112; born 29 Feb: 28 Feb in a common year)

/** Segments of constant law, newest last: criteria (K1, Kr), food-aid %, zasiłek stały % / cap / minimum. Shared with the json-rules-engine comparison. */
export const SEGMENTS = [
  { from: "2018-10-01", K1: 70100, Kr: 52800, popz: 200, pct: 100, cap: 64500, min: 3000 },
  { from: "2020-11-26", K1: 70100, Kr: 52800, popz: 220, pct: 100, cap: 64500, min: 3000 },
  { from: "2022-01-01", K1: 77600, Kr: 60000, popz: 220, pct: 100, cap: 71900, min: 3000 },
  { from: "2023-05-15", K1: 77600, Kr: 60000, popz: 235, pct: 100, cap: 71900, min: 3000 },
  { from: "2024-01-01", K1: 77600, Kr: 60000, popz: 235, pct: 130, cap: 100000, min: 10000 },
  { from: "2024-02-12", K1: 77600, Kr: 60000, popz: 265, pct: 130, cap: 100000, min: 10000 },
  { from: "2025-01-01", K1: 101000, Kr: 82300, popz: 265, pct: 130, cap: 122900, min: 10000 },
];
const ADULT = 18;
const RETIREMENT_F = 60;
const RETIREMENT_M = 65;

// Residence (art. 5, 5a): pass / assess; anything else fails.
const FULL = new Set(["citizen", "permanent-residence", "eu-long-term-resident", "refugee", "subsidiary-protection", "eu-eea-citizen-with-right-of-residence"]);
const ASSESS = new Set(["temporary-residence", "humanitarian-stay", "tolerated-stay"]);
// a temporary permit whose ground is not given: a missing fact (art. 5 pkt 2 lit. a)
const UNKNOWN_STALY = new Set(["temporary-residence"]);
// Art. 8 ust. 4 (never counted) and ust. 4a (not counted for cash benefits).
const EXCLUDED = new Set(["jednorazowe-swiadczenie-socjalne", "zasilek-celowy", "pomoc-materialna-dla-uczniow", "swiadczenie-w-naturze", "prace-spolecznie-uzyteczne", "swiadczenie-wychowawcze"]);
const EXCLUDED_FOR_CASH = "swiadczenie-uzupelniajace";
// Art. 7 pkt 2–15 (art. 8 ust. 1): every situation but poverty.
const ART7_2_15 = new Set(["sieroctwo", "bezdomnosc", "bezrobocie", "niepelnosprawnosc", "dlugotrwala-lub-ciezka-choroba", "przemoc-domowa", "ofiara-handlu-ludzmi", "ochrona-macierzynstwa-lub-wielodzietnosci", "bezradnosc-opiekunczo-wychowawcza", "opuszczenie-placowki-opiekunczo-wychowawczej", "trudnosci-integracji-cudzoziemca", "opuszczenie-zakladu-karnego", "alkoholizm-lub-narkomania", "zdarzenie-losowe-lub-sytuacja-kryzysowa", "kleska-zywiolowa-lub-ekologiczna"]);

const FAIL = 3;
const UNKNOWN = 2;
const ASSESS_ = 1;
const PASS = 0;

function segment(date) {
  for (let i = SEGMENTS.length - 1; i >= 0; i--) if (date >= SEGMENTS[i].from) return SEGMENTS[i];
  throw new RangeError(`baseline: no law encoded for ${date}`);
}

/** "123.45" → 12345 (the input is validated money: digits with at most two decimals). */
function grosze(text) {
  if (text === undefined) return 0;
  const dot = text.indexOf(".");
  if (dot < 0) return Number(text) * 100;
  const frac = text.slice(dot + 1);
  return Number(text.slice(0, dot)) * 100 + (frac.length === 1 ? Number(frac) * 10 : Number(frac));
}

function formatGrosze(g) {
  const r = g % 100;
  return `${(g - r) / 100}.${r < 10 ? "0" : ""}${r}`;
}

const leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** k.c. art. 112: has the person born on `birth` reached `years` on `date`? (YYYY-MM-DD strings) */
function reached(birth, years, date) {
  const y = Number(birth.slice(0, 4)) + years;
  const m = Number(birth.slice(5, 7));
  let d = Number(birth.slice(8, 10));
  if (m === 2 && d === 29 && !leap(y)) d = 28;
  const dy = Number(date.slice(0, 4));
  if (dy !== y) return dy > y;
  const dm = Number(date.slice(5, 7));
  if (dm !== m) return dm > m;
  return Number(date.slice(8, 10)) >= d;
}

/** Counted income of one member in grosze: [cash, in kind]. */
function memberIncome(member) {
  let cash = 0;
  let inKind = 0;
  for (const i of member.incomes) {
    if (EXCLUDED.has(i.type)) continue;
    const net = grosze(i.gross) - grosze(i.incomeTax) - grosze(i.healthContribution) - grosze(i.socialContribution);
    inKind += net;
    if (i.type !== EXCLUDED_FOR_CASH) cash += net;
  }
  const alimony = grosze(member.alimonyPaid);
  return [cash - alimony, inKind - alimony];
}

function disabilityStatus(evidence, date) {
  if (evidence === undefined) return UNKNOWN;
  let status = FAIL;
  for (const e of evidence) {
    if (e.kind !== "stopien" || (e.degree !== "znaczny" && e.degree !== "umiarkowany")) continue;
    if (e.validFrom !== undefined && date < e.validFrom) continue;
    if (e.validUntil === undefined) status = UNKNOWN;
    else if (e.validUntil === "permanent" || date <= e.validUntil) return PASS;
  }
  return status;
}

const OUTCOME = ["eligible", "needs-assessment", "needs-assessment", "not-eligible"];

/** The shared decision for `household` on `date` (default: its evaluationDate). */
export function decide(household, date = household.evaluationDate) {
  const law = segment(date);
  const members = household.members;
  const n = members.length;
  const single = household.householdType === "single";
  let applicant;
  let cash = 0;
  let inKind = 0;
  let own = 0;
  for (const m of members) {
    const [c, k] = memberIncome(m);
    cash += c;
    inKind += k;
    if (m.role === "applicant") {
      applicant = m;
      own = c < 0 ? 0 : c;
    }
  }
  if (cash < 0) cash = 0;
  if (inKind < 0) inKind = 0;
  const criterion = single ? law.K1 : law.Kr * n;
  const residence = applicant.residence;

  // Situations: the household's and the claimant's; neither given = unknown.
  const shared = household.situations;
  const mine = applicant.situations;
  let anySituation = false;
  let named = false;
  const known = shared !== undefined || mine !== undefined;
  for (const list of [shared, mine]) {
    if (list === undefined) continue;
    for (const s of list) {
      anySituation = true;
      if (ART7_2_15.has(s)) named = true;
    }
  }

  // prawo do świadczeń pieniężnych
  let prawo = FULL.has(residence) ? PASS : ASSESS.has(residence) ? ASSESS_ : FAIL;
  if (cash > criterion) prawo = FAIL;
  if (prawo !== FAIL) {
    if (!known) prawo = UNKNOWN;
    else if (!named && prawo < ASSESS_) prawo = ASSESS_;
  }

  // food aid: income in kind ≤ percentage × criterion, i.e. 100 × income ≤ percentage × criterion
  let popz = FULL.has(residence) ? PASS : ASSESS.has(residence) ? ASSESS_ : FAIL;
  if (inKind * 100 > law.popz * criterion) popz = FAIL;
  if (popz !== FAIL) {
    if (!known) popz = UNKNOWN;
    else if (!anySituation) popz = FAIL;
  }

  // zasiłek stały
  let staly = FULL.has(residence) ? PASS : UNKNOWN_STALY.has(residence) ? UNKNOWN : FAIL;
  const birth = applicant.birthDate;
  if (!reached(birth, ADULT, date)) staly = FAIL;
  if (cash >= criterion) staly = FAIL;
  if (!single && own >= law.Kr) staly = FAIL;
  if (staly !== FAIL && !reached(birth, applicant.sex === "F" ? RETIREMENT_F : RETIREMENT_M, date)) {
    const d = disabilityStatus(applicant.disability, date);
    if (d === FAIL) staly = FAIL;
    else if (d === UNKNOWN) staly = UNKNOWN;
  }
  let amount;
  if (staly === PASS || staly === ASSESS_) {
    if (single) {
      amount = (law.K1 * law.pct) / 100 - cash;
      if (amount > law.cap) amount = law.cap;
    } else {
      // percent × Kr is whole grosze; income per person rounded down = amount rounded up
      amount = (law.Kr * law.pct) / 100 - Math.floor(cash / n);
    }
    if (amount < law.min) amount = law.min;
  }

  return {
    prawo: OUTCOME[prawo],
    popz: OUTCOME[popz],
    staly: OUTCOME[staly],
    amount: amount === undefined ? undefined : formatGrosze(amount),
    age70: reached(birth, 70, date),
  };
}
