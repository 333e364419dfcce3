import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import cors from "@fastify/cors";
import { isCivilDate } from "../dates.js";
import type { Engine } from "../engine.js";
import type { EvaluateOptions } from "../options.js";
import { questionsFor } from "../questions/questions-for.js";
import { VERSION } from "../version.js";
import { type ApiError, errorBody, libraryError, serverError } from "./errors.js";
import { openApiDocument } from "./openapi.js";

/** What `startServer` takes; every limit has a safe default. */
export interface ServerOptions {
  /** The engine that decides: the CLI builds it from the bundled packs (and the packs it is given). */
  readonly engine: Engine;
  /** Port to listen on; 0 picks a free one (default 8080). */
  readonly port?: number;
  /** Address to bind (default 127.0.0.1: only this machine). */
  readonly host?: string;
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Most households in one request's list (default 100). */
  readonly maxHouseholds?: number;
  /** Milliseconds a request may take to arrive in full (default 10 000). */
  readonly requestTimeout?: number;
  /** Most requests handled at once; beyond it 503 (default 64). */
  readonly maxConcurrent?: number;
  /** An origin allowed to call from a browser (CORS); none by default. */
  readonly cors?: string | undefined;
  /** Where to write one line per request (method, path, status, milliseconds; never a body or query); none by default. */
  readonly accessLog?: ((line: string) => void) | undefined;
}

export interface RunningServer {
  /** The base URL, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  /** Stops accepting connections, lets the requests in flight finish, then resolves. */
  close(): Promise<void>;
}

export const DEFAULT_LIMITS = { port: 8080, host: "127.0.0.1", bodyLimit: 1 << 20, maxHouseholds: 100, requestTimeout: 10_000, maxConcurrent: 64 } as const;

/** The status and body of a failed request, as the API's error (see ApiErrorSchema). */
function send(reply: FastifyReply, error: ApiError): FastifyReply {
  if (error.status === 503) void reply.header("retry-after", "1");
  return reply.code(error.status).type("application/json; charset=utf-8").send(errorBody(error));
}

/** Fastify's own errors (the body parser's, the router's) as the API's codes; anything else is the library's or internal. */
function apiErrorOf(e: unknown): ApiError {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ? serverError("unsupported-media-type") : serverError("invalid-body");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return serverError("payload-too-large");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return serverError("empty-body");
    case "invalid-json":
      return serverError("invalid-json");
    default:
      return libraryError(e);
  }
}

/** The options a query string gives: `date`, and `programmes` separated by commas, each checked against the engine. */
function optionsOf(query: unknown, engine: Engine): EvaluateOptions | ApiError {
  const q = (query ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(q)) {
    if (key !== "date" && key !== "programmes") return serverError("invalid-query", { pl: `Nieznany parametr: ${key}.`, en: `Unknown parameter: ${key}.` });
  }
  const { date, programmes } = q;
  if (date !== undefined && (typeof date !== "string" || !isCivilDate(date))) {
    return serverError("invalid-query", { pl: "date: oczekiwano daty RRRR-MM-DD.", en: "date: expected a YYYY-MM-DD date." });
  }
  if (programmes !== undefined && typeof programmes !== "string") {
    return serverError("invalid-query", { pl: "programmes: podaj raz, identyfikatory po przecinku.", en: "programmes: give it once, ids separated by commas." });
  }
  const ids = programmes === undefined || programmes === "" ? undefined : programmes.split(",");
  const known = new Set(engine.rules().filter((r) => r.kind === "programme").map((r) => r.id));
  const unknown = ids?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length > 0) {
    return serverError("invalid-query", { pl: `programmes: nieznany program ${unknown.join(", ")}.`, en: `programmes: unknown programme ${unknown.join(", ")}.` });
  }
  return { ...(date === undefined ? {} : { date: date as string }), ...(ids === undefined ? {} : { programmes: ids }) };
}

/** A request Node refused before it reached a route (too slow to arrive, malformed): answered as JSON too, then the connection closed. */
function answerClientError(e: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const error = e.code === "ERR_HTTP_REQUEST_TIMEOUT" ? serverError("request-timeout") : e.code === "HPE_HEADER_OVERFLOW" ? serverError("payload-too-large") : serverError("invalid-body");
  const body = JSON.stringify(errorBody(error));
  socket.end(`HTTP/1.1 ${error.status} ${error.code}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

const isApiError = (x: unknown): x is ApiError => typeof x === "object" && x !== null && "status" in x && "code" in x;

/**
 * The API over `engine` as a Fastify instance, not yet listening. The library validates each
 * household (its codes, its Polish and English messages naming the field); bodies are parsed
 * as JSON as they are, `__proto__` keys included, for the library to refuse as it does.
 */
export function buildApi(options: ServerOptions & { serverFactory?: (handler: (req: IncomingMessage, res: ServerResponse) => void) => Server }): FastifyInstance {
  const { engine } = options;
  const limits = {
    bodyLimit: options.bodyLimit ?? DEFAULT_LIMITS.bodyLimit,
    maxHouseholds: options.maxHouseholds ?? DEFAULT_LIMITS.maxHouseholds,
    maxConcurrent: options.maxConcurrent ?? DEFAULT_LIMITS.maxConcurrent,
  };
  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyLimit,
    return503OnClosing: false, // requests on a connection still open while draining are answered
    forceCloseConnections: "idle",
    clientErrorHandler: answerClientError,
    ...(options.serverFactory === undefined ? {} : { serverFactory: options.serverFactory }),
  });
  const library = engine.library;
  const packs = engine.packs.map((p) => ({ id: p.manifest.id, version: p.manifest.version, jurisdiction: p.manifest.jurisdiction, fingerprint: p.fingerprint }));
  const document = openApiDocument(VERSION, limits);
  const summaries = engine.rules().map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    jurisdiction: r.jurisdiction,
    legalBasis: r.legalBasis,
    versions: r.versions.map((v) => (v.to === undefined ? { from: v.from } : { from: v.from, to: v.to })),
    openQuestions: r.openQuestions?.length ?? 0,
  }));

  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    if (body === "") return done(Object.assign(new Error("empty body"), { code: "FST_ERR_CTP_EMPTY_JSON_BODY" }), undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error("invalid JSON"), { code: "invalid-json" }), undefined);
    }
  });

  let inFlight = 0;
  app.addHook("onRequest", async (request, reply) => {
    if (inFlight >= limits.maxConcurrent) return send(reply, serverError("busy"));
    inFlight++;
    (request as FastifyRequest & { counted?: boolean }).counted = true;
  });
  app.addHook("onResponse", async (request, reply) => {
    if ((request as FastifyRequest & { counted?: boolean }).counted) inFlight--;
    options.accessLog?.(`${request.method} ${request.url.split("?")[0]} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`);
  });
  app.setErrorHandler((e, _request, reply) => send(reply, apiErrorOf(e)));
  app.setNotFoundHandler((_request, reply) => send(reply, serverError("not-found")));
  if (options.cors !== undefined) void app.register(cors, { origin: options.cors });

  type Run = (household: unknown, opts: EvaluateOptions) => object;
  const households = (run: Run) => async (request: FastifyRequest, reply: FastifyReply) => {
    const opts = optionsOf(request.query, engine);
    if (isApiError(opts)) return send(reply, opts);
    const body = request.body;
    if (Array.isArray(body)) {
      if (body.length > limits.maxHouseholds) {
        return send(reply, serverError("too-many-households", { pl: `Najwięcej ${limits.maxHouseholds}.`, en: `At most ${limits.maxHouseholds}.` }));
      }
      const items = body.map((household, index) => {
        try {
          return { index, result: run(household, opts) };
        } catch (e) {
          return { index, error: apiErrorOf(e) };
        }
      });
      return { library, packs, items };
    }
    if (body === null || typeof body !== "object") return send(reply, serverError("invalid-body"));
    return { ...run(body, opts), packs };
  };

  app.post("/v1/decide", households((h, o) => engine.decide(h as never, o)));
  app.post("/v1/evaluate", households((h, o) => engine.evaluate(h as never, o)));
  app.post("/v1/questions", async (request, reply) => {
    const opts = optionsOf(request.query, engine);
    if (isApiError(opts)) return send(reply, opts);
    const body = request.body;
    if (body === null || typeof body !== "object" || Array.isArray(body)) return send(reply, serverError("invalid-body"));
    const decision = engine.decide(body as never, opts);
    return { date: decision.date, library, packs, questions: questionsFor(decision, body) };
  });
  app.get("/v1/rules", async () => ({ library, packs, rules: summaries }));
  app.get("/v1/rules/*", async (request, reply) => {
    const id = (request.params as { "*": string })["*"];
    const { at, ...rest } = (request.query ?? {}) as Record<string, unknown>;
    if (Object.keys(rest).length > 0) return send(reply, serverError("invalid-query", { pl: `Nieznany parametr: ${Object.keys(rest)[0]}.`, en: `Unknown parameter: ${Object.keys(rest)[0]}.` }));
    if (at !== undefined && (typeof at !== "string" || !isCivilDate(at))) {
      return send(reply, serverError("invalid-query", { pl: "at: oczekiwano daty RRRR-MM-DD.", en: "at: expected a YYYY-MM-DD date." }));
    }
    const rule = engine.getRule(id);
    return at === undefined ? { library, packs, rule } : { library, packs, rule, version: engine.valueAt(id, at).version };
  });
  app.get("/openapi.json", async () => document);
  app.get("/health", async () => ({ status: "ok", library, packs }));
  return app;
}

/**
 * Starts the HTTP API over `options.engine` and resolves once it listens. Safe by default: bound
 * to 127.0.0.1, bodies up to 1 MiB, 10 s for a request to arrive, 64 requests at once, no CORS,
 * nothing logged (an access log without bodies only when given).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const requestTimeout = options.requestTimeout ?? DEFAULT_LIMITS.requestTimeout;
  const serverFactory = (handler: (req: IncomingMessage, res: ServerResponse) => void): Server =>
    // Node checks the timeouts every connectionsCheckingInterval ms: a fraction of the timeout, so a slow client is cut off near it
    createServer({ requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeout / 4)) }, handler);
  const app = buildApi({ ...options, serverFactory });
  await app.listen({ port: options.port ?? DEFAULT_LIMITS.port, host: options.host ?? DEFAULT_LIMITS.host });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : (options.port ?? DEFAULT_LIMITS.port);
  const host = options.host ?? DEFAULT_LIMITS.host;
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, close: () => app.close() };
}
