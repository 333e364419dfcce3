import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, evaluate } from "../../src/index.js";
import { applyAnswer, interview, parseAnswer, questionsFor, type Answers, type AnswerValue } from "../../src/questions/index.js";
import { coveredDate } from "../properties/arbitraries.js";
import { someAnswer } from "./answers.js";

const ZASILEK_RODZINNY = "pl/swiadczenia-rodzinne/zasilek-rodzinny";

/** A family as a face starts it: the date, who lives there and in what role, nothing else. */
const family = () => ({
  evaluationDate: "2025-03-15",
  householdType: "family",
  members: [
    { id: "anna", name: "Anna", role: "applicant" },
    { id: "piotr", name: "Piotr", role: "spouse" },
    { id: "zosia", name: "Zosia", role: "child" },
  ],
});

/** The answers a person gives, as typed text, by question path. */
const TYPED: Readonly<Record<string, string>> = {
  "members[0].birthDate": "14.02.1990",
  "members[1].birthDate": "1988-07-01",
  "members[2].birthDate": "01.05.2019",
  "members[0].residence": "obywatel polski",
  "baseYear.incomes.anna": "9 600,00 zł",
  "baseYear.incomes.piotr": "412,30",
  "baseYear.incomes.zosia": "0",
  "baseYear.farmHectares": "0",
};

function run(household: unknown, answer: (path: string, step: Extract<ReturnType<typeof interview>, { status: "question" }>) => AnswerValue | null, programmes?: string[]) {
  const answers: Record<string, AnswerValue | null> = {};
  const asked: string[] = [];
  for (let i = 0; i < 200; i++) {
    const step = interview(household, answers as Answers, programmes ? { programmes } : {});
    if (step.status !== "question") return { step, asked, answers };
    asked.push(step.question.path);
    answers[step.question.path] = answer(step.question.path, step);
  }
  throw new Error("the interview did not end");
}

describe("interview", () => {
  it("takes a family from its members to a decided zasiłek rodzinny, asking only what is missing", () => {
    const { step, asked } = run(family(), (path, s) => {
      const typed = TYPED[path];
      if (typed === undefined) return someAnswer(s.question, "2025-03-15");
      const parsed = parseAnswer(s.question.kind, typed);
      if (!parsed.ok) throw new Error(`${path}: ${parsed.expected.en}`);
      return parsed.value;
    }, [ZASILEK_RODZINNY]);
    expect(step.status).toBe("decided");
    if (step.status !== "decided") return;
    const result = step.decision.results[0];
    expect(result?.outcome).toBe("eligible");
    expect(result?.amount).toMatch(/^[0-9]+\.[0-9]{2}$/);
    expect(asked).toContain("baseYear");
    expect(asked).toContain("baseYear.incomes.piotr");
    expect(new Set(asked).size).toBe(asked.length);
    expect(step.unanswered).toEqual([]);
    // what was asked is what the household now says
    expect(step.household).toMatchObject({ baseYear: { year: 2023, incomes: { anna: "9600.00", piotr: "412.30", zosia: "0" }, lostIncome: [], gainedIncome: [] } });
    expect(decide(step.household, { programmes: [ZASILEK_RODZINNY] }).results[0]?.outcome).toBe("eligible");
  });

  it("names the member in every language and suggests the base year the benefit period calls for", () => {
    const start = interview({ ...family(), members: family().members.map((m) => ({ ...m, birthDate: m.id === "zosia" ? "2019-05-01" : "1990-01-01", residence: "citizen" })) }, {}, { programmes: [ZASILEK_RODZINNY] });
    expect(start.status).toBe("question");
    if (start.status !== "question") return;
    expect(start.question.path).toBe("baseYear");
    expect(start.question.kind).toMatchObject({ type: "count", suggested: 2023 });
    const next = interview(start.household, { baseYear: 2023 }, { programmes: [ZASILEK_RODZINNY] });
    expect(next.status === "question" && next.question.text).toEqual({
      pl: "Anna: jaki był dochód w roku 2023 (zł, po podatku i składkach)?",
      en: "Anna: what was the income in 2023 (zł, after tax and contributions)?",
      uk: "Anna: який був дохід у 2023 році (зл, після податків і внесків)?",
    });
  });

  it("does not ask again what was skipped, and says what was left unanswered", () => {
    const { step, asked } = run(family(), () => null, [ZASILEK_RODZINNY]);
    expect(step.status).toBe("decided");
    if (step.status !== "decided") return;
    expect(step.decision.results[0]?.outcome).toBe("needs-assessment");
    expect(step.unanswered.map((q) => q.path)).toEqual(asked);
    expect(asked.length).toBeGreaterThan(0);
  });

  it("reports answers that make the household invalid, by field", () => {
    const step = interview(family(), { "members[2].birthDate": "2030-01-01" });
    expect(step.status).toBe("invalid");
    expect(step.status === "invalid" && step.issues.map((i) => i.path)).toEqual(["members[2].birthDate"]);
  });

  it("ends for any household, asking each question at most once (random households, every fact left out)", () => {
    const bare = fc.record({
      date: coveredDate,
      size: fc.integer({ min: 1, max: 4 }),
      roles: fc.array(fc.constantFrom("spouse", "partner", "child", "parent", "other"), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(bare, ({ date, size, roles }) => {
        const household = {
          evaluationDate: date,
          householdType: size === 1 ? "single" : "family",
          members: Array.from({ length: size }, (_, i) => ({ id: `m${i}`, role: i === 0 ? "applicant" : (roles[i - 1] as string) })),
        };
        const { step, asked } = run(household, (_, s) => someAnswer(s.question, date));
        expect(step.status).toBe("decided");
        expect(new Set(asked).size).toBe(asked.length);
      }),
      { numRuns: 25 },
    );
  });
});

describe("questionsFor", () => {
  it("asks each missing fact once, with every programme that needs it, in the catalogue's order", () => {
    const household = { evaluationDate: "2025-03-15", householdType: "single", members: [{ id: "a", name: "Ala", role: "applicant" }] };
    const evaluation = evaluate(household);
    const questions = questionsFor(evaluation, household);
    const paths = questions.map((q) => q.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(0, 3)).toEqual(["municipality", "members[0].birthDate", "members[0].sex"]);
    const birth = questions.find((q) => q.path === "members[0].birthDate");
    expect(birth?.programmes.length).toBeGreaterThan(3);
    expect(birth?.text.pl).toBe("Ala: data urodzenia?");
    // the household's situations are asked; the member's own are not asked beside them
    expect(paths).toContain("situations");
    expect(paths).not.toContain("members[0].situations");
    // a Decision serves as well as an Evaluation
    expect(questionsFor(decide(household), household).map((q) => q.path)).toEqual(paths);
  });
});

describe("applyAnswer", () => {
  it("writes a choice's value, a list's entries and a date's alternative without changing the household given", () => {
    const h = family();
    const frozen = JSON.stringify(h);
    const a = applyAnswer(h, "members[2].disability", "stopien:znaczny");
    expect(a.members[2]).toMatchObject({ disability: [{ kind: "stopien", degree: "znaczny" }] });
    const b = applyAnswer(a, "members[2].disability[0].validUntil", "permanent");
    expect(b.members[2]).toMatchObject({ disability: [{ kind: "stopien", degree: "znaczny", validUntil: "permanent" }] });
    const c = applyAnswer(b, "members[0].incomes", [{ type: "wynagrodzenie", gross: "3200.50", incomeTax: "" }]);
    expect((c.members[0] as { incomes?: unknown }).incomes).toEqual([{ type: "wynagrodzenie", gross: "3200.50" }]);
    const d = applyAnswer(c, "members[0].caresFor", ["zosia"]);
    expect((d.members[0] as { caresFor?: unknown }).caresFor).toEqual(["zosia"]);
    expect(applyAnswer(d, "municipality", "1261011")).toMatchObject({ municipality: { teryt: "1261011", name: "Kraków" } });
    expect(applyAnswer(d, "members[0].sex", null)).toBe(d);
    expect(JSON.stringify(h)).toBe(frozen);
    expect(() => applyAnswer(h, "members[0].sex", "X")).toThrow(/no option X/);
    expect(() => applyAnswer(h, "members[0].id", "x")).toThrow(/not a question/);
  });
});

describe("parseAnswer", () => {
  it("reads amounts with a comma or a point, dates either way round, yes and no in three languages", () => {
    expect(parseAnswer({ type: "money" }, "412,30")).toEqual({ ok: true, value: "412.30" });
    expect(parseAnswer({ type: "money" }, "3200.50")).toEqual({ ok: true, value: "3200.50" });
    expect(parseAnswer({ type: "money" }, "1 234,5 zł")).toEqual({ ok: true, value: "1234.5" });
    expect(parseAnswer({ type: "money" }, "12,345").ok).toBe(false);
    expect(parseAnswer({ type: "money" }, "-5").ok).toBe(false);
    expect(parseAnswer({ type: "decimal" }, "2,5600")).toEqual({ ok: true, value: "2.5600" });
    expect(parseAnswer({ type: "date" }, "5.3.2025")).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseAnswer({ type: "date" }, "2025-02-30").ok).toBe(false);
    for (const yes of ["tak", "T", "yes", "так"]) expect(parseAnswer({ type: "yes-no" }, yes)).toEqual({ ok: true, value: true });
    for (const no of ["nie", "no", "ні"]) expect(parseAnswer({ type: "yes-no" }, no)).toEqual({ ok: true, value: false });
    expect(parseAnswer({ type: "count", min: 0, max: 3 }, "4").ok).toBe(false);
    const kind = { type: "choice" as const, multiple: true, options: ["a", "b", "c"].map((code) => ({ code, label: { pl: code, en: code, uk: code }, value: code })) };
    expect(parseAnswer(kind, "1, 3")).toEqual({ ok: true, value: ["a", "c"] });
    expect(parseAnswer(kind, "0")).toEqual({ ok: true, value: [] });
    const bad = parseAnswer(kind, "7");
    expect(bad.ok === false && bad.expected.pl).toMatch(/od 1 do 3/);
  });
});
