// Deterministic synthetic population for `npm run bench` (issue 8).
//
// population(n) returns n household inputs (plain JSON objects, as a caller would pass them to
// evaluate()). It is prefix-stable: population(n)[i] is the same household for every n > i, so
// a smaller run measures the first households of the bigger one. The first households are the
// boundary cases, for each of the three bench dates (DATES):
//   - incomes exactly at every threshold of the shared decision, one grosz under and one grosz
//     over: art. 8 criterion (≤, single and family of 2–6), the food-aid percentage (≤, in kind),
//     zasiłek stały (<, household and the claimant's own income), its cap and its minimum, and
//     family totals that do not divide by the number of members (the amount is rounded up);
//   - birthdays on the evaluation date, the day before and the day after, at 18, 60, 65 and 70;
//   - 29 February births (turning N on 28 February of a common year, k.c. art. 112).
// Then seeded random households: single and families, mixed residence statuses, art. 7
// situations (household and claimant, sometimes none, sometimes unknown), counted, excluded and
// in-kind-only incomes with tax and contributions, alimony paid (income can go below zero),
// disability orzeczenia valid, expired, not yet valid or undated, and some Kraków residents so
// the full catalogue meets the municipal programmes too.
//
// Usage: node bench/population.mjs N [file.ndjson]   (NDJSON to the file, or to stdout)

import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pathToFileURL } from "node:url";

/** The three evaluation dates of the bench: the last day of the 100 % zasiłek stały formula,
 * a leap day in the 130 % era (food aid 265 % since 2024-02-12), and 28 February of a common
 * year after the 2025 criteria (1010 / 823 zł). */
export const DATES = ["2023-12-31", "2024-02-29", "2025-02-28"];
export const SEED = 0x6b727974; // "kryt"

/** The numbers in force on each bench date, in grosze / per cent (for aiming the boundary cases only). */
const AT = {
  "2023-12-31": { K1: 77600, Kr: 60000, popz: 235, staly: 100, cap: 71900, min: 3000 },
  "2024-02-29": { K1: 77600, Kr: 60000, popz: 265, staly: 130, cap: 100000, min: 10000 },
  "2025-02-28": { K1: 101000, Kr: 82300, popz: 265, staly: 130, cap: 122900, min: 10000 },
};

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITUATIONS = [
  "ubostwo", "sieroctwo", "bezdomnosc", "bezrobocie", "niepelnosprawnosc", "dlugotrwala-lub-ciezka-choroba",
  "przemoc-domowa", "ofiara-handlu-ludzmi", "ochrona-macierzynstwa-lub-wielodzietnosci",
  "bezradnosc-opiekunczo-wychowawcza", "opuszczenie-placowki-opiekunczo-wychowawczej",
  "trudnosci-integracji-cudzoziemca", "opuszczenie-zakladu-karnego", "alkoholizm-lub-narkomania",
  "zdarzenie-losowe-lub-sytuacja-kryzysowa", "kleska-zywiolowa-lub-ekologiczna",
];
const COUNTED = ["wynagrodzenie", "emerytura-renta", "dzialalnosc-gospodarcza", "zasilek-dla-bezrobotnych", "alimenty-otrzymywane", "swiadczenia-rodzinne", "dodatek-mieszkaniowy", "zasilek-okresowy", "inne"];
const EXCLUDED = ["zasilek-celowy", "swiadczenie-wychowawcze", "jednorazowe-swiadczenie-socjalne", "pomoc-materialna-dla-uczniow", "swiadczenie-w-naturze", "prace-spolecznie-uzyteczne"];
const OTHER_ROLES = ["spouse", "partner", "child", "child", "parent", "sibling", "grandparent", "other"];

const pad = (n, w = 2) => String(n).padStart(w, "0");
const money = (g) => `${Math.floor(g / 100)}.${pad(g % 100)}`;
const leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** The date `years` before `date` with the same month and day (29 Feb → 28 Feb in a common year). */
function yearsBefore(date, years) {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5);
  return md === "02-29" && !leap(y) ? `${y}-02-28` : `${y}${date.slice(4)}`;
}

/** One generator stream per household index: households do not depend on each other. */
function rngFor(index) {
  return mulberry32((SEED ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}
function int(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
function randomDate(rng, fromYear, toYear) {
  const y = int(rng, fromYear, toYear);
  const m = int(rng, 1, 12);
  const dim = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return `${y}-${pad(m)}-${pad(int(rng, 1, dim))}`;
}

/**
 * Incomes whose counted (cash) net is exactly `net` grosze: net may be negative (alimony paid
 * to others exceeds the receipts). `inKindOnly` grosze come as świadczenie uzupełniające
 * (counted for benefits in kind only), and excluded items are added as noise.
 */
function incomes(rng, net, inKindOnly = 0, noise = true) {
  const list = [];
  let alimonyPaid;
  let receipts = net;
  if (net < 0) {
    receipts = int(rng, 0, 50000);
    alimonyPaid = receipts - net;
  } else if (net > 0 && rng() < 0.1) {
    alimonyPaid = int(rng, 1, 30000);
    receipts = net + alimonyPaid;
  }
  if (receipts > 0) {
    const parts = receipts > 1 && rng() < 0.4 ? [int(rng, 1, receipts - 1)] : [];
    if (parts.length) parts.push(receipts - parts[0]);
    else parts.push(receipts);
    for (const part of parts) {
      const income = { type: pick(rng, COUNTED), gross: "" };
      let gross = part;
      if (rng() < 0.6) {
        const health = int(rng, 0, 30000);
        income.healthContribution = money(health);
        gross += health;
      }
      if (rng() < 0.4) {
        const tax = int(rng, 0, 20000);
        income.incomeTax = money(tax);
        gross += tax;
      }
      if (rng() < 0.3) {
        const social = int(rng, 0, 40000);
        income.socialContribution = money(social);
        gross += social;
      }
      income.gross = money(gross);
      list.push(income);
    }
  }
  if (inKindOnly > 0) list.push({ type: "swiadczenie-uzupelniajace", gross: money(inKindOnly) });
  if (noise && rng() < 0.25) list.push({ type: pick(rng, EXCLUDED), gross: money(int(rng, 0, 120000)) });
  const member = { incomes: list };
  if (alimonyPaid !== undefined) member.alimonyPaid = money(alimonyPaid);
  return member;
}

function situations(rng) {
  const r = rng();
  if (r < 0.05) return [];
  const k = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
  const out = new Set();
  for (let i = 0; i < k; i++) out.add(rng() < 0.35 ? "ubostwo" : pick(rng, SITUATIONS));
  return [...out];
}

function disability(rng) {
  const r = rng();
  if (r < 0.55) return [];
  if (r < 0.7) return [{ kind: "stopien", degree: pick(rng, ["znaczny", "umiarkowany"]), validUntil: "permanent" }];
  if (r < 0.77) return [{ kind: "stopien", degree: "lekki", validUntil: "permanent" }];
  if (r < 0.87) return [{ kind: "stopien", degree: pick(rng, ["znaczny", "umiarkowany"]), validUntil: randomDate(rng, 2023, 2025) }];
  if (r < 0.92) return [{ kind: "stopien", degree: "umiarkowany", validFrom: randomDate(rng, 2023, 2025), validUntil: "permanent" }];
  if (r < 0.96) return [{ kind: "stopien", degree: "znaczny" }]; // undated: validity unknown
  return undefined; // not declared: unknown
}

function residence(rng) {
  const r = rng();
  if (r < 0.84) return "citizen";
  if (r < 0.88) return pick(rng, ["permanent-residence", "eu-long-term-resident", "refugee", "subsidiary-protection", "eu-eea-citizen-with-right-of-residence"]);
  if (r < 0.93) return "temporary-residence";
  if (r < 0.96) return pick(rng, ["humanitarian-stay", "tolerated-stay"]);
  return "other";
}

/** A household from its parts; `own` is the applicant's counted net, `rest` the others' total. */
function household(rng, { date, n, applicant, own, rest = 0, inKind = 0, index }) {
  const single = n === 1;
  const members = [];
  const a = { id: "a", role: "applicant", birthDate: applicant.birthDate, sex: applicant.sex, residence: applicant.residence, ...incomes(rng, own, single ? inKind : 0) };
  if (applicant.disability !== undefined) a.disability = applicant.disability;
  if (applicant.situations !== undefined) a.situations = applicant.situations;
  members.push(a);
  // The others share `rest` (and the in-kind-only income) in random parts.
  let left = rest;
  for (let i = 1; i < n; i++) {
    const last = i === n - 1;
    const share = last ? left : left <= 0 ? 0 : int(rng, 0, left);
    left -= share;
    const role = pick(rng, OTHER_ROLES);
    const child = role === "child";
    members.push({
      id: `m${i}`,
      role,
      birthDate: child ? randomDate(rng, 2006, 2022) : randomDate(rng, 1935, 2004),
      sex: rng() < 0.5 ? "F" : "M",
      ...incomes(rng, share, last ? inKind : 0, !child),
    });
  }
  const h = { evaluationDate: date, householdType: single ? "single" : "family", members };
  if (applicant.householdSituations !== undefined) h.situations = applicant.householdSituations;
  const m = index % 10;
  if (m === 3) h.municipality = { teryt: "1261011", name: "Kraków" };
  else if (m === 7) h.municipality = "other";
  return h;
}

/** A plausible claimant: of retirement age or disabled, so the income decides zasiłek stały. */
function claimant(rng, overrides = {}) {
  const older = rng() < 0.6;
  return {
    birthDate: older ? randomDate(rng, 1935, 1956) : randomDate(rng, 1960, 2004),
    sex: rng() < 0.5 ? "F" : "M",
    residence: "citizen",
    disability: older ? [] : [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }],
    householdSituations: rng() < 0.5 ? ["ubostwo"] : ["bezrobocie"],
    ...overrides,
  };
}

/** Boundary cases, generated lazily in a fixed order. */
function boundarySpecs() {
  const specs = [];
  for (const date of DATES) {
    const p = AT[date];
    // art. 8 criterion (prawo ≤, zasiłek stały <), food aid (≤, in kind), single.
    for (const d of [-1, 0, 1]) {
      specs.push({ date, n: 1, own: p.K1 + d });
      specs.push({ date, n: 1, own: 0, inKind: (p.K1 * p.popz) / 100 + d });
      specs.push({ date, n: 1, own: 1000, inKind: (p.K1 * p.popz) / 100 - 1000 + d });
      // zasiłek stały: the cap and the minimum of the amount
      specs.push({ date, n: 1, own: (p.K1 * p.staly) / 100 - p.cap + d });
      specs.push({ date, n: 1, own: (p.K1 * p.staly) / 100 - p.min + d });
    }
    for (let n = 2; n <= 6; n++) {
      const base = p.Kr * n;
      for (const d of [-1, 0, 1]) {
        specs.push({ date, n, own: 0, rest: base + d });
        specs.push({ date, n, own: Math.floor(base / n), rest: base - Math.floor(base / n) + d });
        specs.push({ date, n, own: 0, rest: 0, inKind: (base * p.popz) / 100 + d });
        specs.push({ date, n, own: 5000, rest: 0, inKind: (base * p.popz) / 100 - 5000 + d });
        // the claimant's own income against Kr (zasiłek stały in a family), the household well below
        specs.push({ date, n, own: p.Kr + d, rest: 0 });
      }
      // totals that do not divide by n: the amount per person is rounded up to the grosz
      for (let k = 1; k <= n; k++) specs.push({ date, n, own: 0, rest: base - k });
      specs.push({ date, n, own: -20000, rest: 10000 }); // negative total: floored at zero
    }
    specs.push({ date, n: 1, own: 0 });
    specs.push({ date, n: 1, own: -5000 });
    // Birthdays: on the date, the day before, the day after; 18 (adult), 60/65 (retirement), 70.
    for (const age of [18, 60, 65, 70]) {
      for (const shift of [0, -1, 1]) {
        for (const sex of ["F", "M"]) {
          const birthDate = yearsBefore(addDays(date, -shift), age);
          specs.push({ date, n: 1, own: 30000, applicant: { birthDate, sex, disability: [] } });
          specs.push({ date, n: 3, own: 10000, rest: 20000, applicant: { birthDate, sex, disability: [{ kind: "stopien", degree: "lekki", validUntil: "permanent" }] } });
        }
      }
    }
    // Disability orzeczenie valid until the date, until the day before, from the date, from the day after.
    for (const o of [{ validUntil: date }, { validUntil: addDays(date, -1) }, { validFrom: date, validUntil: "permanent" }, { validFrom: addDays(date, 1), validUntil: "permanent" }]) {
      specs.push({ date, n: 1, own: 20000, applicant: { birthDate: "1990-06-15", sex: "M", disability: [{ kind: "stopien", degree: "umiarkowany", ...o }] } });
    }
  }
  // 29 February births, turning 18, 60, 65, 70 (and other ages) around the bench dates.
  for (const year of [1944, 1948, 1952, 1956, 1960, 1964, 1968, 1996, 2000, 2004]) {
    for (const date of DATES) {
      for (const sex of ["F", "M"]) specs.push({ date, n: 1, own: 25000, applicant: { birthDate: `${year}-02-29`, sex, disability: [] } });
    }
  }
  // Residence statuses and situations that decide on their own (income well below every threshold).
  for (const date of DATES) {
    for (const res of ["citizen", "temporary-residence", "humanitarian-stay", "tolerated-stay", "other", "refugee"]) {
      for (const sit of [["ubostwo"], ["bezrobocie"], [], undefined]) {
        specs.push({ date, n: 1, own: 10000, applicant: { residence: res, householdSituations: sit } });
        specs.push({ date, n: 2, own: 10000, rest: 10000, applicant: { residence: res, householdSituations: undefined, situations: sit } });
      }
    }
  }
  return specs;
}

let BOUNDARY;

/** The household at position `index` of the population. */
export function householdAt(index) {
  BOUNDARY ??= boundarySpecs();
  const rng = rngFor(index);
  if (index < BOUNDARY.length) {
    const s = BOUNDARY[index];
    const applicant = claimant(rng, s.applicant ?? {});
    return household(rng, { date: s.date, n: s.n, applicant, own: s.own, rest: s.rest ?? 0, inKind: s.inKind ?? 0, index });
  }
  const date = DATES[index % DATES.length];
  const r = rng();
  const n = r < 0.4 ? 1 : r < 0.65 ? 2 : r < 0.82 ? 3 : r < 0.93 ? 4 : r < 0.98 ? 5 : 6;
  const sitMode = rng();
  const applicant = {
    birthDate: rng() < 0.01 ? `${pick(rng, [1944, 1948, 1952, 1956, 1960, 1964, 2000, 2004])}-02-29` : randomDate(rng, 1930, 2005),
    sex: rng() < 0.5 ? "F" : "M",
    residence: residence(rng),
    disability: disability(rng),
    householdSituations: sitMode < 0.02 ? undefined : situations(rng),
    situations: sitMode < 0.02 || sitMode > 0.88 ? situations(rng) : undefined,
  };
  if (sitMode < 0.005) applicant.situations = undefined; // neither: unknown
  // Income per person mostly around the thresholds (0 – 1 500 zł), sometimes far above, sometimes negative.
  const perPerson = () => {
    const q = rng();
    if (q < 0.04) return -int(rng, 1, 30000);
    if (q < 0.1) return 0;
    if (q < 0.9) return int(rng, 0, 150000);
    return int(rng, 150000, 800000);
  };
  const own = perPerson();
  let rest = 0;
  for (let i = 1; i < n; i++) rest += Math.max(0, perPerson());
  const inKind = rng() < 0.08 ? int(rng, 1, 60000) : 0;
  return household(rng, { date, n, applicant, own, rest, inKind, index });
}

export function boundaryCount() {
  BOUNDARY ??= boundarySpecs();
  return BOUNDARY.length;
}

export function population(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = householdAt(i);
  return out;
}

/** Writes the first `n` households as NDJSON. */
export async function writeNdjson(n, stream) {
  for (let i = 0; i < n; i++) {
    if (!stream.write(`${JSON.stringify(householdAt(i))}\n`)) await once(stream, "drain");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ? createWriteStream(process.argv[3]) : process.stdout;
  await writeNdjson(n, out);
  if (out !== process.stdout) out.end();
}
