import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEngine } from "../../src/evaluate.js";
import { questionsFor } from "../../src/questions/questions-for.js";
import { type RunningServer, startServer } from "../../src/server/server.js";
import { DocumentChecker, example, parseRaw, postJson, rawExchange, until } from "./support.js";

/**
 * The HTTP API against a listening server, through a real HTTP client (fetch) and raw sockets
 * for what a client library will not send. Every response is checked against the server's own
 * OpenAPI document, and every operation of the document is answered at least once.
 */

const household = example("household.json");
const krakowSenior = example("krakow-senior.json");
const krasnik = example("krasnik-family.json");

let server: RunningServer;
let doc: DocumentChecker;
const LIMITS = { bodyLimit: 64 * 1024, maxHouseholds: 3, requestTimeout: 1500 };

beforeAll(async () => {
  server = await startServer({ engine: defaultEngine, port: 0, ...LIMITS });
  const response = await fetch(`${server.url}/openapi.json`);
  expect(response.status).toBe(200);
  doc = new DocumentChecker((await response.json()) as ConstructorParameters<typeof DocumentChecker>[0]);
  await doc.body(await fetch(`${server.url}/openapi.json`), "GET", "/openapi.json");
});
afterAll(async () => {
  await server.close();
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(doc.document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect((doc.document as unknown as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("states the limits the server keeps", () => {
    const body = (doc.document.paths["/v1/decide"]?.["post"] as unknown as { requestBody: { description: string } }).requestBody.description;
    expect(body).toContain(`at most ${LIMITS.maxHouseholds}`);
    expect(body).toContain(`${LIMITS.bodyLimit} bytes`);
  });
});

describe("endpoints", () => {
  it("GET /health names the library version, the rules fingerprint and the packs", async () => {
    const body = (await doc.body(await fetch(`${server.url}/health`), "GET", "/health")) as { library: unknown; packs: { id: string; fingerprint: string }[] };
    expect(body.library).toEqual(defaultEngine.library);
    expect(body.packs.map((p) => [p.id, p.fingerprint])).toEqual(defaultEngine.packs.map((p) => [p.manifest.id, p.fingerprint]));
  });

  it("POST /v1/decide answers what decide answers, with the packs", async () => {
    for (const h of [household, krakowSenior, krasnik]) {
      const response = await postJson(`${server.url}/v1/decide`, h);
      expect(response.status).toBe(200);
      const body = (await doc.body(response, "POST", "/v1/decide")) as Record<string, unknown>;
      const { packs, ...decision } = body;
      expect(decision).toEqual(JSON.parse(JSON.stringify(defaultEngine.decide(h as never))));
      expect(packs).toHaveLength(defaultEngine.packs.length);
    }
  });

  it("POST /v1/decide takes the date and programmes from the query", async () => {
    const programmes = "pl/pomoc-spoleczna/zasilek-staly,pl/pomoc-spoleczna/zasilek-okresowy";
    const response = await postJson(`${server.url}/v1/decide?date=2024-06-01&programmes=${programmes}`, household);
    const body = (await doc.body(response, "POST", "/v1/decide")) as { date: string; results: { programme: string }[] };
    expect(body.date).toBe("2024-06-01");
    expect(body.results.map((r) => r.programme)).toEqual(defaultEngine.decide(household as never, { date: "2024-06-01", programmes: programmes.split(",") }).results.map((r) => r.programme));
  });

  it("POST /v1/decide with a list answers each household in order, a bad one with its own error", async () => {
    const response = await postJson(`${server.url}/v1/decide`, [household, { ...household, householdType: "nobody" }, krasnik]);
    expect(response.status).toBe(200);
    const body = (await doc.body(response, "POST", "/v1/decide")) as { items: { index: number; result?: unknown; error?: { code: string; issues: { path: string }[] } }[] };
    expect(body.items.map((i) => i.index)).toEqual([0, 1, 2]);
    expect(body.items[0]?.result).toEqual(JSON.parse(JSON.stringify(defaultEngine.decide(household as never))));
    expect(body.items[1]?.error?.code).toBe("invalid-household");
    expect(body.items[1]?.error?.issues.map((i) => i.path)).toEqual(["householdType"]);
    expect(body.items[2]?.result).toEqual(JSON.parse(JSON.stringify(defaultEngine.decide(krasnik as never))));
  });

  it("POST /v1/decide refuses a list over the documented limit", async () => {
    const response = await postJson(`${server.url}/v1/decide`, Array.from({ length: LIMITS.maxHouseholds + 1 }, () => household));
    expect(response.status).toBe(400);
    expect(((await doc.body(response, "POST", "/v1/decide")) as { error: { code: string } }).error.code).toBe("too-many-households");
  });

  it("POST /v1/evaluate answers what evaluate answers, traces included, for one household and a list", async () => {
    const one = (await doc.body(await postJson(`${server.url}/v1/evaluate`, krakowSenior), "POST", "/v1/evaluate")) as Record<string, unknown>;
    const { packs: _packs, ...evaluation } = one;
    expect(evaluation).toEqual(JSON.parse(JSON.stringify(defaultEngine.evaluate(krakowSenior as never))));
    const list = (await doc.body(await postJson(`${server.url}/v1/evaluate`, [household, krasnik]), "POST", "/v1/evaluate")) as { items: { result: unknown }[] };
    expect(list.items.map((i) => i.result)).toEqual(JSON.parse(JSON.stringify([defaultEngine.evaluate(household as never), defaultEngine.evaluate(krasnik as never)])));
  });

  it("POST /v1/questions asks what the decision is missing, as questionsFor does; a bad household is 400", async () => {
    const { members: _members, ...rest } = household as { members: unknown[] };
    const sparse = { ...rest, members: [{ id: "a", role: "applicant" }] };
    for (const h of [household, sparse]) {
      const body = (await doc.body(await postJson(`${server.url}/v1/questions`, h), "POST", "/v1/questions")) as { questions: { path: string }[] };
      expect(body.questions).toEqual(JSON.parse(JSON.stringify(questionsFor(defaultEngine.decide(h as never), h))));
    }
    const asked = (await doc.body(await postJson(`${server.url}/v1/questions`, sparse), "POST", "/v1/questions")) as { questions: { path: string }[] };
    expect(asked.questions.map((q) => q.path)).toContain("members[0].birthDate");
    const invalid = await postJson(`${server.url}/v1/questions`, { ...household, householdType: "nobody" });
    expect(invalid.status).toBe(400);
    expect(((await doc.body(invalid, "POST", "/v1/questions")) as { error: { code: string } }).error.code).toBe("invalid-household");
  });

  it("GET /v1/rules lists every rule with its versions' periods", async () => {
    const body = (await doc.body(await fetch(`${server.url}/v1/rules`), "GET", "/v1/rules")) as { rules: { id: string; versions: { from: string }[] }[] };
    expect(body.rules.map((r) => r.id)).toEqual(defaultEngine.rules().map((r) => r.id));
    expect(body.rules.map((r) => r.versions.length)).toEqual(defaultEngine.rules().map((r) => r.versions.length));
  });

  it("GET /v1/rules/{id} gives the rule, with its slashes or %2F, and with ?at the version in force", async () => {
    const id = "pl/pomoc-spoleczna/zasilek-staly";
    for (const path of [id, encodeURIComponent(id)]) {
      const body = (await doc.body(await fetch(`${server.url}/v1/rules/${path}`), "GET", "/v1/rules/{id}")) as { rule: unknown; version?: unknown };
      expect(body.rule).toEqual(JSON.parse(JSON.stringify(defaultEngine.getRule(id))));
      expect(body.version).toBeUndefined();
    }
    for (const at of ["2023-12-31", "2024-01-01", "2025-06-15"]) {
      const body = (await doc.body(await fetch(`${server.url}/v1/rules/${id}?at=${at}`), "GET", "/v1/rules/{id}")) as { version: unknown };
      expect(body.version).toEqual(JSON.parse(JSON.stringify(defaultEngine.valueAt(id, at).version)));
    }
  });

  it("GET /v1/rules/{id}: an unknown rule is 404, a bad or uncovered date 400, each with its code", async () => {
    const unknown = await fetch(`${server.url}/v1/rules/pl/no-such-rule`);
    expect(unknown.status).toBe(404);
    expect(((await doc.body(unknown, "GET", "/v1/rules/{id}")) as { error: { code: string } }).error.code).toBe("unknown-rule");
    const cases: [string, string][] = [
      ["?at=2024-02-30", "invalid-query"],
      ["?at=1900-01-01", "no-rule-version"],
      ["?on=2024-01-01", "invalid-query"],
    ];
    for (const [query, code] of cases) {
      const response = await fetch(`${server.url}/v1/rules/pl/pomoc-spoleczna/zasilek-staly${query}`);
      expect(response.status, query).toBe(400);
      const { error } = (await doc.body(response, "GET", "/v1/rules/{id}")) as { error: { code: string; message: { pl: string; en: string } } };
      expect(error.code, query).toBe(code);
      expect(error.message.pl).not.toBe(error.message.en);
    }
  });

  it("answers every operation of the document (each test above checks its own)", () => {
    expect(doc.operations().filter((o) => !doc.answered.has(o))).toEqual([]);
  });
});

describe("bad requests", () => {
  const errorOf = async (response: Response, path = "/v1/decide") => ((await doc.body(response, "POST", path)) as { error: { status: number; code: string; message: { pl: string; en: string }; issues?: { path: string }[] } }).error;

  it("an invalid household is 400 naming each field, in Polish and English", async () => {
    const members = (household as { members: Record<string, unknown>[] }).members;
    const bad = { ...household, evaluationDate: "2025-02-30", members: [{ ...members[0], incomes: [{ type: "wynagrodzenie", gross: "12,50" }] }, ...members.slice(1)] };
    const response = await postJson(`${server.url}/v1/decide`, bad);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid-household");
    expect(error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["evaluationDate", "members[0].incomes[0].gross"]));
  });

  it("a body that is not JSON is 400 invalid-json; an empty one and a JSON scalar are 400 too", async () => {
    const cases: [string, string][] = [
      ['{"members": [', "invalid-json"],
      ["", "empty-body"],
      ["42", "invalid-body"],
      ["null", "invalid-body"],
    ];
    for (const [body, code] of cases) {
      const response = await postJson(`${server.url}/v1/decide`, body);
      expect(response.status, body).toBe(400);
      expect((await errorOf(response)).code, body).toBe(code);
    }
  });

  it("a __proto__ key reaches the library, which refuses it as it does in process", async () => {
    const members = (household as { members: unknown[] }).members;
    const body = JSON.stringify({ ...household, members: [{ ...(members[0] as object), id: "__proto__" }, ...members.slice(1)] });
    const response = await postJson(`${server.url}/v1/decide`, body);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    const inProcess = defaultEngine.validateHousehold(JSON.parse(body));
    expect(inProcess.ok).toBe(false);
    expect(error.issues).toEqual(inProcess.ok ? [] : JSON.parse(JSON.stringify(inProcess.issues)));
  });

  it("a query the API does not know, a bad date or an unknown programme is 400 invalid-query", async () => {
    for (const query of ["?date=yesterday", "?programmes=pl/nothing", "?lang=en", "?date=2024-01-01&date=2024-02-01"]) {
      const response = await postJson(`${server.url}/v1/decide${query}`, household);
      expect(response.status, query).toBe(400);
      expect((await errorOf(response)).code, query).toBe("invalid-query");
    }
  });

  it("a wrong content type is 415, JSON or not", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/xml"]) {
      const response = await fetch(`${server.url}/v1/decide`, { method: "POST", headers: { "content-type": type }, body: JSON.stringify(household) });
      expect(response.status, type).toBe(415);
      expect((await errorOf(response)).code).toBe("unsupported-media-type");
    }
  });

  it("a body over the limit is 413", async () => {
    const big = { ...household, padding: "x".repeat(LIMITS.bodyLimit) };
    const response = await postJson(`${server.url}/v1/decide`, big);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload-too-large");
  });

  it("an unknown path is 404 as JSON", async () => {
    const response = await fetch(`${server.url}/v2/decide`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not-found");
  });

  it("a client that stops sending is answered 408 and cut off, while others are served", async () => {
    const head = `POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"members":`;
    const slow = rawExchange(server.url, head);
    // served meanwhile
    const other = await postJson(`${server.url}/v1/decide`, household);
    expect(other.status).toBe(200);
    await doc.body(other, "POST", "/v1/decide");
    const { status, body } = parseRaw(await slow);
    expect(status).toBe(408);
    expect((body as { error: { code: string } }).error.code).toBe("request-timeout");
  });
});

describe("concurrency", () => {
  it("concurrent requests are each answered with their own household's decision", async () => {
    const members = (household as { members: { incomes: { gross: string }[] }[] }).members;
    const households = Array.from({ length: 40 }, (_, i) => ({
      ...household,
      evaluationDate: `2025-0${1 + (i % 9)}-1${i % 10}`,
      members: members.map((m, j) => (j === 0 ? { ...m, incomes: m.incomes.map((inc) => ({ ...inc, gross: `${400 + 37 * i}.00` })) } : m)),
    }));
    const responses = await Promise.all(households.map((h) => postJson(`${server.url}/v1/decide`, h)));
    const bodies = await Promise.all(responses.map((r) => doc.body(r, "POST", "/v1/decide")));
    bodies.forEach((body, i) => {
      const { packs: _packs, ...decision } = body as Record<string, unknown>;
      expect(decision).toEqual(JSON.parse(JSON.stringify(defaultEngine.decide(households[i] as never))));
    });
  });

  it("beyond the limit of requests at once the server answers 503 with Retry-After, and the first is still answered", async () => {
    const limited = await startServer({ engine: defaultEngine, port: 0, maxConcurrent: 1 });
    try {
      const body = JSON.stringify(household);
      const head = `POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`;
      let second: Response | undefined;
      const first = rawExchange(limited.url, head, (write, received) => {
        // the first request is in the server once it was told to continue; the second then finds it busy
        void until(received, "100 Continue").then(async () => {
          second = await postJson(`${limited.url}/v1/decide`, household);
          write(body);
        });
      });
      const raw = await first;
      const { status } = parseRaw(raw.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, "").replace(/\r\n\r\n[\s\S]*$/, "\r\n\r\n{}"));
      expect(status).toBe(200);
      expect(second?.status).toBe(503);
      expect(second?.headers.get("retry-after")).toBe("1");
      expect(((await doc.body(second as Response, "POST", "/v1/decide")) as { error: { code: string } }).error.code).toBe("busy");
    } finally {
      await limited.close();
    }
  });
});
