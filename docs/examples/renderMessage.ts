import { evaluate, renderMessage } from "kryterium";

const { results } = evaluate({
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen" }],
});
for (const r of results) {
  console.log(r.title.pl, "—", renderMessage(r.reason, "pl")); // the one-line reason, in Polish
  for (const c of r.conditions) console.log("  ", c.status, renderMessage(c.message, "en"));
}
