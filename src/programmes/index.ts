import type { Rule } from "../rules/schema.js";
import { fixedAmount } from "./fixed-amount.js";
import type { Formula } from "./formula.js";
import { zasilekOkresowy } from "./zasilek-okresowy.js";
import { zasilekStaly } from "./zasilek-staly.js";
import { funduszAlimentacyjny, zasilekRodzinny } from "./family-benefit-formulas.js";

/** Formulas by the name a rule file gives in `formula:`. */
export const FORMULAS: Readonly<Record<NonNullable<Rule["formula"]>, Formula>> = {
  "zasilek-staly": zasilekStaly,
  "zasilek-okresowy": zasilekOkresowy,
  "fixed-amount": fixedAmount,
  "zasilek-rodzinny": zasilekRodzinny,
  "fundusz-alimentacyjny": funduszAlimentacyjny,
};
