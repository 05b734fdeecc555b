import { ChildProcess, spawn, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import { dirname, join } from "path";
import {
  CONTROL_PATHS,
  controlScripts,
  renderControlUnit,
  serviceBundle,
} from "../../render/control";
import { hostProfile } from "../../render/hostProfile";
import { homeConfig } from "../fixtures/homeConfig";

const debian = hostProfile("debian");
const scripts = controlScripts(homeConfig(), debian);
const fileAt = (path: string) => scripts.files.find((f) => f.path === path)!;

describe("controlScripts", () => {
  it("installs the compiled service, its page, its config and the unit, all root-owned and not secret", () => {
    expect(scripts.files.map((f) => [f.path, f.mode])).toEqual([
      [CONTROL_PATHS.service, "0644"],
      [CONTROL_PATHS.page, "0644"],
      [CONTROL_PATHS.config, "0644"],
      [CONTROL_PATHS.unit, "0644"],
    ]);
  });

  it("renders a hardened unit that starts the service with its config", () => {
    expect(fileAt(CONTROL_PATHS.unit).content).toMatchSnapshot();
  });

  it("binds the service to the WireGuard address and port from the stack config", () => {
    const config = JSON.parse(fileAt(CONTROL_PATHS.config).content) as Record<string, unknown>;
    expect(config).toMatchObject({
      listen: { address: "10.99.0.1", port: 8080 },
      libvirtUri: "qemu:///system",
      domain: "agent-sandbox",
      bridge: "virbr-agent",
      sandboxNetwork: "10.77.0.0/24",
      tokenFile: CONTROL_PATHS.token,
      proxyLog: "/var/log/agent-sandbox/proxy.log",
      overlayPath: "/var/lib/libvirt/agent-sandbox/agent-sandbox-root.qcow2",
      nft: "/usr/sbin/nft",
      nftTable: { family: "inet", name: "agent_sandbox" },
    });
  });

  it("gives the service the local libvirt even when the stack reaches libvirt over SSH", () => {
    const remote = homeConfig({
      libvirtUri: "qemu+ssh://admin@server.lan/system",
      sshHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFake",
    });
    const file = controlScripts(remote, debian).files.find((f) => f.path === CONTROL_PATHS.config)!;
    expect(JSON.parse(file.content)).toMatchObject({ libvirtUri: "qemu:///system" });
  });

  it("reads the token from stdin, so it is never part of the script or its command line", () => {
    expect(scripts.create).toContain("token=$(cat)");
    expect(scripts.create).toContain(`chmod 0600 ${CONTROL_PATHS.token}.new`);
    expect(scripts.files.map((f) => f.path)).not.toContain(CONTROL_PATHS.token);
  });

  it("writes the token before the service files and restarts the service last", () => {
    const lines = scripts.create.split("\n");
    const token = lines.findIndex((l) => l.startsWith(`(umask 077 && printf`));
    const firstFile = lines.findIndex((l) => l.startsWith(`cat > ${CONTROL_PATHS.service}.new`));
    const lastFile = lines.findIndex((l) => l.includes(`mv -f ${CONTROL_PATHS.unit}.new`));
    const restart = lines.findIndex((l) => l.trim().startsWith("systemctl restart"));
    expect(token).toBeGreaterThan(0);
    expect(token).toBeLessThan(firstFile);
    expect(lastFile).toBeLessThan(restart);
  });

  describe("refusing to install", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "asb-ctl-"))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const install = (opts: { node?: string; stdin: string }) => {
      const create = controlScripts(homeConfig(), debian, { root: dir, ...opts }).create;
      return spawnSync("bash", ["-c", create], { input: opts.stdin, encoding: "utf8" });
    };

    it("fails before writing anything when the host has no Node.js", () => {
      const run = install({ node: "/nonexistent/node", stdin: "a-token-long-enough-0123456789\n" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        "control: /nonexistent/node (Node.js 18 or later) is required on the host",
      );
      expect(readdirSync(dir)).toEqual([]);
    });

    it.each([
      ["no token", ""],
      ["a short token", "short\n"],
      ["a token with spaces", "a token with spaces in it 0123\n"],
    ])("fails before writing anything with %s on stdin", (_what, stdin) => {
      const run = install({ stdin });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/control: stdin must carry the token/);
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  it("stays well under the kernel's 128 KiB limit for one argument, since sudo gets it as one", () => {
    expect(Buffer.byteLength(scripts.create)).toBeLessThan(100 * 1024);
  });

  it("removes the unit, the files and the token and leaves the VM alone", () => {
    for (const path of Object.values(CONTROL_PATHS).filter((p) => p !== CONTROL_PATHS.libDir)) {
      expect(scripts.delete).toContain(`rm -f ${path};`);
    }
    expect(scripts.delete).not.toMatch(/virsh|destroy/);
  });

  it("keeps the sandbox network out of the unit's IP allowance", () => {
    const unit = renderControlUnit(
      homeConfig({ networkCidr: "10.55.0.0/24", vmAddress: "10.55.0.9" }),
      "/n",
      {
        service: "/s.js",
        config: "/c.json",
      },
    );
    expect(unit).toContain("IPAddressDeny=10.55.0.0/24");
    expect(unit).toContain("ExecStart=/n /s.js /c.json");
  });
});

describe("the service bundle", () => {
  const bundle = fileAt(CONTROL_PATHS.service).content;

  it("requires nothing but node: built-ins and its own modules", () => {
    const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    const outside = required.filter((id) => !id.startsWith("node:") && !id.startsWith("./"));
    expect(outside).toEqual([]);
    expect(required).toContain("./control/server");
    expect(bundle).toContain(`load("./control/main");`);
  });

  it("refuses, at render time, a module that imports a package", () => {
    const dir = mkdtempSync(join(tmpdir(), "asb-ctl-"));
    try {
      writeFileSync(join(dir, "entry.ts"), 'import { parse } from "yaml";\nparse("a: 1");\n');
      expect(() => serviceBundle(join(dir, "entry.ts"))).toThrow(
        /imports "yaml": .*node: built-ins only/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("running under node with a fake virsh", () => {
    let dir: string;
    let service: ChildProcess;
    let port: number;
    let output = "";
    const token = "bundle-test-token-0123456789";

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "asb-ctl-"));
      port = await freePort();
      const virsh = join(dir, "virsh");
      writeFileSync(virsh, '#!/bin/sh\nfor a; do last="$a"; done\necho running\n', { mode: 0o755 });
      const config = homeConfig({ wireguardAddress: "127.0.0.1", controlPort: String(port) });
      const rendered = controlScripts(config, debian, { root: dir, virsh });
      for (const file of rendered.files) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.content);
      }
      writeFileSync(`${dir}${CONTROL_PATHS.token}`, `${token}\n`);
      service = spawn("node", [`${dir}${CONTROL_PATHS.service}`, `${dir}${CONTROL_PATHS.config}`]);
      service.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const deadline = Date.now() + 10_000;
      while (!output.includes("listening") && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    });

    afterAll(() => {
      service.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    });

    it("listens on the configured address and says so", () => {
      expect(output).toContain(`control: listening on 127.0.0.1:${port} for domain agent-sandbox`);
    });

    it("answers status through virsh with the token, and 401 without", async () => {
      const url = `http://127.0.0.1:${port}/api/status`;
      const good = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({ domain: "agent-sandbox", state: "running" });
      expect((await fetch(url)).status).toBe(401);
    });

    it("serves the page", async () => {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("agent-sandbox control");
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
