import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The test set Stryker runs against each mutant (see stryker.config.mjs): everything except the
 * tests that spawn the built CLI (dist/cli.js), which cannot see a mutant in src/.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["test/cli.test.ts", "test/hostile.test.ts", "node_modules/**"],
    },
  }),
);
