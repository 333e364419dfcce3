// Writes dist/THIRD-PARTY-NOTICES.md: the licence of every package that tsup bundled into the
// command line (dist/cli.js carries its dependencies, see tsup.config.ts). Their licences (MIT,
// ISC) ask that the notice travel with every copy. The packages are read from the metafile tsup
// wrote for that build, which is then removed so that it is not published. The same metafile
// says what the bundle still imports: anything but a Node built-in fails the build, because the
// installed CLI has no such package to load (yaml is not even installed with kryterium).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = new URL("../dist/", import.meta.url);
const metafile = new URL("metafile-esm.json", dist);
if (!existsSync(metafile)) throw new Error("third-party-notices: dist/metafile-esm.json not found — run tsup first");
const { inputs, outputs } = JSON.parse(readFileSync(metafile, "utf8"));
rmSync(metafile);

const builtins = new Set(builtinModules);
for (const file of ["dist/cli.js", "dist/serve.js"]) {
  const output = outputs[file];
  if (!output) throw new Error(`third-party-notices: the metafile has no ${file}`);
  const external = output.imports.filter((i) => !builtins.has(i.path.replace(/^node:/, ""))).map((i) => `${i.path} (${i.kind})`);
  if (external.length > 0) throw new Error(`third-party-notices: ${file} still imports ${external.join(", ")}; it must carry its dependencies`);
}

// Each bundled package by the directory it was read from: the last node_modules/<name>/ of an
// input's path, so a nested copy (node_modules/a/node_modules/b) is its own entry.
const packages = new Map();
for (const input of Object.keys(inputs)) {
  const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
  if (m) packages.set(m[1], m[2]);
}
if (packages.size === 0) throw new Error("third-party-notices: the metafile lists no bundled package");

const sections = [...packages]
  .sort(([a, nameA], [b, nameB]) => nameA.localeCompare(nameB) || a.localeCompare(b))
  .map(([path, name]) => {
    const dir = pathToFileURL(`${root}${path}/`);
    const { version, license } = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
    if (typeof license !== "string") throw new Error(`third-party-notices: ${name} has no SPDX licence in its package.json`);
    const files = readdirSync(dir);
    const file = files.find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    if (file) return `## ${name} ${version} (${license})\n\n${readFileSync(new URL(file, dir), "utf8").trim()}\n`;
    // a few packages (abstract-logging, in fastify) state their licence only in the README's own section
    const readme = files.find((f) => /^readme(\.md)?$/i.test(f));
    const section = readme && /^#+\s*licen[cs]e\s*$([\s\S]*?)(?=^#|(?![\s\S]))/im.exec(readFileSync(new URL(readme, dir), "utf8"))?.[1]?.trim();
    if (!section) throw new Error(`third-party-notices: ${name} has no licence file nor a licence section in its README`);
    const { author } = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
    return `## ${name} ${version} (${license})\n\n${section}${author ? `\n\nAuthor: ${typeof author === "string" ? author : author.name}` : ""}\n`;
  });
writeFileSync(
  new URL("THIRD-PARTY-NOTICES.md", dist),
  `# Third-party notices\n\n\`dist/cli.js\` (the \`kryterium\` command) and \`dist/serve.js\` (its \`serve\`) contain these packages.\n\n${sections.join("\n")}`,
);
console.log(`notices: wrote dist/THIRD-PARTY-NOTICES.md (${[...new Set(packages.values())].sort().join(", ")})`);
