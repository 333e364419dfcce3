import { isRuleDateError, valueAt } from "kryterium";

const { version } = valueAt("pl/pomoc-spoleczna/kryterium-dochodowe", "2025-03-15");
console.log(version.from, version.parameters.single, version.reference.publication);
// 2025-01-01 1010.00 — the criterion for a single person in force on that day, and where it was published

try {
  valueAt("pl/pomoc-spoleczna/kryterium-dochodowe", "1990-01-01"); // before the first version
} catch (e) {
  if (isRuleDateError(e)) console.log(e.message); // never a silent zero
}
