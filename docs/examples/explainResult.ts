import { evaluate, explainResult } from "kryterium";

const { results } = evaluate({
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen",
    incomes: [{ type: "emerytura-renta", gross: "900.00", healthContribution: "81.00" }] }],
});
const staly = results.find((r) => r.programme === "pl/pomoc-spoleczna/zasilek-staly");
if (staly) console.log(explainResult(staly, "en").join("\n")); // outcome, reason, amount, legal basis, conditions, calculation
