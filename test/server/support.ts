import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect } from "vitest";

export const root = join(__dirname, "..", "..");
export const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, "examples", name), "utf8")) as Record<string, unknown>;

type Operations = Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;

/**
 * Checks responses against the server's own OpenAPI document: each response's body against the
 * schema the document gives its path, method and status. Remembers which operations were
 * answered, so a test can tell that none was left out.
 */
export class DocumentChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly answered = new Set<string>();

  constructor(readonly document: { paths: Operations }) {
    this.ajv.addSchema(document, "openapi.json");
  }

  /** The document's operations, as "METHOD /path". */
  operations(): string[] {
    return Object.entries(this.document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
  }

  /** The body of `response`, after checking its content type and its body against the document. */
  async body(response: Response, method: string, path: string): Promise<unknown> {
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as unknown;
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    expect(operation, `${method} ${path} is in the document`).toBeDefined();
    const status = String(response.status);
    expect(Object.keys(operation?.responses ?? {}), `${method} ${path} documents status ${status}`).toContain(status);
    const key = `${method.toLowerCase()} ${path} ${status}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const pointer = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
      validate = this.ajv.compile({ $ref: `openapi.json${pointer}` });
      this.compiled.set(key, validate);
    }
    expect(validate(body) ? [] : validate.errors, `${key}: the body as the document describes it`).toEqual([]);
    this.answered.add(`${method.toUpperCase()} ${path}`);
    return body;
  }
}

export const postJson = (url: string, body: unknown, init: RequestInit = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body), ...init });

/** Sends `head` over a raw connection and collects what comes back until the server closes it. */
export function rawExchange(url: string, head: string, onOpen?: (write: (s: string) => void, received: () => string) => void): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(data));
    socket.on("connect", () => {
      socket.write(head);
      onOpen?.((s) => socket.write(s), () => data);
    });
  });
}

/** Resolves when `received()` contains `text`, checking as data arrives (no deadline of its own: the test's timeout is it). */
export async function until(received: () => string, text: string): Promise<void> {
  while (!received().includes(text)) await new Promise((r) => setTimeout(r, 20));
}

/** The status line and the JSON body of a raw HTTP/1.1 response. */
export function parseRaw(raw: string): { status: number; body: unknown } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
  const bodyText = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  return { status, body: JSON.parse(bodyText) as unknown };
}
