import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The core: pure, isomorphic, no Node built-ins.
    entry: {
      index: "src/index.ts",
      core: "src/core.ts",
      questions: "src/questions/index.ts",
      "packs/pl": "src/packs/bundled/pl.ts",
      "packs/krakow": "src/packs/bundled/krakow.ts",
      "packs/krasnik": "src/packs/bundled/krasnik.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
  },
  {
    // The command line: Node only. An application, so it carries its dependencies in the one file:
    // a `kryterium check` then loads one file instead of 173 (zod alone is 95 modules, 64 of them
    // locales), about 80 ms less per invocation (issue 8). The core above keeps them external, so
    // an app shares its zod, decimal.js and date-fns with kryterium. yaml's Node build is CommonJS
    // and calls require(), hence the require made in the banner. scripts/third-party-notices.mjs
    // fails the build if the bundle still imports anything but Node's built-in modules.
    // `kryterium serve` is its own file (fastify and its dependencies), imported by cli.js only for
    // that command; splitting off, so each file is whole and cli.js shares no chunk with it.
    entry: { cli: "src/cli/main.ts", serve: "src/cli/serve.ts" },
    format: ["esm"],
    splitting: false,
    target: "node20",
    platform: "node",
    noExternal: [/./],
    metafile: true, // read by scripts/third-party-notices.mjs, which then removes it
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __kryteriumRequire } from "node:module";\nconst require = __kryteriumRequire(import.meta.url);' },
    define: { __KRYTERIUM_VERSION__: JSON.stringify(version) },
  },
]);
