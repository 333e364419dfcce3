import { getRule } from "kryterium";

const rule = getRule("pl/pomoc-spoleczna/zasilek-staly");
console.log(rule.title.en); // the programme's title
console.log(rule.legalBasis.instrument, rule.legalBasis.provision, rule.legalBasis.publication);
for (const v of rule.versions) console.log(v.from, "→", v.to ?? "…", v.reference.publication);
