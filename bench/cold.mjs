// Cold start, in a fresh process: import kryterium and evaluate one household (the full catalogue).
// Prints {"ms": import + first evaluation, "sinceStart": ms since the process began}.
// `node bench/cold.mjs deps` imports only the library's three dependencies, as it does
// (zod, decimal.js, date-fns/isLeapYear), and prints {"ms": …}: the floor under the cold start
// that kryterium's own code cannot lower.
// KRYTERIUM_BENCH_DIST: the snapshot of dist/ bench/run.mjs measures (default: ../dist).
const url = process.env.KRYTERIUM_BENCH_DIST ? `file://${process.env.KRYTERIUM_BENCH_DIST}/index.js` : new URL("../dist/index.js", import.meta.url).href;
const t0 = performance.now();
if (process.argv[2] === "deps") {
  await Promise.all([import("zod"), import("decimal.js"), import("date-fns/isLeapYear")]);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0 })}\n`);
  process.exit(0);
}
const { evaluate } = await import(url);
const { results } = evaluate({
  evaluationDate: "2025-03-15",
  municipality: { teryt: "1261011", name: "Kraków" },
  householdType: "single",
  situations: ["ubostwo", "niepelnosprawnosc"],
  members: [
    {
      id: "anna",
      role: "applicant",
      birthDate: "1944-05-14",
      sex: "F",
      residence: "citizen",
      incomes: [
        { type: "emerytura-renta", gross: "900.00", healthContribution: "81.00" },
        { type: "dodatek-mieszkaniowy", gross: "120.00" },
      ],
      disability: [{ kind: "stopien", degree: "umiarkowany", validUntil: "permanent" }],
    },
  ],
});
const t1 = performance.now();
if (results.length === 0) process.exit(1);
process.stdout.write(`${JSON.stringify({ ms: t1 - t0, sinceStart: t1 })}\n`);
