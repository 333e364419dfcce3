import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The core: pure, isomorphic, no Node built-ins.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
  },
  {
    // The command line: Node only.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
  },
]);
