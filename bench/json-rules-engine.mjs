// The shared decision (see bench/baseline.mjs) through json-rules-engine: the law as JSON rules,
// one rule set per segment of constant law (selected by date, like kryterium's rule versions),
// facts derived from the household by small fact functions (income in grosze, age per k.c.
// art. 112, disability validity), the outcome of each programme combined from the events the
// way kryterium combines condition results (fail > unknown > assess > pass). json-rules-engine
// has no arithmetic in rules, so the zasiłek stały amount is computed from the parameters the
// rule's event carries. Everything is integer grosze.

// the named export: Node and vitest read the package's CommonJS default export differently
import { Engine } from "json-rules-engine";
import { SEGMENTS } from "./baseline.mjs";

const FULL = ["citizen", "permanent-residence", "eu-long-term-resident", "refugee", "subsidiary-protection", "eu-eea-citizen-with-right-of-residence"];
const ASSESS = ["temporary-residence", "humanitarian-stay", "tolerated-stay"];
const ART7_2_15 = ["sieroctwo", "bezdomnosc", "bezrobocie", "niepelnosprawnosc", "dlugotrwala-lub-ciezka-choroba", "przemoc-domowa", "ofiara-handlu-ludzmi", "ochrona-macierzynstwa-lub-wielodzietnosci", "bezradnosc-opiekunczo-wychowawcza", "opuszczenie-placowki-opiekunczo-wychowawczej", "trudnosci-integracji-cudzoziemca", "opuszczenie-zakladu-karnego", "alkoholizm-lub-narkomania", "zdarzenie-losowe-lub-sytuacja-kryzysowa", "kleska-zywiolowa-lub-ekologiczna"];
const EXCLUDED = ["jednorazowe-swiadczenie-socjalne", "zasilek-celowy", "pomoc-materialna-dla-uczniow", "swiadczenie-w-naturze", "prace-spolecznie-uzyteczne", "swiadczenie-wychowawcze"];
const EXCLUDED_FOR_CASH = ["swiadczenie-uzupelniajace"];


const status = (programme, s) => ({ type: programme, params: { status: s } });

/** The JSON rules of one segment of constant law. */
export function rulesFor(law) {
  const criterion = (percent, scope = "household") => ({ fact: "criterion", params: { single: law.K1, perPerson: law.Kr, percent, scope } });
  const belowRetirement = {
    any: [
      { all: [{ fact: "sex", operator: "equal", value: "F" }, { fact: "age", operator: "lessThan", value: 60 }] },
      { all: [{ fact: "sex", operator: "equal", value: "M" }, { fact: "age", operator: "lessThan", value: 65 }] },
    ],
  };
  const disability = { fact: "disability", params: { degrees: ["znaczny", "umiarkowany"] } };
  return [
    // art. 8 ust. 1: prawo do świadczeń pieniężnych
    {
      name: "prawo-fail",
      conditions: { any: [{ fact: "residence", operator: "notIn", value: [...FULL, ...ASSESS] }, { fact: "cashIncome", operator: "greaterThan", value: criterion(100) }] },
      event: status("prawo", "fail"),
    },
    { name: "prawo-unknown", conditions: { all: [{ fact: "situationsKnown", operator: "equal", value: false }] }, event: status("prawo", "unknown") },
    {
      name: "prawo-assess",
      conditions: {
        any: [
          { fact: "residence", operator: "in", value: ASSESS },
          { all: [{ fact: "situationsKnown", operator: "equal", value: true }, { fact: "situations", operator: "everyFact:notIn", value: ART7_2_15 }] },
        ],
      },
      event: status("prawo", "assess"),
    },
    // food aid POPŻ / FEPŻ
    {
      name: "popz-fail",
      conditions: {
        any: [
          { fact: "residence", operator: "notIn", value: [...FULL, ...ASSESS] },
          { fact: "inKindIncome", operator: "greaterThan", value: criterion(law.popz) },
          { all: [{ fact: "situationsKnown", operator: "equal", value: true }, { fact: "situationCount", operator: "equal", value: 0 }] },
        ],
      },
      event: status("popz", "fail"),
    },
    { name: "popz-unknown", conditions: { all: [{ fact: "situationsKnown", operator: "equal", value: false }] }, event: status("popz", "unknown") },
    { name: "popz-assess", conditions: { all: [{ fact: "residence", operator: "in", value: ASSESS }] }, event: status("popz", "assess") },
    // zasiłek stały, art. 37
    {
      name: "staly-fail",
      conditions: {
        any: [
          { fact: "residence", operator: "notIn", value: [...FULL, "temporary-residence"] },
          { fact: "age", operator: "lessThan", value: 18 },
          { fact: "cashIncome", operator: "greaterThanInclusive", value: criterion(100) },
          { all: [{ fact: "single", operator: "equal", value: false }, { fact: "claimantIncome", operator: "greaterThanInclusive", value: criterion(100, "person") }] },
          { all: [belowRetirement, { ...disability, operator: "equal", value: "fail" }] },
        ],
      },
      event: status("staly", "fail"),
    },
    { name: "staly-unknown", conditions: { all: [belowRetirement, { ...disability, operator: "equal", value: "unknown" }] }, event: status("staly", "unknown") },
    { name: "staly-unknown-ground", conditions: { all: [{ fact: "residence", operator: "equal", value: "temporary-residence" }] }, event: status("staly", "unknown") },
    {
      name: "staly-amount",
      conditions: { all: [] },
      event: { type: "staly-amount", params: { percent: law.pct, single: law.K1, perPerson: law.Kr, cap: law.cap, minimum: law.min } },
    },
    { name: "age70", conditions: { all: [{ fact: "age", operator: "greaterThanInclusive", value: 70 }] }, event: { type: "age70" } },
  ];
}

const grosze = (text) => (text === undefined ? 0 : Math.round(Number(text) * 100));
const leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Completed years on `date` (k.c. art. 112: 29 February → 28 February in a common year). */
function age(birth, date) {
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(5, 7));
  const bd = Number(birth.slice(8, 10));
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const day = bm === 2 && bd === 29 && !leap(y) ? 28 : bd;
  return y - by - (m < bm || (m === bm && d < day) ? 1 : 0);
}

function addFacts(engine) {
  const household = (a) => a.factValue("household");
  const applicant = async (a) => (await household(a)).members.find((m) => m.role === "applicant");
  engine.addFact("residence", async (_, a) => (await applicant(a)).residence);
  engine.addFact("sex", async (_, a) => (await applicant(a)).sex);
  engine.addFact("single", async (_, a) => (await household(a)).householdType === "single");
  engine.addFact("age", async (_, a) => age((await applicant(a)).birthDate, await a.factValue("date")));
  engine.addFact("incomes", async (_, a) => {
    let cash = 0;
    let inKind = 0;
    let own = 0;
    for (const m of (await household(a)).members) {
      let c = 0;
      let k = 0;
      for (const i of m.incomes) {
        if (EXCLUDED.includes(i.type)) continue;
        const net = grosze(i.gross) - grosze(i.incomeTax) - grosze(i.healthContribution) - grosze(i.socialContribution);
        k += net;
        if (!EXCLUDED_FOR_CASH.includes(i.type)) c += net;
      }
      const alimony = grosze(m.alimonyPaid);
      cash += c - alimony;
      inKind += k - alimony;
      if (m.role === "applicant") own = Math.max(0, c - alimony);
    }
    return { cash: Math.max(0, cash), inKind: Math.max(0, inKind), own };
  });
  engine.addFact("cashIncome", async (_, a) => (await a.factValue("incomes")).cash);
  engine.addFact("inKindIncome", async (_, a) => (await a.factValue("incomes")).inKind);
  engine.addFact("claimantIncome", async (_, a) => (await a.factValue("incomes")).own);
  // The criterion × percentage in grosze: K1 (single) or Kr × members; "person": Kr.
  engine.addFact("criterion", async (p, a) => {
    const h = await household(a);
    const base = p.scope === "person" ? p.perPerson : h.householdType === "single" ? p.single : p.perPerson * h.members.length;
    return (base * p.percent) / 100;
  });
  const situations = async (a) => {
    const h = await household(a);
    const own = (await applicant(a)).situations;
    if (h.situations === undefined && own === undefined) return undefined;
    return [...(h.situations ?? []), ...(own ?? [])];
  };
  engine.addFact("situationsKnown", async (_, a) => (await situations(a)) !== undefined);
  engine.addFact("situations", async (_, a) => (await situations(a)) ?? []);
  engine.addFact("situationCount", async (_, a) => ((await situations(a)) ?? []).length);
  engine.addFact("disability", async (p, a) => {
    const evidence = (await applicant(a)).disability;
    if (evidence === undefined) return "unknown";
    const date = await a.factValue("date");
    let result = "fail";
    for (const e of evidence) {
      if (e.kind !== "stopien" || !p.degrees.includes(e.degree)) continue;
      if (e.validFrom !== undefined && date < e.validFrom) continue;
      if (e.validUntil === undefined) result = "unknown";
      else if (e.validUntil === "permanent" || date <= e.validUntil) return "pass";
    }
    return result;
  });
}

const RANK = { pass: 0, assess: 1, unknown: 2, fail: 3 };
const OUTCOME = ["eligible", "needs-assessment", "needs-assessment", "not-eligible"];
const money = (g) => `${Math.floor(g / 100)}.${String(g % 100).padStart(2, "0")}`;

/** Builds the engines (one per segment, from the JSON rules) and returns the async decider. */
export function createJsonRulesEngine() {
  const sets = SEGMENTS.map((law) => {
    const engine = new Engine(JSON.parse(JSON.stringify(rulesFor(law))), { allowUndefinedFacts: false });
    addFacts(engine);
    return { from: law.from, engine };
  });
  return async (household, date = household.evaluationDate) => {
    let set;
    for (let i = sets.length - 1; i >= 0; i--) {
      if (date >= sets[i].from) {
        set = sets[i];
        break;
      }
    }
    if (!set) throw new RangeError(`json-rules-engine: no rules for ${date}`);
    const { events, almanac } = await set.engine.run({ household, date });
    const rank = { prawo: 0, popz: 0, staly: 0 };
    let params;
    let age70 = false;
    for (const e of events) {
      if (e.type === "staly-amount") params = e.params;
      else if (e.type === "age70") age70 = true;
      else rank[e.type] = Math.max(rank[e.type], RANK[e.params.status]);
    }
    let amount;
    if (rank.staly <= RANK.assess) {
      const { cash } = await almanac.factValue("incomes");
      const h = household;
      let g;
      if (h.householdType === "single") g = Math.min((params.single * params.percent) / 100 - cash, params.cap);
      else g = (params.perPerson * params.percent) / 100 - Math.floor(cash / h.members.length);
      amount = money(Math.max(g, params.minimum));
    }
    return { prawo: OUTCOME[rank.prawo], popz: OUTCOME[rank.popz], staly: OUTCOME[rank.staly], amount, age70 };
  };
}
