import { evaluate, isKryteriumError } from "kryterium";

const household = { evaluationDate: "2025-03-15", householdType: "single", members: [{ id: "a", role: "applicant" }] };
try {
  evaluate(household, { date: "15.03.2025" }); // not a YYYY-MM-DD date
} catch (e) {
  // true for every error the library throws on purpose, whichever copy (ESM or CJS) threw it
  if (!isKryteriumError(e)) throw e;
  console.log(e.code, e.message); // invalid-option options.date must be a YYYY-MM-DD date, …
}
