import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean; hasInstallScript?: boolean }>;
};

describe("supply chain", () => {
  it("the runtime depends on decimal.js, zod and date-fns (core) and yaml (CLI only), nothing else", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["date-fns", "decimal.js", "yaml", "zod"]);
  });

  it("no runtime package in the lockfile runs an install script, and none pulls in others", () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional);
    expect(runtime.map(([path]) => path.replace("node_modules/", "")).sort()).toEqual(["date-fns", "decimal.js", "yaml", "zod"]);
    expect(runtime.filter(([, p]) => p.hasInstallScript)).toEqual([]);
  });

  it("the core source imports only decimal.js, zod and date-fns (the CLI may use Node and yaml)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "cli" ? [] : files(join(dir, e.name))) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
    const imports = files(join(root, "src")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/from "([^".][^"]*)"/g)].map((m) => m[1] as string));
    const packages = new Set(imports.map((i) => (i.startsWith("@") ? i.split("/").slice(0, 2).join("/") : (i.split("/")[0] as string))));
    expect([...packages].sort()).toEqual(["date-fns", "decimal.js", "zod"]);
  });
});
