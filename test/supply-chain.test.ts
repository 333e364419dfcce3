import { readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
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

  it("the CLI bundle loads nothing from node_modules: only Node's built-in modules", () => {
    const cli = readFileSync(join(root, "dist/cli.js"), "utf8");
    const loaded = [...cli.matchAll(/(?:^|[\s;])(?:import\s[^"]*?from\s*|import\s*|require\()"([^"]+)"/gm)].map((m) => m[1] as string);
    expect(loaded.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules);
    expect(loaded.filter((m) => !builtins.has(m.replace(/^node:/, "")))).toEqual([]);
  });

  it("the core source imports only decimal.js, zod and date-fns (the CLI may use Node and yaml)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "cli" ? [] : files(join(dir, e.name))) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
    const imports = files(join(root, "src")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/from "([^".][^"]*)"/g)].map((m) => m[1] as string));
    const packages = new Set(imports.map((i) => (i.startsWith("@") ? i.split("/").slice(0, 2).join("/") : (i.split("/")[0] as string))));
    expect([...packages].sort()).toEqual(["date-fns", "decimal.js", "zod"]);
  });
});
