import type { Formula } from "./formula.js";
import { zasilekOkresowy } from "./zasilek-okresowy.js";
import { zasilekStaly } from "./zasilek-staly.js";

/** Formulas by the name a rule file gives in `formula:`. */
export const FORMULAS: Readonly<Record<"zasilek-staly" | "zasilek-okresowy", Formula>> = {
  "zasilek-staly": zasilekStaly,
  "zasilek-okresowy": zasilekOkresowy,
};
