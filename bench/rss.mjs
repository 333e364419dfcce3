// Peak memory without /usr/bin/time: runs the CLI in this process (batch workers are threads, so
// they are in it too) and writes the peak resident set size to stderr when the process exits.
//   node bench/rss.mjs path/to/dist/cli.js batch file.ndjson --workers 2
const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on("exit", () => process.stderr.write(`\nMaximum resident set size (kbytes): ${process.resourceUsage().maxRSS}\n`));
await import(new URL(cli, `file://${process.cwd()}/`).href);
