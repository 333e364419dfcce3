import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

  it("serve --help shows its usage; cli.js does not contain the server", () => {
    const r = spawnSync(process.execPath, [cli, "serve", "--help"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("/v1/decide");
    expect(readFileSync(cli, "utf8")).not.toMatch(/fastify/i);
  });
});
