import { decide, evaluate, explainResult } from "kryterium";

const household = {
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen",
    incomes: [{ type: "emerytura-renta", gross: "900.00", healthContribution: "81.00" }] }],
};

// The answers alone: outcome, amount or range, missing facts and rule version of every programme.
const { results } = decide(household);
const open = results.filter((r) => r.outcome !== "not-eligible");
console.log(open.map((r) => `${r.programme} ${r.outcome} ${r.amount ?? ""}`));

// The reasons for one of them: evaluate gives the same answer with its trace.
const [staly] = evaluate(household, { programmes: ["pl/pomoc-spoleczna/zasilek-staly"] }).results;
if (staly) console.log(explainResult(staly, "pl").join("\n"));
