import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests start Node processes; on a loaded 2-core CI machine that takes seconds.
    testTimeout: 30_000,
  },
});
