import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, parseRaw, postJson, rawExchange, root, until } from "./support.js";

/** `kryterium serve` as installed: dist/cli.js, which loads dist/serve.js for this command only. */

const cli = join(root, "dist/cli.js");

/** Starts `kryterium serve` and resolves with its process and URL once it listens. */
function serve(...args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [cli, "serve", "--port", "0", ...args]);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    void until(() => stderr, "\n").then(() => {
      const url = /kryterium serve: (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url === undefined) reject(new Error(stderr));
      else resolve({ child, url, stderr: () => stderr });
    });
  });
}

const exited = (child: ChildProcessWithoutNullStreams) => new Promise<number | null>((resolve) => (child.exitCode === null ? child.on("exit", resolve) : resolve(child.exitCode)));

/** The example Gorzów pack in a fresh folder, as a gmina would hold it (optionally one text replaced). */
function freshPack(from?: string, to?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kryterium-serve-pack-")), "gorzow");
  cpSync(join(root, "examples/packs/gorzow"), dir, { recursive: true });
  const file = join(dir, "karta-seniora.yaml");
  if (from !== undefined && to !== undefined) writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
  return dir;
}

const gorzowSenior = { evaluationDate: "2025-05-05", householdType: "single", municipality: { name: "Gorzów Wielkopolski" }, members: [{ id: "a", role: "applicant", birthDate: "1965-05-05", sex: "F", residence: "citizen" }] };

describe("kryterium serve", () => {
  it("listens on 127.0.0.1, answers, prints nothing on stdout, and exits 0 on SIGTERM", async () => {
    const { child, url } = await serve();
    let stdout = "";
    child.stdout.on("data", (s: Buffer) => (stdout += s.toString()));
    expect(new URL(url).hostname).toBe("127.0.0.1");
    const response = await postJson(`${url}/v1/decide`, example("household.json"));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    expect(stdout).toBe("");
  });

  it("SIGTERM lets a request in flight finish before exiting", async () => {
    const { child, url } = await serve();
    const body = readFileSync(join(root, "examples/household.json"), "utf8");
    const head = `POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`;
    const raw = await rawExchange(url, head, (write, received) => {
      // the server has the request once it says continue: SIGTERM then, and the body after
      void until(received, "100 Continue").then(() => {
        child.kill("SIGTERM");
        write(body);
      });
    });
    const { status, body: answer } = parseRaw(raw.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, ""));
    expect(status).toBe(200);
    expect((answer as { results: unknown[] }).results.length).toBeGreaterThan(0);
    expect(await exited(child)).toBe(0);
  });

  it("the access log goes to stderr only with --access-log", async () => {
    const { child, url, stderr } = await serve("--access-log");
    await (await fetch(`${url}/health`)).arrayBuffer();
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    expect(stderr()).toMatch(/^GET \/health 200 [0-9.]+ms$/m);
  });

  it("a bad option is a usage error, exit 2, without a stack", () => {
    for (const args of [["--port", "http"], ["--cors", "*"], ["--max-households", "0"], ["--verbose"]]) {
      const r = spawnSync(process.execPath, [cli, "serve", ...args], { encoding: "utf8", timeout: 60_000 });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("--rules DIR serves a gmina's pack: its programmes decide, and every response names the pack", async () => {
    const { child, url } = await serve("--rules", freshPack());
    const health = (await (await fetch(`${url}/health`)).json()) as { packs: { id: string; fingerprint: string }[] };
    expect(health.packs.map((p) => p.id)).toEqual(["pl", "krakow", "krasnik", "gorzow"]);
    const decided = (await (await postJson(`${url}/v1/decide`, gorzowSenior)).json()) as { packs: { id: string }[]; results: { programme: string; outcome: string }[] };
    expect(decided.packs.map((p) => p.id)).toContain("gorzow");
    expect(decided.results.find((r) => r.programme === "gorzow/karta-seniora")?.outcome).toBe("eligible");
    const rule = await fetch(`${url}/v1/rules/gorzow/karta-seniora?at=2025-05-05`);
    expect(rule.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    // without --rules neither the gmina's name nor its programme is known to the server
    const plain = await serve();
    const refused = await postJson(`${plain.url}/v1/decide`, gorzowSenior);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("municipality.name");
    expect((await fetch(`${plain.url}/v1/rules/gorzow/karta-seniora`)).status).toBe(404);
    plain.child.kill("SIGTERM");
    expect(await exited(plain.child)).toBe(0);
  });

  it("a pack the checks refuse stops serve before it listens: exit 2, every issue named, no stack", () => {
    const dir = freshPack("method: birthday", "method: birthdy");
    const r = spawnSync(process.execPath, [cli, "serve", "--port", "0", "--rules", dir, "--lang", "en"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Rule pack refused (--rules), nothing was loaded:\n  ${dir}/karta-seniora.yaml:26: conditions[0].method: value not allowed; allowed: "birthday", "birth-year"\n`);
  });

  it("serve --help shows its usage; cli.js does not contain the server", () => {
    const r = spawnSync(process.execPath, [cli, "serve", "--help"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("/v1/decide");
    expect(readFileSync(cli, "utf8")).not.toMatch(/fastify/i);
  });
});
