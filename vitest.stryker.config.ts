import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The test set Stryker runs against each mutant (see stryker.config.mjs). Left out:
 * - test/cli.test.ts and test/hostile.test.ts: they spawn the built CLI (dist/cli.js), which
 *   cannot see a mutant in src/ (hostile.test.ts's in-process cases are about bounds, not
 *   decisions, and its 10 000-member household is slow);
 * - test/rules-health.test.ts: it checks rules/ data and scans the source text of src/ for legal
 *   values, which fails on Stryker's instrumented copy of src/;
 * - test/properties/: random inputs make whether a mutant is killed depend on the seed, and they
 *   dominate the time per mutant; the fixtures and test/mutation/ pin the same behaviours at the
 *   legal boundaries. The score is therefore a lower bound for the whole suite.
 * Everything else (fixtures, unit tests, test/mutation/) runs as in `npm test`.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["test/cli.test.ts", "test/hostile.test.ts", "test/rules-health.test.ts", "test/properties/**", "node_modules/**"],
    },
  }),
);
