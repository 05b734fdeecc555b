import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { ActionResult, Status } from "./controller";

const USAGE = `usage: npm run ctl -- <status|start|stop|kill> [options]

  --url URL          control service, e.g. http://10.99.0.1:8080 (or AGENT_SANDBOX_URL)
  --token-stdin      read the token from stdin, e.g.
                     pulumi stack output --show-secrets controlToken | npm run ctl -- kill --token-stdin
  --token-file FILE  read the token from FILE
  --reason TEXT      a note for the service's log
  --json             print the service's JSON answer as it is

Without --token-stdin or --token-file the token comes from AGENT_SANDBOX_TOKEN.`;

const COMMANDS = ["status", "start", "stop", "kill"] as const;
type Command = (typeof COMMANDS)[number];

/** A parsed command line. */
export interface CliRequest {
  command: Command;
  url: URL;
  token: string;
  reason?: string;
  json: boolean;
}

/** Where the CLI reads its token and writes its output; tests pass their own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  readStdin: () => string;
  out: (text: string) => void;
}

function readTokenFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new Error(`--token-file ${path}: ${(err as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

/** Parses argv (without node and the script); throws a usage error naming what is wrong. */
export function parseArgs(argv: string[], io: CliIo): CliRequest {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) throw new Error(`unknown command "${command ?? ""}"`);
  let url = io.env.AGENT_SANDBOX_URL;
  let token = io.env.AGENT_SANDBOX_TOKEN;
  let reason: string | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === "--url") url = value();
    // No --token flag: a token in argv shows up in every process list on the machine.
    else if (flag === "--token-stdin") token = io.readStdin();
    else if (flag === "--token-file") token = readTokenFile(value());
    else if (flag === "--reason") reason = value();
    else if (flag === "--json") json = true;
    else throw new Error(`unknown option "${flag}"`);
  }
  if (!url) throw new Error("no service URL: pass --url or set AGENT_SANDBOX_URL");
  token = token?.trim();
  if (!token)
    throw new Error("no token: pass --token-stdin or --token-file, or set AGENT_SANDBOX_TOKEN");
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`--url must be http:// or https://, got "${url}"`);
  }
  return { command: command as Command, url: parsed, token, ...(reason ? { reason } : {}), json };
}

/**
 * Sends one request; resolves with the HTTP status and the parsed JSON answer. node:http and
 * not fetch: the service lives on a WireGuard address, and no proxy from the environment may
 * ever stand between the kill switch and its caller.
 */
export function send(
  req: CliRequest,
  timeoutMs = 120_000,
): Promise<{ status: number; body: unknown }> {
  const method = req.command === "status" ? "GET" : "POST";
  const payload = method === "POST" ? JSON.stringify(req.reason ? { reason: req.reason } : {}) : "";
  const request = req.url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const r = request(
      new URL(`api/${req.command}`, req.url.href.endsWith("/") ? req.url : `${req.url.href}/`),
      {
        method,
        timeout: timeoutMs,
        headers: {
          Authorization: `Bearer ${req.token}`,
          ...(payload ? { "Content-Type": "application/json" } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON: keep the text for the message.
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    r.on("timeout", () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    r.on("error", reject);
    r.end(payload);
  });
}

/** Human-readable lines for an answer. */
export function format(command: Command, status: number, body: unknown): string {
  const answer = body as Partial<Status & ActionResult & { error: string }>;
  if (answer.error !== undefined || typeof body !== "object") {
    return `${command}: HTTP ${status}: ${answer.error ?? String(body)}`;
  }
  if (command === "status") {
    const s = answer as Status;
    const qemu = s.qemu.map((p) => `pid ${p.pid} (${p.state})`).join(", ");
    const lines = [
      `${s.domain}: ${s.state}${s.uptimeSeconds !== null ? `, up ${s.uptimeSeconds} s` : ""}`,
      `overlay: ${s.overlay ? `${s.overlay.ageSeconds} s old (${s.overlay.path})` : "none"}`,
      `busy: ${s.busy ?? "idle"}; QEMU: ${qemu || "none"}`,
      `proxy refusals in the log's tail: ${s.proxyRefusals.count}`,
      ...s.proxyRefusals.recent.slice(0, 5).map((r) => `  ${r.time}  ${r.host}`),
    ];
    if (s.cutOff) lines.push("WARNING: the VM is cut off from the network after a failed kill");
    return lines.join("\n");
  }
  const r = answer as ActionResult;
  return [
    `${r.action}: ${r.outcome} in ${r.ms} ms, state ${r.state}`,
    ...r.steps.map((s) => `  ${s.ok ? "ok  " : "FAIL"} ${s.step} (${s.ms} ms): ${s.detail}`),
  ].join("\n");
}

/** Runs the CLI; exits 0 on success, 1 on a refused or failed action, 2 on a usage error. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || ["-h", "--help", "help"].includes(argv[0]!)) {
    io.out(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  let req: CliRequest;
  try {
    req = parseArgs(argv, io);
  } catch (err) {
    io.out(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const { status, body } = await send(req);
    io.out(`${req.json ? JSON.stringify(body, null, 2) : format(req.command, status, body)}\n`);
    return status >= 200 && status < 300 ? 0 : 1;
  } catch (err) {
    io.out(`${req.command}: cannot reach ${req.url.href}: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), {
    env: process.env,
    readStdin: () => readFileSync(0, "utf8"),
    out: (text) => process.stdout.write(text),
  }).then((code) => (process.exitCode = code));
}
