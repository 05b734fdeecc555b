import { AddressInfo } from "node:net";
import { Server } from "node:http";
import { CliIo, main, parseArgs } from "../../control/cli";
import { Controller } from "../../control/controller";
import { createControlServer } from "../../control/server";
import { FakeWorld } from "./fakes";

const TOKEN = "cli-test-token-0123456789";

function io(env: Record<string, string> = {}, stdin = ""): CliIo & { text: () => string } {
  let text = "";
  return { env, readStdin: () => stdin, out: (t) => (text += t), text: () => text };
}

describe("ctl argument parsing", () => {
  it("takes the URL and token from the environment", () => {
    const req = parseArgs(
      ["status"],
      io({ AGENT_SANDBOX_URL: "http://10.99.0.1:8080", AGENT_SANDBOX_TOKEN: "t" }),
    );
    expect(req).toMatchObject({ command: "status", token: "t", json: false });
    expect(req.url.href).toBe("http://10.99.0.1:8080/");
  });

  it("takes the token from stdin, as piped from pulumi stack output, without its newline", () => {
    const req = parseArgs(
      ["kill", "--url", "http://10.99.0.1:8080", "--token-stdin"],
      io({}, "piped\n"),
    );
    expect(req.token).toBe("piped");
  });

  it.each([
    [["reboot"], /unknown command "reboot"/],
    [["kill"], /no service URL/],
    [["kill", "--url", "http://h:1"], /no token/],
    [["kill", "--url", "ftp://h:1", "--token-stdin"], /must be http/],
    [["kill", "--url"], /--url needs a value/],
    [["kill", "--force"], /unknown option "--force"/],
    [
      ["kill", "--url", "http://h:1", "--token-file", "/nonexistent/token"],
      /--token-file \/nonexistent\/token: ENOENT/,
    ],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv, io({}, "tok"))).toThrow(message);
  });
});

describe("ctl against a running service", () => {
  let server: Server;
  let url: string;
  let world: FakeWorld;

  beforeEach(async () => {
    world = new FakeWorld();
    const actions = new Controller({
      domain: "fake",
      virsh: world.virsh,
      host: world.host,
      pollMs: 5,
    });
    server = createControlServer({
      actions,
      token: TOKEN,
      page: "<p>page</p>",
      log: () => undefined,
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("prints the status and exits 0", async () => {
    world.boot();
    const out = io({ AGENT_SANDBOX_URL: url, AGENT_SANDBOX_TOKEN: TOKEN });
    expect(await main(["status"], out)).toBe(0);
    expect(out.text()).toMatch(/^fake: running, up \d+ s\n/);
    expect(out.text()).toContain(
      "proxy refusals in the log's tail: 1\n  Dec 04 12:00:00.000  evil.test",
    );
  });

  it("kills and prints each step", async () => {
    world.boot();
    const out = io({ AGENT_SANDBOX_URL: url }, TOKEN);
    expect(await main(["kill", "--token-stdin", "--reason", "test"], out)).toBe(0);
    expect(out.text()).toMatch(/^kill: done in \d+ ms, state shut off\n {2}ok {3}virsh destroy/);
    expect(world.state).toBe("shut off");
  });

  it("exits 1 and shows the service's refusal for a wrong token", async () => {
    const out = io({ AGENT_SANDBOX_URL: url, AGENT_SANDBOX_TOKEN: "wrong" });
    expect(await main(["kill"], out)).toBe(1);
    expect(out.text()).toMatch(/^kill: HTTP 401: wrong token/);
  });

  it("prints the usage and exits 0 for --help, 2 for no arguments at all", async () => {
    const help = io();
    expect(await main(["--help"], help)).toBe(0);
    expect(help.text()).toMatch(/^usage: npm run ctl --/);
    const none = io();
    expect(await main([], none)).toBe(2);
    expect(none.text()).toMatch(/^usage: npm run ctl --/);
  });

  it("exits 2 with the usage on a bad command line", async () => {
    const out = io();
    expect(await main(["explode"], out)).toBe(2);
    expect(out.text()).toContain("usage: npm run ctl --");
  });
});
