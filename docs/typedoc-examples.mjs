// TypeDoc plugin: every public function of kryterium carries an @example.
//
// A function's example comes from its doc comment, or else from docs/examples/<name>.ts — a
// whole program that the consumer test (scripts/consumer-test.mjs) type-checks and runs
// against the packed package, so an example in the API reference cannot rot. A public
// function with neither is an error, and fails `npm run docs`.
import { existsSync, readFileSync } from "node:fs";
import { Comment, Converter, ReflectionKind } from "typedoc";

const examples = new URL("./examples/", import.meta.url);

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const missing = [];
    for (const fn of context.project.getReflectionsByKind(ReflectionKind.Function)) {
      const signature = fn.signatures?.[0];
      if (!signature) continue;
      const has = [fn.comment, ...fn.signatures.map((s) => s.comment)].some((c) => c?.getTag("@example"));
      if (has) continue;
      const file = new URL(`${fn.name}.ts`, examples);
      if (!existsSync(file)) {
        missing.push(fn.getFriendlyFullName());
        continue;
      }
      const code = readFileSync(file, "utf8").trimEnd();
      signature.comment ??= new Comment();
      signature.comment.blockTags.push({ tag: "@example", content: [{ kind: "code", text: "```ts\n" + code + "\n```" }] });
    }
    for (const name of missing) {
      app.logger.error(`public function ${name} has no @example: add one to its doc comment or write docs/examples/${name}.ts`);
    }
  });
}
