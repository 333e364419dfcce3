import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { defaultEngine } from "../../src/evaluate.js";
import { startServer } from "../../src/server/server.js";
import { example, postJson } from "./support.js";

/** What the server does only when asked (CORS, the access log), and what it never tells (an internal error's detail). */

const household = example("household.json");

describe("server options", () => {
  it("binds to 127.0.0.1 unless told otherwise", async () => {
    const server = await startServer({ engine: defaultEngine, port: 0 });
    try {
      expect(new URL(server.url).hostname).toBe("127.0.0.1");
    } finally {
      await server.close();
    }
  });

  it("sends no CORS headers by default; with an origin, allows that origin only", async () => {
    const closed = await startServer({ engine: defaultEngine, port: 0 });
    const open = await startServer({ engine: defaultEngine, port: 0, cors: "https://mops.example.pl" });
    try {
      const preflight = (url: string, origin: string) =>
        fetch(`${url}/v1/decide`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect((await preflight(closed.url, "https://mops.example.pl")).headers.get("access-control-allow-origin")).toBeNull();
      const plain = await postJson(`${closed.url}/v1/decide`, household, { headers: { "content-type": "application/json", origin: "https://mops.example.pl" } });
      expect(plain.headers.get("access-control-allow-origin")).toBeNull();
      expect((await preflight(open.url, "https://mops.example.pl")).headers.get("access-control-allow-origin")).toBe("https://mops.example.pl");
      const other = await postJson(`${open.url}/v1/decide`, household, { headers: { "content-type": "application/json", origin: "https://elsewhere.example" } });
      expect(other.headers.get("access-control-allow-origin")).not.toBe("https://elsewhere.example");
    } finally {
      await closed.close();
      await open.close();
    }
  });

  it("the access log, when asked for, has one line per request and no body, query or personal data", async () => {
    const lines: string[] = [];
    const server = await startServer({ engine: defaultEngine, port: 0, accessLog: (line) => lines.push(line) });
    try {
      const members = (household as { members: Record<string, unknown>[] }).members;
      const personal = { ...household, members: [{ ...members[0], name: "Zofia Tajna", pesel: "44051401458", birthDate: "1944-05-14", sex: "F" }, ...members.slice(1)] };
      await (await postJson(`${server.url}/v1/decide?date=2025-03-01`, personal)).arrayBuffer();
      await (await postJson(`${server.url}/v1/decide`, "{broken")).arrayBuffer();
      await (await fetch(`${server.url}/health`)).arrayBuffer();
    } finally {
      await server.close();
    }
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^POST \/v1\/decide (200|400) [0-9.]+ms$/);
    expect(lines[1]).toMatch(/^POST \/v1\/decide 400 [0-9.]+ms$/);
    expect(lines[2]).toMatch(/^GET \/health 200 [0-9.]+ms$/);
    expect(lines.join("\n")).not.toMatch(/Zofia|Tajna|44051401458|1944|2025-03-01|broken/);
  });

  it("an internal error is 500 with the code and message only: no stack, no detail", async () => {
    // the bundled engine, but one whose decide fails as a bug would
    const failing: Engine = Object.create(defaultEngine, {
      decide: {
        value: () => {
          throw new TypeError("secret detail at members[0].pesel 44051401458");
        },
      },
    }) as Engine;
    const server = await startServer({ engine: failing, port: 0 });
    try {
      const response = await postJson(`${server.url}/v1/decide`, household);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { status: 500, code: "internal", message: { pl: "Błąd wewnętrzny serwera.", en: "Internal server error." } } });
      expect(text).not.toMatch(/secret|pesel|at .*\.ts|TypeError/);
    } finally {
      await server.close();
    }
  });
});
