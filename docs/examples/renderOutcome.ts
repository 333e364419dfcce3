import { renderOutcome } from "kryterium";

console.log(renderOutcome("eligible")); // "przysługuje"
console.log(renderOutcome("needs-assessment", "en")); // "needs assessment"
