import { createHash } from "node:crypto";
import { IncomingMessage, Server, ServerResponse, createServer } from "node:http";
import { parseIpv4, parseIpv4Network } from "../net";
import { FailureBackoff, bearerMatches } from "./auth";
import { ActionResult, Controller } from "./controller";

/** The part of the controller the HTTP layer uses; tests may hand in their own. */
export type ControlActions = Pick<Controller, "start" | "stop" | "kill" | "status">;

/** What the HTTP layer needs. */
export interface ServerOptions {
  actions: ControlActions;
  token: string;
  /** The control page, served at `/` without a token. */
  page: string;
  /** @default a FailureBackoff with its defaults */
  backoff?: FailureBackoff;
  /**
   * Connections from this IPv4 network (the sandbox network) are closed at once. A second
   * line behind the firewall: Linux accepts a packet for any local address on any interface.
   * @default none
   */
  refusedNetwork?: string;
  /** Largest request body accepted, in bytes. @default 1024 */
  bodyLimit?: number;
  /** @default one line to stderr */
  log?: (line: string) => void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const ACTIONS = { "/api/start": "start", "/api/stop": "stop", "/api/kill": "kill" } as const;
const OUTCOME_STATUS = { done: 200, aborted: 409, cancelled: 409, failed: 500 } as const;

/**
 * The control service's HTTP server: the page at `/`, and a JSON API behind a bearer token.
 * Every bad request gets its status before anything is changed: 404, 405, 429, 401, 413, 400.
 */
export function createControlServer(opts: ServerOptions): Server {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const backoff = opts.backoff ?? new FailureBackoff();
  const bodyLimit = opts.bodyLimit ?? 1024;
  const refused = opts.refusedNetwork ? parseIpv4Network(opts.refusedNetwork) : undefined;
  const pageHeaders = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": pagePolicy(opts.page),
    "Referrer-Policy": "no-referrer",
  };

  const server = createServer({ maxHeaderSize: 8192 }, (req, res) => {
    const source = sourceOf(req);
    const path = (req.url ?? "/").split("?")[0]!;
    handle(req, res, source, path).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (status >= 500) log(`control: error on ${req.method} ${path} from ${source}: ${message}`);
      send(res, status, { error: message });
    });
  });

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    source: string,
    path: string,
  ): Promise<void> => {
    const method = req.method ?? "";
    const refuse = (status: number, why: string): never => {
      log(`control: refused ${method} ${path} from ${source}: ${why}`);
      throw new HttpError(status, why);
    };
    if (path === "/" || path === "/index.html") {
      if (method !== "GET" && method !== "HEAD") allow(res, "GET, HEAD");
      res.writeHead(200, { ...pageHeaders, ...COMMON_HEADERS });
      res.end(method === "HEAD" ? undefined : opts.page);
      return;
    }
    const action = ACTIONS[path as keyof typeof ACTIONS];
    if (!action && path !== "/api/status") throw new HttpError(404, `no such path: ${path}`);
    if (method !== (action ? "POST" : "GET")) allow(res, action ? "POST" : "GET");

    const waitMs = backoff.waitMs(source);
    if (waitMs > 0) {
      res.setHeader("Retry-After", String(Math.ceil(waitMs / 1000)));
      refuse(429, `too many failed attempts, retry in ${Math.ceil(waitMs / 1000)} s`);
    }
    if (!bearerMatches(req.headers.authorization, opts.token)) {
      const failures = backoff.fail(source);
      res.setHeader("WWW-Authenticate", 'Bearer realm="agent-sandbox"');
      const what = req.headers.authorization ? "wrong token" : "missing token";
      refuse(401, `${what} (${failures} failure${failures === 1 ? "" : "s"} in a row)`);
    }
    backoff.succeed(source);
    const body = await readJson(req, bodyLimit);

    if (!action) {
      send(res, 200, await opts.actions.status());
      return;
    }
    const reason = typeof body.reason === "string" ? ` (reason: ${oneLine(body.reason)})` : "";
    log(`control: ${action} requested from ${source}${reason}`);
    const result: ActionResult = await opts.actions[action]();
    const { outcome, ms, state } = result;
    log(`control: ${action} from ${source}: ${outcome} in ${ms} ms, state ${state}`);
    send(res, OUTCOME_STATUS[result.outcome], result);
  };

  server.on("connection", (socket) => {
    const address = plainAddress(socket.remoteAddress ?? "");
    if (refused && inNetwork(address, refused)) {
      log(`control: refused connection from ${address}: inside the sandbox network`);
      socket.destroy();
    }
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxHeadersCount = 50;
  server.maxConnections = 64;
  return server;
}

const COMMON_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  // An unread body may still be arriving; closing is cheaper than draining it.
  if (status >= 400) res.setHeader("Connection", "close");
  res.writeHead(status, { "Content-Type": "application/json", ...COMMON_HEADERS });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
}

function allow(res: ServerResponse, methods: string): never {
  res.setHeader("Allow", methods);
  throw new HttpError(405, `method not allowed; use ${methods}`);
}

/** Reads at most `limit` bytes; an empty body is `{}`, anything else must be a JSON object. */
async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new HttpError(413, `body larger than ${limit} bytes`);
  // Events rather than for-await: leaving an async iterator early destroys the socket, and
  // the client would see a reset instead of its 413.
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      reject(new HttpError(413, `body larger than ${limit} bytes`));
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
  const text = raw.toString("utf8").trim();
  if (text === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "body must be a JSON object");
  }
  const { reason } = body as { reason?: unknown };
  if (reason !== undefined && (typeof reason !== "string" || reason.length > 200)) {
    throw new HttpError(400, "reason must be a string of at most 200 characters");
  }
  return body as Record<string, unknown>;
}

/** A CSP that lets only the page's own inline script and style run, by their hashes. */
export function pagePolicy(page: string): string {
  const hashes = (tag: string): string =>
    [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))]
      .map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`)
      .join(" ");
  return [
    "default-src 'none'",
    `script-src ${hashes("script") || "'none'"}`,
    `style-src ${hashes("style") || "'none'"}`,
    "connect-src 'self'",
    "img-src data:",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

function sourceOf(req: IncomingMessage): string {
  return plainAddress(req.socket.remoteAddress ?? "unknown");
}

function plainAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

function inNetwork(address: string, network: { address: number; prefix: number }): boolean {
  const value = parseIpv4(address);
  if (value === undefined) return false;
  const size = 2 ** (32 - network.prefix);
  return value >= network.address && value < network.address + size;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}
