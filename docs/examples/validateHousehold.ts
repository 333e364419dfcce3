import { decide, validateHousehold } from "kryterium";

const checked = validateHousehold({ evaluationDate: "2025-13-01", householdType: "single", members: [] });
if (!checked.ok) {
  for (const issue of checked.issues) console.log(issue.path, issue.message.pl);
  // evaluationDate oczekiwano: data w formacie RRRR-MM-DD, istniejąca w kalendarzu
}

// Validated once, decided at several dates: the frozen household that validateHousehold
// returns is taken by decide and evaluate without validating it again.
const valid = validateHousehold({
  evaluationDate: "2025-03-15",
  householdType: "single",
  situations: ["ubostwo"],
  members: [{ id: "anna", role: "applicant", birthDate: "1944-05-14", sex: "F", residence: "citizen", incomes: [] }],
});
if (valid.ok) {
  for (const date of ["2024-02-29", "2025-03-15"]) {
    const staly = decide(valid.household, { date, programmes: ["pl/pomoc-spoleczna/zasilek-staly"] }).results[0];
    console.log(date, staly?.outcome, staly?.amount);
  }
}
