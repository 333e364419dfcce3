import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DATES, population } from "../bench/population.mjs";
import { decide, evaluate } from "../src/index.js";
import { Reported } from "../src/conditions/decider.js";
import { type EvaluationContext, withClaimant } from "../src/conditions/context.js";
import { deciderOf, evaluateCondition } from "../src/conditions/index.js";
import { allRules, defaultEngine, getRule } from "../src/evaluate.js";

const programmeContexts = defaultEngine.programmeContexts;
import { FORMULAS } from "../src/programmes/index.js";
import type { ConditionSpec } from "../src/rules/schema.js";
import { dateOfReachingAge, latestBirthDateAt } from "../src/household/age.js";
import type { ProgrammeResult } from "../src/explain/trace.js";
import { coveredDate, groszeToString } from "./properties/arbitraries.js";

/**
 * `decide` answers what `evaluate` answers. Its conditions are decided by their kinds' deciders
 * (src/conditions/decider.ts), each beside the traced evaluation it mirrors in its kind's module
 * (src/conditions/<kind>.ts); these tests hold the two together
 * on everything the repository has: every fixture and example at five dates, the bench
 * population at its three dates (its boundary cases first), and random households with facts
 * left out.
 */

const root = join(__dirname, "..");

/** The fields `decide` answers, from a result of `evaluate`, in its order. */
function decisionOf(r: ProgrammeResult) {
  const { programme, title, jurisdiction, outcome, amount, range, missing, discretionary, version, legalBasis } = r;
  return { programme, title, jurisdiction, outcome, amount, range, missing, discretionary, version, legalBasis };
}

/** Both answers for one household, or both errors. */
function both(household: unknown, options: { date?: string; programmes?: readonly string[] } = {}) {
  const run = <T>(f: () => T) => {
    try {
      return { value: f() };
    } catch (e) {
      return { error: `${(e as Error).name}: ${(e as Error).message}` };
    }
  };
  const evaluated = run(() => evaluate(household, options));
  return {
    decided: run(() => decide(household, options)),
    evaluated: "value" in evaluated ? { value: { ...evaluated.value, results: evaluated.value.results.map(decisionOf) } } : evaluated,
  };
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []))
    .sort();
}

const households: [string, unknown][] = [
  ...files(join(root, "fixtures"), ".yaml").map((f): [string, unknown] => [f, (parse(readFileSync(f, "utf8"), { schema: "core" }) as { household: unknown }).household]),
  ...files(join(root, "examples"), ".json").map((f): [string, unknown] => [f, JSON.parse(readFileSync(f, "utf8"))]),
];

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A member with any fact left out. */
const sparseMember = (id: string, role: string) =>
  fc
    .record(
      {
        birthDate: fc.constantFrom("1940-02-29", "1955-06-15", "1964-03-01", "1990-01-01", "2008-02-29", "2010-05-20", "2016-11-30", "2023-01-10"),
        sex: fc.constantFrom("F", "M"),
        residence: fc.constantFrom("citizen", "permanent-residence", "temporary-residence", "tolerated-stay", "other"),
        situations: fc.subarray(["ubostwo", "bezrobocie", "niepelnosprawnosc", "bezdomnosc", "ochrona-macierzynstwa-lub-wielodzietnosci"]),
        incomes: fc.array(fc.record({ type: fc.constantFrom("wynagrodzenie", "emerytura-renta", "alimenty-otrzymywane"), gross: fc.constantFrom("0.00", "500.00", "823.00", "1010.00", "2400.50") }), { maxLength: 2 }),
        disability: fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant("stopien"), degree: fc.constantFrom("znaczny", "umiarkowany", "lekki"), validUntil: optional(fc.constantFrom("permanent", "2024-06-30")) }),
            fc.record({
              kind: fc.constant("orzeczenie-dziecka"),
              validFrom: optional(fc.constantFrom("2015-01-01", "2029-01-01")),
              validUntil: optional(fc.constantFrom("permanent", "2024-06-30")),
              indication7: optional(fc.boolean()),
              indication8: optional(fc.boolean()),
            }),
            fc.record({ kind: fc.constant("zus"), finding: fc.constantFrom("niezdolnosc-do-samodzielnej-egzystencji", "czesciowa-niezdolnosc-do-pracy"), validUntil: optional(fc.constant("permanent")) }),
          ),
          { maxLength: 2 },
        ),
        flags: fc.record({ inEducation: fc.boolean(), schoolPupil: fc.boolean(), pitInMunicipality: fc.boolean() }, { requiredKeys: [] }),
        applicantRelation: fc.constantFrom("mother", "father"),
        childrenNotListed: fc.integer({ min: 0, max: 3 }),
      },
      { requiredKeys: [] },
    )
    .map((m) => ({ id, role, ...m }));

/** Random households of up to five members with any fact left out, in and outside Kraków. */
const sparseHousehold = fc
  .tuple(fc.integer({ min: 0, max: 4 }), coveredDate, fc.constantFrom(undefined, "1261011", "0615011", "other"))
  .chain(([children, date, teryt]) =>
    fc.tuple(
      fc.constant(date),
      fc.constant(teryt),
      sparseMember("a", "applicant"),
      fc.tuple(...Array.from({ length: children }, (_, i) => sparseMember(`c${i}`, "child"))),
      optional(fc.subarray(Array.from({ length: children }, (_, i) => `c${i}`))),
    ),
  )
  .map(([date, teryt, applicant, children, caresFor]) => ({
    evaluationDate: date,
    householdType: children.length === 0 ? "single" : "family",
    ...(teryt === undefined ? {} : { municipality: teryt === "other" ? "other" : { teryt } }),
    members: [caresFor === undefined ? applicant : { ...applicant, caresFor }, ...children].map((m) => (m.birthDate !== undefined && m.birthDate > date ? { ...m, birthDate: "2000-01-01" } : m)),
  }));

describe("decide answers what evaluate answers", () => {
  it("on every fixture and example, at its own date and four more", () => {
    let outcomes = 0;
    for (const [file, household] of households) {
      for (const date of [undefined, "2015-06-01", "2023-12-31", "2024-11-01", "2026-01-15"]) {
        const { decided, evaluated } = both(household, date ? { date } : {});
        expect(decided, `${file} at ${date ?? "its date"}`).toEqual(evaluated);
        expect(JSON.stringify(decided), "the fields in evaluate's order").toBe(JSON.stringify(evaluated));
        if ("value" in decided) outcomes += decided.value?.results.length ?? 0;
      }
    }
    expect(households.length).toBeGreaterThan(100);
    expect(outcomes).toBeGreaterThan(5000);
  });

  it("on the bench population at its three dates, boundary cases first", () => {
    const seen = new Set<string>();
    for (const household of population(2500)) {
      for (const date of DATES) {
        const { decided, evaluated } = both(household, { date });
        expect(decided).toEqual(evaluated);
        for (const r of "value" in decided ? (decided.value?.results ?? []) : []) seen.add(`${r.outcome} ${r.missing.length > 0}`);
      }
    }
    // every kind of answer is met, so the comparison covers each way a programme can end
    expect([...seen].sort()).toEqual(["eligible false", "needs-assessment false", "needs-assessment true", "not-eligible false"]);
  });

  it("on random households with facts left out, in and outside Kraków", () => {
    let valid = 0;
    fc.assert(
      fc.property(sparseHousehold, (h) => {
        const { decided, evaluated } = both(h);
        expect(decided).toEqual(evaluated);
        if ("value" in decided) valid++;
      }),
      { numRuns: 600 },
    );
    // most generated households are valid, so the comparison is of answers, not of errors
    expect(valid).toBeGreaterThan(400);
  });

  it("throws where evaluate throws, also after a condition has failed and decided the programme", () => {
    // „Za życiem” applied for late in March 2017: the term ended on Saturday 4 March 2017, and
    // whether it moves to Monday is read from the non-working days in force then, which the
    // rules do not have before 1 June 2017 — evaluate throws, though the residence already failed.
    const late = (residence: string) => ({
      evaluationDate: "2017-03-10",
      applicationDate: "2017-03-10",
      householdType: "family",
      members: [
        { id: "m", role: "applicant", birthDate: "1990-01-01", residence, incomes: [] },
        { id: "c", role: "child", birthDate: "2016-03-04", applicantRelation: "mother", birth: { live: true, severeConditionCertificate: true, prenatalCareFromWeek: 8, prenatalCareUntilBirth: true }, incomes: [] },
      ],
    });
    for (const residence of ["other", "citizen"]) {
      const { decided, evaluated } = both(late(residence), { programmes: ["pl/za-zyciem/jednorazowe-swiadczenie"] });
      expect(evaluated).toEqual({ error: expect.stringContaining("RuleDateError: Rule pl/dni-wolne-od-pracy has no version in force on 2017-03-04") });
      expect(decided).toEqual(evaluated);
    }
  });
});

describe("a formula without its steps (decide) works out what it does with them (evaluate)", () => {
  // Without steps, zasiłek stały and okresowy are worked out in whole grosze (where that is
  // exact); with them, in decimals. Amount, range, assessment and open questions must agree —
  // at the limits above all: the difference at the floor and a grosz either side, at the cap,
  // a family's amount at the minimum, and the remainders a family's income per person leaves.
  const IDS = ["pl/pomoc-spoleczna/zasilek-staly", "pl/pomoc-spoleczna/zasilek-okresowy"];
  const criterionOf = (specs: readonly ConditionSpec[]): string => {
    for (const [spec] of everyCondition(specs)) if (spec.kind === "income") return spec.criterion;
    throw new Error("no income condition");
  };
  const household = (date: string, size: number, income: number, hectares: string | undefined) => ({
    evaluationDate: date,
    householdType: size === 1 ? "single" : "family",
    members: Array.from({ length: size }, (_, i) => ({
      id: `m${i}`,
      role: i === 0 ? "applicant" : "child",
      incomes: [{ type: "wynagrodzenie", gross: groszeToString(i === 0 ? Math.max(income, 0) : 0) }],
      ...(i === 0 && hectares ? { farm: { hectares } } : {}),
    })),
  });
  /** Both workings of the programme's formula, without the steps; undefined when it is not in force. */
  const worked = (h: unknown, date: string, id: string) => {
    const run = (explain: boolean) => {
      const [entry] = programmeContexts(h, { date, programmes: [id] });
      if (!entry) return undefined;
      const { steps: _, ...answer } = FORMULAS[getRule(id).formula as keyof typeof FORMULAS](entry.ctx, criterionOf(entry.specs), explain);
      return answer;
    };
    return { decide: run(false), evaluate: run(true) };
  };
  /** The limits of the arithmetic, as a household income in grosze, for a household of `size` on `date`. */
  const limits = (id: string, date: string, size: number): number[] => {
    const [entry] = programmeContexts(household(date, size, 0, undefined), { date, programmes: [id] });
    if (!entry) return [];
    const grosze = (d: { times(n: number): { toNumber(): number } }) => d.times(100).toNumber();
    const criterion = entry.ctx.criterion(criterionOf(entry.specs));
    const p = (name: string) => Number(entry.ctx.version.parameters[name] ?? "0") * 100;
    const household_ = grosze(criterion.household);
    const base = Math.round(grosze(criterion.perPerson) * Number(entry.ctx.version.parameters["amountPercent"] ?? "1"));
    const single = Math.round(grosze(criterion.single) * Number(entry.ctx.version.parameters["amountPercent"] ?? "1"));
    return [household_ - p("floorAmount"), household_ - p("capSingle"), household_ - p("capSingle") - grosze(criterion.perPerson), single - p("capSingle"), single - p("minimum"), (base - p("minimum")) * size, household_, 0];
  };

  it("for zasiłek stały and okresowy, at each of their limits and 3 grosze either side, on every version's first and last day, for 1–7 members", () => {
    const dates = [...new Set(IDS.flatMap((id) => getRule(id).versions.flatMap((v) => [v.from, ...(v.to ? [v.to] : [])])))];
    let compared = 0;
    for (const id of IDS) {
      for (const date of dates) {
        for (let size = 1; size <= 7; size++) {
          for (const anchor of limits(id, date, size)) {
            for (let offset = -3; offset <= 3; offset++) {
              const { decide: fast, evaluate: full } = worked(household(date, size, anchor + offset, undefined), date, id);
              // expect() only on a difference: this runs some ten thousand times
              if (JSON.stringify(fast) !== JSON.stringify(full)) expect(fast, `${id} ${date} ${size} members, income ${anchor + offset}`).toEqual(full);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it("for zasiłek stały and okresowy, at random dates and incomes, with farms that make the income fractional", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        coveredDate,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.option(fc.constantFrom("1", "0.5", "1.2345"), { freq: 3 }),
        (id, date, size, income, hectares) => {
          const { decide: fast, evaluate: full } = worked(household(date, size, income, hectares ?? undefined), date, id);
          expect(fast).toEqual(full);
          if (fast !== undefined) compared++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(1500);
  });
});

/** Every condition of a tree, nested ones too, with whether it is nested. */
function* everyCondition(specs: readonly ConditionSpec[], nested = false): Generator<[ConditionSpec, boolean]> {
  for (const spec of specs) {
    yield [spec, nested];
    if ("conditions" in spec && Array.isArray(spec.conditions)) yield* everyCondition(spec.conditions as readonly ConditionSpec[], true);
  }
}

/** The parameters a condition names (a limit, a percentage), which a rule version may leave open (null). */
function parametersOf(spec: ConditionSpec): string[] {
  const named = "min" in spec || "below" in spec || "percent" in spec ? [(spec as { min?: string }).min, (spec as { below?: string }).below, (spec as { percent?: string }).percent] : [];
  return named.filter((p): p is string => p !== undefined);
}

describe("each decider answers what its condition function answers", () => {
  // Compared condition by condition — nested ones too, with each member as the subject, as `count`
  // evaluates them — so that a missing fact reported twice, or a status that the programme's
  // outcome would not show (priority's not-applicable), cannot hide behind the programme's answer.
  const dates = [...new Set(allRules().flatMap((r) => (r.kind === "programme" ? r.versions.map((v) => v.from) : [])))].sort();
  const compare = (ctx: EvaluationContext, spec: ConditionSpec, where: string) => {
    const reported = new Reported();
    const status = deciderOf(spec)(ctx, reported);
    const missing = Array.from({ length: reported.size }, (_, i) => reported.at(i));
    const expected = evaluateCondition(spec, ctx);
    // expect() only on a difference: this runs a few hundred thousand times
    if (status !== expected.status || missing.join("\n") !== expected.missing.join("\n")) {
      expect({ status, missing }, `${where}: ${ctx.rule.id} ${spec.kind}`).toEqual({ status: expected.status, missing: expected.missing });
    }
    return status;
  };

  /** Compares every condition of every programme for one household and date; adds "kind status" to `statuses`; returns how many. */
  const compareAll = (household: unknown, date: string | undefined, where: string, statuses: Set<string>): number => {
    let contexts: ReturnType<typeof programmeContexts>;
    try {
      contexts = programmeContexts(household, date ? { date } : {});
    } catch {
      return 0; // an invalid household, or a date before a rule's first version: evaluate says so
    }
    let compared = 0;
    for (const { ctx, specs } of contexts) {
      for (const [spec, nested] of everyCondition(specs)) {
        // a nested condition may be about any member (count makes each selected one the subject)
        const subjects = nested ? ctx.household.members.map((m, i) => withClaimant(ctx, m, i)) : [ctx];
        for (const subject of subjects) {
          try {
            statuses.add(`${spec.kind} ${compare(subject, spec, where)}`);
            compared++;
          } catch (e) {
            // a condition that throws for this subject (a rule the date lies outside of) must throw both ways
            if (e instanceof Error && e.name === "AssertionError") throw e;
            expect(() => deciderOf(spec)(subject, new Reported())).toThrow();
          }
        }
      }
    }
    return compared;
  };

  it("on the fixtures and the examples at the first day of every programme version, and on the bench population", () => {
    const statuses = new Set<string>();
    let compared = 0;
    for (const [name, household] of households) for (const date of [undefined, ...dates]) compared += compareAll(household, date, `${name} at ${date ?? "its date"}`, statuses);
    for (const [i, household] of population(150).entries()) for (const date of DATES) compared += compareAll(household, date, `population #${i} at ${date}`, statuses);
    expect(compared).toBeGreaterThan(50_000);
    // every kind the deciders compile meets each status it can give
    for (const seen of ["age pass", "age fail", "age unknown", "income pass", "income fail", "income unknown", "income not-applicable", "count pass", "count fail", "count unknown", "count assess", "any-of unknown", "all-of unknown", "situation assess", "residence assess", "disability unknown", "fact unknown", "relation unknown", "priority not-applicable", "retirement-age pass", "retirement-age fail", "retirement-age unknown", "retirement-age assess", "child-disability pass", "child-disability fail", "child-disability unknown"]) {
      expect(statuses, seen).toContain(seen);
    }
  }, 120_000);

  it("a composite answered by one child still decides the children after it that may throw, as the condition function evaluates them all", () => {
    // The late „Za życiem” application of March 2017 (above): the child's application deadline
    // throws. Put after a child that fails a conjunction, or one that passes an alternative.
    const zaZyciem = allRules().find((r) => r.id === "pl/za-zyciem/jednorazowe-swiadczenie");
    const count = zaZyciem?.conditions?.find((c) => c.kind === "count");
    if (count?.kind !== "count") throw new Error("the „Za życiem” rule has no count condition");
    const of = (kind: string) => count.conditions.find((c) => c.kind === kind) as ConditionSpec;
    const household = {
      evaluationDate: "2017-03-10",
      applicationDate: "2017-03-10",
      householdType: "family",
      members: [
        { id: "m", role: "applicant", birthDate: "1990-01-01", residence: "citizen", incomes: [] },
        { id: "c", role: "child", birthDate: "2016-03-04", applicantRelation: "mother", birth: { live: false }, incomes: [] },
      ],
    };
    const [{ ctx } = { ctx: undefined }] = programmeContexts(household, { programmes: [zaZyciem?.id ?? ""] });
    if (!ctx) throw new Error("„Za życiem” is not in force on 2017-03-10");
    const child = withClaimant(ctx, ctx.household.members[1] as EvaluationContext["claimant"], 1);
    const cases: [ConditionSpec, EvaluationContext][] = [
      [{ kind: "all-of", basis: "test", conditions: [of("fact"), of("application-deadline")] } as ConditionSpec, child],
      [{ kind: "any-of", basis: "test", conditions: [of("relation"), of("application-deadline")] } as ConditionSpec, child],
      [{ kind: "priority", basis: "test", conditions: [of("application-deadline")] } as ConditionSpec, child],
      [count, ctx],
    ];
    for (const [spec, subject] of cases) {
      expect(() => evaluateCondition(spec, subject), spec.kind).toThrow("pl/dni-wolne-od-pracy has no version in force on 2017-03-04");
      expect(() => deciderOf(spec)(subject, new Reported()), spec.kind).toThrow("pl/dni-wolne-od-pracy has no version in force on 2017-03-04");
    }
    // and the children that decided did so: without the deadline, the same composites answer
    expect(deciderOf({ kind: "all-of", basis: "test", conditions: [of("fact")] } as ConditionSpec)(child, new Reported())).toBe("fail");
    expect(deciderOf({ kind: "any-of", basis: "test", conditions: [of("relation")] } as ConditionSpec)(child, new Reported())).toBe("pass");
  });

  it("on households picked for the paths random ones rarely take", () => {
    const child = (disability: unknown[]) => ({ id: "c", role: "child", birthDate: "2015-04-01", disability });
    const parent = { id: "p", role: "applicant", birthDate: "1985-01-01", residence: "citizen", incomes: [] };
    const cases = [
      // an undated orzeczenie first, then one that meets both indications: the first one's doubt does not carry over
      [{ kind: "orzeczenie-dziecka", indication7: true, indication8: true }, { kind: "orzeczenie-dziecka", validUntil: "permanent", indication7: true, indication8: true }],
      // an indication not given, then one refused: the orzeczenie fails, and what was missing does not matter
      [{ kind: "orzeczenie-dziecka", validUntil: "permanent", indication8: false }],
      // not yet in force
      [{ kind: "orzeczenie-dziecka", validFrom: "2026-01-01", validUntil: "permanent", indication7: true, indication8: true }],
    ];
    const statuses = new Set<string>();
    for (const disability of cases) {
      const household = { evaluationDate: "2025-03-01", householdType: "family", members: [parent, child(disability)] };
      expect(compareAll(household, undefined, JSON.stringify(disability), statuses)).toBeGreaterThan(50);
    }
    expect(statuses).toContain("child-disability pass");
    expect(statuses).toContain("child-disability fail");
  });

  it("on random households with facts left out", () => {
    const statuses = new Set<string>();
    let compared = 0;
    fc.assert(
      fc.property(sparseHousehold, (h) => {
        compared += compareAll(h, undefined, JSON.stringify(h), statuses);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(10_000);
  });

  it("with each parameter a condition names left open by the rule version", () => {
    let compared = 0;
    for (const household of population(60)) {
      for (const { ctx, specs } of programmeContexts(household, { date: "2024-02-29" })) {
        for (const [spec] of everyCondition(specs)) {
          for (const parameter of parametersOf(spec)) {
            const open = { ...ctx, version: { ...ctx.version, parameters: { ...ctx.version.parameters, [parameter]: null } } };
            compare(open, spec, `${parameter} left open`);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe("an age limit as a birth-date cut-off", () => {
  const date = fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate())
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

  it("born on or before latestBirthDateAt(date, n) exactly when n is reached by date (k.c. art. 112)", () => {
    const leapDays = fc.constantFrom("1940-02-29", "1956-02-29", "2000-02-29", "2008-02-29");
    fc.assert(
      fc.property(fc.oneof(date, leapDays), fc.oneof(date, fc.constantFrom("2023-02-28", "2024-02-28", "2024-02-29", "2025-02-28", "2100-02-28")), fc.integer({ min: 0, max: 120 }), (birth, on, years) => {
        expect(birth <= latestBirthDateAt(on, years)).toBe(on >= dateOfReachingAge(birth, years));
      }),
      { numRuns: 5000 },
    );
  });

  it("someone born on 29 February reaches the age on 28 February of a common year, and not the day before", () => {
    expect(latestBirthDateAt("2025-02-28", 1)).toBe("2024-02-29");
    expect(latestBirthDateAt("2025-02-27", 1)).toBe("2024-02-27");
    expect(latestBirthDateAt("2024-02-28", 4)).toBe("2020-02-28");
    expect(latestBirthDateAt("0070-01-01", 70)).toBe("");
  });
});
