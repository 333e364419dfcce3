import { evaluate, isHouseholdValidationError } from "kryterium";

try {
  evaluate({ evaluationDate: "2025-03-15", householdType: "single", members: [{ id: "x", role: "applicant", sex: "K" }] });
} catch (e) {
  if (!isHouseholdValidationError(e)) throw e;
  for (const issue of e.issues) console.log(`${issue.path}: ${issue.message.pl} / ${issue.message.en}`);
  // members[0].sex: niedozwolona wartość; dozwolone: "F", "M" / value not allowed; allowed: "F", "M"
}
