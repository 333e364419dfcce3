import { evaluate, renderMessage, renderOutcome } from "kryterium";

const { results } = evaluate({
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  municipality: { teryt: "1261011", name: "Kraków" },
  members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen",
    incomes: [{ type: "emerytura-renta", gross: "900.00", healthContribution: "81.00" }],
    disability: [{ kind: "stopien", degree: "umiarkowany", validUntil: "permanent" }] }],
});
for (const r of results) {
  const amount = r.amount ?? (r.range ? `${r.range.min}–${r.range.max}` : "");
  console.log(r.programme, renderOutcome(r.outcome, "en"), amount, renderMessage(r.reason, "en"), r.missing);
}
