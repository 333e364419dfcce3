import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean; hasInstallScript?: boolean }>;
};

describe("supply chain", () => {
  it("the runtime depends on decimal.js, zod and date-fns, nothing else (the CLI carries yaml in its bundle)", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["date-fns", "decimal.js", "zod"]);
  });

  it("no runtime package in the lockfile runs an install script, and none pulls in others", () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional);
    expect(runtime.map(([path]) => path.replace("node_modules/", "")).sort()).toEqual(["date-fns", "decimal.js", "zod"]);
    expect(runtime.filter(([, p]) => p.hasInstallScript)).toEqual([]);
  });

  it("the CLI runs from a copy of dist/cli.js with no node_modules anywhere above it: check, audit, batch with workers", () => {
    // scripts/third-party-notices.mjs already fails the build when the bundle imports a package;
    // this runs the commands that load the most (yaml for audit, worker threads for batch).
    const dir = mkdtempSync(join(tmpdir(), "kryterium-cli-"));
    try {
      const above = (d: string): string[] => (dirname(d) === d ? [] : [...above(dirname(d)), dirname(d)]);
      expect(above(dir).filter((d) => existsSync(join(d, "node_modules")))).toEqual([]);
      const cli = join(dir, "cli.mjs");
      copyFileSync(join(root, "dist/cli.js"), cli);
      const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });

      const check = run("check", join(root, "examples/household.json"), "--format", "json");
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
      expect(JSON.parse(check.stdout).results.length).toBeGreaterThan(0);

      const fixture = "fixtures/pl/karta-duzej-rodziny/dzieci";
      cpSync(join(root, fixture), join(dir, "fixtures"), { recursive: true });
      const audit = run("audit", join(dir, "fixtures"), "--format", "markdown");
      expect(audit.stderr).toMatch(/Przypadki: \d+, zgodne: \d+, niezgodne: 0/);
      expect(audit.status).toBe(0);
      expect(audit.stdout).toContain("karta-duzej-rodziny/dzieci");

      const household = readFileSync(join(root, "examples/household.json"), "utf8");
      writeFileSync(join(dir, "h.ndjson"), `${JSON.stringify(JSON.parse(household))}\n`.repeat(3));
      const batch = run("batch", join(dir, "h.ndjson"), "--workers", "2");
      expect(batch.status).toBe(0);
      expect(batch.stdout.trim().split("\n").map((l) => JSON.parse(l).line)).toEqual([1, 2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the core source imports only decimal.js, zod and date-fns (the CLI and its server may use Node, yaml and fastify)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "cli" || e.name === "server" ? [] : files(join(dir, e.name))) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
    const imports = files(join(root, "src")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^(?!\s*(?:\*|\/\/)).*from "([^".][^"]*)"/gm)].map((m) => m[1] as string));
    const packages = new Set(imports.map((i) => (i.startsWith("@") ? i.split("/").slice(0, 2).join("/") : (i.split("/")[0] as string))));
    expect([...packages].sort()).toEqual(["date-fns", "decimal.js", "zod"]);
  });
});
