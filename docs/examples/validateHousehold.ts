import { validateHousehold } from "kryterium";

const checked = validateHousehold({ evaluationDate: "2025-13-01", householdType: "single", members: [] });
if (!checked.ok) {
  for (const issue of checked.issues) console.log(issue.path, issue.message.pl);
  // evaluationDate oczekiwano: data w formacie RRRR-MM-DD, istniejąca w kalendarzu
}
