// Mutation testing (issue 6, "Reliability"): `npm run mutation` (compiles the rules first).
// Reports go to reports/mutation/ (HTML) and to the terminal (clear text, per folder).
//
// Mutated: every src/**/*.ts except src/cli/**. The command line is tested by spawning
// dist/cli.js in a subprocess (test/cli.test.ts, the CLI part of test/hostile.test.ts); Stryker
// cannot see mutants in a built bundle nor attribute a subprocess's result to a test, so its
// mutants would all "survive" without telling us anything. (The compiled rule data is not in
// src/: rules/generated.ts.)
// The Stryker run uses vitest.stryker.config.ts, which leaves out those two subprocess test
// files (they need dist/ and cannot kill a mutant in src/).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  mutate: ["src/**/*.ts", "!src/cli/**"],
  ignorePatterns: ["dist", "reports", "coverage", "docs", "examples/web", ".stryker-tmp"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ["html", "clear-text", "progress", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  // Results are reused for mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};
