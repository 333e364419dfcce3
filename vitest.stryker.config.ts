import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The test set Stryker runs against each mutant (see stryker.config.mjs). Left out:
 * - test/cli.test.ts and test/hostile.test.ts: they spawn the built CLI (dist/cli.js), which
 *   cannot see a mutant in src/ (hostile.test.ts's in-process cases are slow, 10 000 members,
 *   and are about bounds, not decisions);
 * - test/rules-health.test.ts: it checks rules/ data and scans the source text of src/ for legal
 *   values, which fails on Stryker's instrumented copy of src/.
 * Property tests get a fixed seed and a time budget (test/mutation/stryker.setup.ts).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["test/cli.test.ts", "test/hostile.test.ts", "test/rules-health.test.ts", "node_modules/**"],
      setupFiles: ["test/mutation/stryker.setup.ts"],
    },
  }),
);
