import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { LIMITS } from "../../src/household/schema.js";

/**
 * Households the validation is tested on: every fixture and example, a household with every
 * field of the schema, and each of them broken field by field in the ways input gets it wrong.
 * Shared by the fast path's test (test/fast-parse.test.ts) and the JSON Schema's
 * (test/json-schema.test.ts).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : [],
  );
}

const root = join(__dirname, "..", "..");
export const fixtureHouseholds = yamlFiles(join(root, "fixtures")).map((f) => (parse(readFileSync(f, "utf8"), { schema: "core" }) as { household: Json }).household);
export const exampleHouseholds = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as Json);

/** A household with every field the schema has and each kind of disability evidence; with otherMunicipality, both forms of municipality. */
export const everyField: Json = {
  evaluationDate: "2025-03-01",
  municipality: { teryt: "1261011", name: "Kraków" },
  householdType: "family",
  situations: ["ubostwo"],
  applicationDate: "2025-02-20",
  incomeLoss: false,
  baseYear: {
    year: 2023,
    incomes: { a: "20000.00", b: "0" },
    farmHectares: "1.5",
    lostIncome: [{ member: "a", amount: "1000.00" }],
    gainedIncome: [{ member: "b", monthly: "300.00", includedInBaseYear: "600.00" }],
  },
  members: [
    {
      id: "a",
      role: "applicant",
      name: "Adam",
      pesel: "44051401458",
      birthDate: "1944-05-14",
      sex: "M",
      incomes: [
        { type: "wynagrodzenie", gross: "3000.00", incomeTax: "200.00", healthContribution: "250.00", socialContribution: "400.00" },
        { type: "inne", gross: "6000.00", oneOff: { receivedOn: "2025-01-10" } },
      ],
      alimonyPaid: "100.00",
      farm: { hectares: "1.5", krusContributions: "120.00" },
      disability: [
        { kind: "stopien", degree: "umiarkowany", validFrom: "2020-01-01", validUntil: "permanent" },
        { kind: "zus", finding: "calkowita-niezdolnosc-do-pracy", issuedOn: "2019-05-05", validFrom: "2019-05-05", validUntil: "2027-05-05" },
        { kind: "grupa-inwalidzka", group: "II", validFrom: "1990-01-01", validUntil: "permanent" },
        { kind: "krus", withZasilekPielegnacyjny: true, validFrom: "2010-01-01", validUntil: "permanent" },
      ],
      residence: "temporary-residence",
      residencePermitGround: "art-186-1-3",
      situations: ["niepelnosprawnosc"],
      caresFor: ["b"],
      childrenNotListed: 2,
      flags: { receivesCareServices: false, inEducation: false, pitInMunicipality: true, schoolPupil: false, receivesNursingSupplement: false, disabilityBefore21: true, inFullCareInstitution: false, livesWithCarer: true },
    },
    {
      id: "b",
      role: "child",
      birthDate: "2024-06-01",
      sex: "M",
      incomes: [],
      disability: [{ kind: "orzeczenie-dziecka", indication7: true, indication8: true, validFrom: "2024-09-01", validUntil: "2027-09-01" }],
      applicantRelation: "mother",
      custodySince: "2024-06-01",
      alimony: { awarded: "500.00", enforcementIneffective: true },
      birth: { live: true, severeConditionCertificate: true, prenatalCareFromWeek: 8, prenatalCareUntilBirth: true },
    },
  ],
};
export const otherMunicipality: Json = { ...(everyField as Record<string, Json>), municipality: "other" };

export const households = [everyField, otherMunicipality, ...exampleHouseholds, ...fixtureHouseholds];

/** Every object or array in the value, with its path. */
export function* nodes(value: Json, path: (string | number)[] = []): Generator<[(string | number)[], Json]> {
  yield [path, value];
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* nodes(value[i] as Json, [...path, i]);
  else if (value !== null && typeof value === "object") for (const k of Object.keys(value)) yield* nodes(value[k] as Json, [...path, k]);
}

export const STRINGS = ["", "x".repeat(LIMITS.idLength), "x".repeat(LIMITS.idLength + 1), "x".repeat(LIMITS.nameLength), "x".repeat(LIMITS.nameLength + 1), "a\u0007b", "1.001", "-1", "1e3", "01.00", "2023-02-29", "2024-02-29", "permanent", "other", "1234567", "123456", "stopien", "znaczny", "F", "child", "single", "ubostwo", "wynagrodzenie", "44051401458", "__proto__"];
export const OTHERS: Json[] = [null, true, false, 0, 1, 1.5, -1, LIMITS.pregnancyWeek.max, LIMITS.pregnancyWeek.max + 1, LIMITS.childrenNotListed, LIMITS.childrenNotListed + 1, LIMITS.baseYear.min - 1, LIMITS.baseYear.min, LIMITS.baseYear.max, LIMITS.baseYear.max + 1, Number.NaN, [], {}];
export const LENGTHS = [LIMITS.disabilityEvidence, LIMITS.disabilityEvidence + 1, LIMITS.listedIds, LIMITS.listedIds + 1, LIMITS.incomesPerMember, LIMITS.incomesPerMember + 1];

export function setAt(value: Json, path: (string | number)[], replace: (node: Json) => Json | undefined): unknown {
  if (path.length === 0) return replace(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  copy[head] = setAt((value as Record<string | number, Json>)[head] as Json, rest, replace);
  return copy;
}

/** The household broken (or changed) at one place, in each of the ways the input gets it wrong: [what was done, the result]. */
export function* variants(household: Json): Generator<[string, unknown]> {
  for (const [path, node] of nodes(household)) {
    const at = path.join(".") || "(household)";
    if (Array.isArray(node)) {
      yield [`${at} = []`, setAt(household, path, () => [])];
      if (node.length > 0) for (const n of LENGTHS) yield [`${at}: ${n} items`, setAt(household, path, () => Array.from({ length: n }, () => node[0] as Json))];
    } else if (node !== null && typeof node === "object") {
      yield [`${at}.typo added`, setAt(household, path, (o) => ({ ...(o as object), typo: 1 }))];
      // keys a record (baseYear.incomes) must refuse or skip: empty, too long, and an own __proto__
      yield [`${at}[""] added`, setAt(household, path, (o) => ({ ...(o as object), "": "0" }))];
      yield [`${at}[65 characters] added`, setAt(household, path, (o) => ({ ...(o as object), ["x".repeat(LIMITS.idLength + 1)]: "0" }))];
      yield [`${at}.__proto__ added`, setAt(household, path, (o) => Object.defineProperty({ ...(o as object) }, "__proto__", { value: "0", enumerable: true, writable: true, configurable: true }))];
      yield [`${at} without a prototype`, setAt(household, path, (o) => Object.assign(Object.create(null) as object, o))];
      for (const key of Object.keys(node)) {
        yield [`${at}.${key} left out`, setAt(household, path, (o) => Object.fromEntries(Object.entries(o as object).filter(([k]) => k !== key)))];
      }
    }
    if (path.length > 0) for (const v of [...STRINGS, ...OTHERS]) yield [`${at} = ${JSON.stringify(v)?.slice(0, 20)}`, setAt(household, path, () => v)];
  }
}
