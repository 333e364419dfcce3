import { parseArgs } from "node:util";
import type { Engine } from "../engine.js";
import { DEFAULT_LIMITS, startServer } from "../server/server.js";
import { EXIT, UsageError } from "./errors.js";

/** A whole number option within [min, max], or its default. */
function count(value: string | undefined, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^[0-9]{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option}: expected a whole number from ${min} to ${max}, got ${value}`);
  return n;
}

/**
 * `kryterium serve`: the HTTP API over the engine `engineFor` makes from the `--rules` folders (the
 * bundled packs and those), until SIGTERM or SIGINT, which drain the requests in flight; resolves
 * with the exit code then. Loaded by a dynamic import from dist/serve.js, so the other commands
 * never load the server; the engine comes from the CLI that loaded it, so a refused pack is
 * reported as on every other command, before anything listens.
 */
export async function serve(argv: readonly string[], engineFor: (rules: readonly string[] | undefined) => Engine): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      cors: { type: "string" },
      "access-log": { type: "boolean", default: false },
      "body-limit": { type: "string" },
      "max-households": { type: "string" },
      "request-timeout": { type: "string" },
      "max-concurrent": { type: "string" },
      rules: { type: "string", multiple: true },
    },
    allowPositionals: false,
  });
  if (values.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(values.cors)) throw new UsageError(`--cors: expected an origin such as https://example.org, got ${values.cors}`);
  const engine = engineFor(values.rules);
  const server = await startServer({
    engine,
    port: count(values.port, "--port", 0, 65_535, DEFAULT_LIMITS.port),
    host: values.host ?? DEFAULT_LIMITS.host,
    cors: values.cors,
    bodyLimit: count(values["body-limit"], "--body-limit", 1024, 64 << 20, DEFAULT_LIMITS.bodyLimit),
    maxHouseholds: count(values["max-households"], "--max-households", 1, 10_000, DEFAULT_LIMITS.maxHouseholds),
    requestTimeout: count(values["request-timeout"], "--request-timeout", 100, 600_000, DEFAULT_LIMITS.requestTimeout),
    maxConcurrent: count(values["max-concurrent"], "--max-concurrent", 1, 10_000, DEFAULT_LIMITS.maxConcurrent),
    accessLog: values["access-log"] ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  process.stderr.write(`kryterium serve: ${server.url}\n`);
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      void server.close().then(() => resolve(EXIT.ok));
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}
