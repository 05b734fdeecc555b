import { execFile } from "node:child_process";

/** What a finished command left behind. `code` is null when it was killed or never ran. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program without a shell and never throws: a missing binary, a timeout or a non-zero
 * exit all come back as a RunResult, so every caller decides what a failure means.
 */
export function run(file: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        const why = error && code === null ? `${error.message}\n` : "";
        resolve({ code, stdout, stderr: why + stderr });
      },
    );
  });
}

/** The first line of a command's complaint, for a step's detail. */
export function firstLine(result: RunResult): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split("\n")[0] ?? "";
  return text.replace(/^error: /, "");
}

/** Resolves after `ms`, or at once when `signal` fires; says which. */
export function sleep(ms: number, signal?: AbortSignal): Promise<"slept" | "aborted"> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve("aborted");
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve("aborted");
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve("slept");
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
