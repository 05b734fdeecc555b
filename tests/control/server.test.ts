import { createHash } from "node:crypto";
import { request } from "node:http";
import { AddressInfo } from "node:net";
import { readFileSync } from "fs";
import { join } from "path";
import { FailureBackoff } from "../../control/auth";
import { Controller } from "../../control/controller";
import { createControlServer, ServerOptions } from "../../control/server";
import { FakeWorld } from "./fakes";

const TOKEN = "test-token-0123456789abcdef";
const PAGE = readFileSync(join(__dirname, "../../files/control/index.html"), "utf8");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => Record<string, unknown>;
}

interface Call {
  token?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Sent in pieces without a Content-Length, as a streaming client would. */
  chunked?: boolean;
}

let world: FakeWorld;
let lines: string[];
let base: { host: string; port: number };
let close: () => Promise<void>;
let clock: { now: number };

async function serve(opts: Partial<ServerOptions> = {}, startSettleMs = 1_000): Promise<void> {
  world = new FakeWorld();
  lines = [];
  clock = { now: 1_000_000 };
  const actions = new Controller({
    domain: "fake",
    virsh: world.virsh,
    host: world.host,
    pollMs: 5,
    verifyTimeoutMs: 50,
    startSettleMs,
  });
  const server = createControlServer({
    actions,
    token: TOKEN,
    page: PAGE,
    backoff: new FailureBackoff({ now: () => clock.now }),
    log: (line) => lines.push(line),
    ...opts,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = { host: "127.0.0.1", port: (server.address() as AddressInfo).port };
  close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

function call(method: string, path: string, opts: Call = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Connection: "close", ...opts.headers };
    if (opts.token !== undefined) headers.Authorization = `Bearer ${opts.token}`;
    const req = request({ ...base, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body,
          json: () => JSON.parse(body) as Record<string, unknown>,
        });
      });
    });
    req.on("error", reject);
    if (opts.chunked && opts.body) {
      for (let i = 0; i < opts.body.length; i += 512) req.write(opts.body.slice(i, i + 512));
      req.end();
    } else {
      req.end(opts.body);
    }
  });
}

describe("the control service over HTTP", () => {
  beforeEach(() => serve());
  afterEach(() => close());

  it("serves the page without a token, with a CSP that allows only its own inline script", async () => {
    const answer = await call("GET", "/");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    expect(answer.body).toBe(PAGE);
    const script = /<script>([\s\S]*?)<\/script>/.exec(PAGE)![1]!;
    const hash = createHash("sha256").update(script).digest("base64");
    expect(answer.headers["content-security-policy"]).toContain(`script-src 'sha256-${hash}'`);
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("answers status with the token", async () => {
    world.boot();
    const answer = await call("GET", "/api/status", { token: TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ domain: "fake", state: "running" });
  });

  it("refuses an action without a token, logs the source address and changes nothing", async () => {
    world.boot();
    const answer = await call("POST", "/api/kill");
    expect(answer.status).toBe(401);
    expect(answer.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(world.calls).toEqual([]);
    expect(lines).toEqual([
      "control: refused POST /api/kill from 127.0.0.1: missing token (1 failure in a row)",
    ]);
  });

  it("refuses a wrong token", async () => {
    const answer = await call("POST", "/api/start", { token: "wrong" });
    expect(answer.status).toBe(401);
    expect(answer.json().error).toMatch(/^wrong token/);
    expect(world.calls).toEqual([]);
  });

  it("makes a source that keeps failing wait, even when it then brings the right token", async () => {
    for (let i = 0; i < 3; i++)
      expect((await call("GET", "/api/status", { token: "guess" })).status).toBe(401);
    const locked = await call("POST", "/api/start", { token: TOKEN });
    expect(locked.status).toBe(429);
    expect(locked.headers["retry-after"]).toBe("1");
    expect(world.calls).toEqual([]);
    clock.now += 500;
    expect((await call("POST", "/api/start", { token: TOKEN })).status).toBe(200);
    expect(world.calls).toEqual(["start"]);
  });

  it.each([
    ["an unknown path", 404, "GET", "/api/reboot"],
    ["an unknown path outside the API", 404, "GET", "/etc/passwd"],
    ["GET on an action", 405, "GET", "/api/kill"],
    ["POST on status", 405, "POST", "/api/status"],
    ["POST on the page", 405, "POST", "/"],
    ["DELETE on an action", 405, "DELETE", "/api/stop"],
  ])(
    "answers %s with %i, token or not, and changes nothing",
    async (_what, status, method, path) => {
      world.boot();
      expect((await call(method, path)).status).toBe(status);
      expect((await call(method, path, { token: TOKEN })).status).toBe(status);
      expect(world.calls).toEqual([]);
    },
  );

  it("names the allowed method in a 405", async () => {
    const answer = await call("GET", "/api/kill", { token: TOKEN });
    expect(answer.headers.allow).toBe("POST");
  });

  it("refuses a body over the limit by its declared length", async () => {
    const answer = await call("POST", "/api/kill", { token: TOKEN, body: "x".repeat(5_000) });
    expect(answer.status).toBe(413);
    expect(world.calls).toEqual([]);
  });

  it("refuses a streamed body once it passes the limit", async () => {
    const body = JSON.stringify({ reason: "y".repeat(10_000) });
    const answer = await call("POST", "/api/kill", { token: TOKEN, body, chunked: true });
    expect(answer.status).toBe(413);
    expect(world.calls).toEqual([]);
  });

  it.each([
    ["malformed JSON", "{kill"],
    ["a JSON array", "[]"],
    ["a JSON string", '"kill"'],
    ["a reason that is not a string", '{"reason": 5}'],
  ])("answers %s with 400 and changes nothing", async (_what, body) => {
    world.boot();
    const answer = await call("POST", "/api/kill", { token: TOKEN, body });
    expect(answer.status).toBe(400);
    expect(world.calls).toEqual([]);
    expect(world.state).toBe("running");
  });

  it("kills with the token, answers step by step and logs the reason on one line", async () => {
    world.boot();
    const answer = await call("POST", "/api/kill", {
      token: TOKEN,
      body: '{"reason":"odd\\nbehaviour"}',
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ action: "kill", outcome: "done", state: "shut off" });
    expect((answer.json().steps as unknown[]).length).toBe(2);
    expect(lines[0]).toBe("control: kill requested from 127.0.0.1 (reason: odd behaviour)");
  });

  it("answers 409 to a start that a kill took over, and 500 to a kill that could not finish", async () => {
    await close();
    await serve({}, 100);
    world.startGate = new Promise(() => undefined);
    const start = call("POST", "/api/start", { token: TOKEN });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const kill = call("POST", "/api/kill", { token: TOKEN });
    expect((await start).status).toBe(409);
    const killed = await kill;
    expect(killed.status).toBe(500);
    expect(killed.json()).toMatchObject({ action: "kill", outcome: "failed" });
  });
});

describe("the control service's network guard", () => {
  afterEach(() => close());

  it("closes connections from the sandbox network before reading a byte", async () => {
    await serve({ refusedNetwork: "127.0.0.0/8" });
    await expect(call("GET", "/")).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(lines).toEqual([
      "control: refused connection from 127.0.0.1: inside the sandbox network",
    ]);
  });

  it("serves other sources when a sandbox network is set", async () => {
    await serve({ refusedNetwork: "10.77.0.0/24" });
    expect((await call("GET", "/")).status).toBe(200);
  });
});
