import { getRule, isRuleDateError, valueAt } from "kryterium";

try {
  valueAt("pl/pomoc-spoleczna/zasilek-staly", "2004-01-01"); // before the first version (2006-10-01)
} catch (e) {
  if (!isRuleDateError(e)) throw e;
  console.log(e.message); // the library does not know the law on that date — never a silent zero
  console.log(getRule("pl/pomoc-spoleczna/zasilek-staly").versions[0]?.from); // "2006-10-01"
}
