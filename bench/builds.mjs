// The two builds bench/ab.mjs and bench/same.mjs compare: DIR_A and DIR_B each hold a built
// index.js (a copy of dist/) inside this repository, so that it finds decimal.js, zod and date-fns.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Imports index.js from each of the two directories, or exits with `usage` (status 2). */
export async function loadBuilds(positionals, usage) {
  if (positionals.length !== 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const dirs = positionals.map((d) => resolve(d));
  for (const d of dirs) {
    if (!existsSync(join(d, "index.js"))) {
      console.error(`${d}/index.js not found (usage: ${usage})`);
      process.exit(2);
    }
  }
  return Promise.all(dirs.map((d) => import(pathToFileURL(join(d, "index.js")).href)));
}
