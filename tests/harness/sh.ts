import { execFileSync } from "child_process";
import { shellQuote } from "../../render/script";

/** Runs a bash command and returns its stdout; throws with the command's stderr on failure. */
export function sh(command: string, opts: { input?: string; timeoutMs?: number } = {}): string {
  try {
    return execFileSync("/bin/bash", ["-c", command], {
      encoding: "utf8",
      input: opts.input ?? "",
      timeout: opts.timeoutMs ?? 120_000,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (err) {
    const e = err as { status?: number; stderr?: string; stdout?: string };
    throw new Error(
      `command failed (exit ${e.status ?? "?"}): ${command}\n${e.stderr ?? ""}${e.stdout ?? ""}`,
    );
  }
}

/** Like `sh`, but returns the exit code instead of throwing. */
export function shStatus(command: string, timeoutMs = 60_000): { code: number; out: string } {
  try {
    return { code: 0, out: sh(command, { timeoutMs }) };
  } catch (err) {
    const match = /exit (\d+)/.exec((err as Error).message);
    return { code: match ? Number(match[1]) : 1, out: (err as Error).message };
  }
}

/** Runs a bash command inside a network namespace. */
export function nsExec(netns: string, command: string, timeoutMs?: number): string {
  return sh(`ip netns exec ${netns} bash -c ${quote(command)}`, { timeoutMs });
}

/** Quotes a string for the shell: the same function the host scripts are built with. */
export const quote = shellQuote;

/** Polls `check` until it returns true or the deadline passes. */
export async function waitFor(
  what: string,
  check: () => boolean,
  timeoutMs = 30_000,
  intervalMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
