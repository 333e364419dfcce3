import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/** Control sequences (colours, cursor moves, erasing) taken out, so what was drawn reads as text. */
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;

export const KEY = { enter: "\r", up: "\u001b[A", down: "\u001b[B", backspace: "\u007f" } as const;

/**
 * A program run in a pseudo-terminal by util-linux `script`, so that it sees a TTY on both
 * stdin and stdout, as under a person's terminal. What it draws is read as text (control
 * sequences removed); `waitFor` waits, without a deadline of its own beyond `timeoutMs`, for a
 * text drawn after the last one waited for, so keys are only sent once the program is asking.
 */
export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = "";
  private seen = 0;
  private readonly exited: Promise<number | null>;

  constructor(command: string, options: { cwd: string; columns?: number; rows?: number; env?: Record<string, string> }) {
    const size = `stty cols ${options.columns ?? 100} rows ${options.rows ?? 50}`;
    this.child = spawn("script", ["-qfec", `${size}; exec ${command}`, "/dev/null"], {
      cwd: options.cwd,
      env: { ...process.env, TERM: "xterm-256color", ...options.env },
    });
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (chunk: string) => {
      this.raw += chunk;
    });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (chunk: string) => {
      this.raw += chunk;
    });
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code)));
  }

  /** Everything drawn so far, as text. */
  get screen(): string {
    return this.raw.replace(CONTROL, "");
  }

  /** Waits until `text` is drawn after what was last waited for; fails with the screen's tail if it never is. */
  async waitFor(text: string | RegExp, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.screen.slice(this.seen);
      const at = typeof text === "string" ? { index: rest.indexOf(text), length: text.length } : ((m) => (m ? { index: m.index, length: m[0].length } : { index: -1, length: 0 }))(text.exec(rest));
      if (at.index >= 0) {
        this.seen += at.index + at.length;
        return;
      }
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`never drawn: ${String(text)}\n--- screen after the last text waited for ---\n${rest.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Types keys, as a person would. */
  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** The program's exit code (`script -e` passes it on). */
  exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
