// Writes dist/THIRD-PARTY-NOTICES.md: the licence of every package that tsup bundled into the
// command line (dist/cli.js carries its dependencies, see tsup.config.ts). Their licences (MIT,
// ISC) ask that the notice travel with every copy. The packages are read from the metafile tsup
// wrote for that build, which is then removed so that it is not published.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const metafile = new URL("metafile-esm.json", dist);
if (!existsSync(metafile)) throw new Error("third-party-notices: dist/metafile-esm.json not found — run tsup first");
const { inputs } = JSON.parse(readFileSync(metafile, "utf8"));
rmSync(metafile);

const packages = new Set();
for (const input of Object.keys(inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
if (packages.size === 0) throw new Error("third-party-notices: the metafile lists no bundled package");

const sections = [...packages].sort().map((name) => {
  const dir = new URL(`../node_modules/${name}/`, import.meta.url);
  const { version, license } = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  if (!file) throw new Error(`third-party-notices: ${name} has no licence file`);
  return `## ${name} ${version} (${license})\n\n${readFileSync(new URL(file, dir), "utf8").trim()}\n`;
});
writeFileSync(
  new URL("THIRD-PARTY-NOTICES.md", dist),
  `# Third-party notices\n\n\`dist/cli.js\` (the \`kryterium\` command) contains these packages.\n\n${sections.join("\n")}`,
);
console.log(`notices: wrote dist/THIRD-PARTY-NOTICES.md (${[...packages].sort().join(", ")})`);
