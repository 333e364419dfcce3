// The shared decision through kryterium: evaluate() (or decide(), the same answers without the
// trace) restricted to the three programmes, plus the 70+ age from the library's own k.c. art. 112
// function. Returns the same shape as bench/baseline.mjs and bench/json-rules-engine.mjs.

export const PROGRAMMES = {
  prawo: "pl/pomoc-spoleczna/prawo-do-swiadczen-pienieznych",
  popz: "pl/pomoc-zywnosciowa/popz-fepz",
  staly: "pl/pomoc-spoleczna/zasilek-staly",
};
const IDS = Object.values(PROGRAMMES);

/** `lib` is the imported kryterium module (dist/index.js); `api` is "evaluate" or "decide". */
export function kryteriumDecider(lib, api = "evaluate") {
  const { ageOn } = lib;
  const run = lib[api];
  return (household, date = household.evaluationDate) => {
    const { results } = run(household, { date, programmes: IDS });
    const out = { prawo: undefined, popz: undefined, staly: undefined, amount: undefined, age70: false };
    for (const r of results) {
      if (r.programme === PROGRAMMES.prawo) out.prawo = r.outcome;
      else if (r.programme === PROGRAMMES.popz) out.popz = r.outcome;
      else if (r.programme === PROGRAMMES.staly) {
        out.staly = r.outcome;
        out.amount = r.amount;
      }
    }
    // an index loop: the members of a validated household are frozen, and V8 walks a frozen
    // array with `find` many times slower (src/freeze.ts)
    let applicant;
    for (let i = 0; i < household.members.length && applicant === undefined; i++) if (household.members[i].role === "applicant") applicant = household.members[i];
    out.age70 = ageOn(applicant.birthDate, date) >= 70;
    return out;
  };
}

export function same(a, b) {
  return a.prawo === b.prawo && a.popz === b.popz && a.staly === b.staly && a.amount === b.amount && a.age70 === b.age70;
}

export function show(d) {
  return `prawo=${d.prawo} popz=${d.popz} staly=${d.staly}${d.amount === undefined ? "" : ` ${d.amount} zł`} 70+=${d.age70}`;
}
