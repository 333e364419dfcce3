/**
 * The rules the evaluation reads by id whatever a programme names: the pomoc społeczna income
 * rule (every `income` condition) and the table of equivalent disability findings (every
 * `disability` condition). A pack that uses those kinds needs them loaded (the `pl` pack has them).
 */
export const INCOME_RULE = "pl/pomoc-spoleczna/dochod";
export const EQUIVALENCE_RULE = "pl/niepelnosprawnosc/rownowaznosc-orzeczen";
