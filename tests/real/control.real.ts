import * as fs from "fs";
import { CONTROL_PATHS } from "../../render/control";
import { sh, shStatus, waitFor } from "../harness/sh";
import { Answer, ControlLab, curlExit, startControlLab } from "../control/lab";
import { reaches } from "./privateHost";

// The control service installed by its rendered create script on a private host, killing a
// real TCG domain of a real libvirtd. Requests come from a peer on wg0 (the WireGuard side)
// and from a namespace on the sandbox bridge (the VM's side). Everything stays inside
// namespaces this file makes.
jest.setTimeout(60_000);

let lab: ControlLab;
const steps = (answer: Answer): string[] => (answer.body.steps ?? []).map((s) => s.step);
const domstate = (): string => lab.libvirt.virsh(`domstate ${lab.config.vmName}`).trim();
const as = (token: string, body?: string) => ({ token, ...(body !== undefined ? { body } : {}) });

beforeAll(async () => {
  lab = await startControlLab("asb-ctl-r");
}, 120_000);

afterAll(() => lab?.close());

describe("installing the control service", () => {
  it("writes the token from stdin as a root-only file and logs without revealing it", () => {
    const tokenFile = `${lab.root}${CONTROL_PATHS.token}`;
    expect(fs.readFileSync(tokenFile, "utf8")).toBe(`${lab.token}\n`);
    const stat = fs.statSync(tokenFile);
    expect(stat.mode & 0o777).toBe(0o600);
    expect(stat.uid).toBe(0);
    expect(lab.create.stderr).toContain(`wrote ${tokenFile} (0600, root)`);
    expect(lab.create.stderr).toContain("systemd is not running: agent-sandbox-control.service");
    expect(lab.create.stderr).not.toContain(lab.token);
  });

  it("renders a unit that systemd-analyze accepts", () => {
    const unit = `${lab.root}${CONTROL_PATHS.unit}`;
    const check = shStatus(`systemd-analyze verify ${unit} 2>&1`);
    expect(check.out.trim()).toBe("");
    expect(check.code).toBe(0);
  });
});

describe("where the control service can be reached", () => {
  it("listens on the WireGuard address only", () => {
    const listeners = sh(`ip netns exec ${lab.host.netns} ss -Hltn`).trim().split("\n");
    const ours = listeners.filter((line) => line.includes(`:${lab.config.wireguard.controlPort} `));
    expect(ours.map((line) => line.trim().split(/\s+/)[3])).toEqual([
      `${lab.config.wireguard.address}:${lab.config.wireguard.controlPort}`,
    ]);
  });

  it("answers the WireGuard peer", async () => {
    expect((await lab.api("GET", "/api/status", as(lab.token))).status).toBe(200);
  });

  it("is out of reach from the sandbox bridge while the firewall is loaded", () => {
    const { address, controlPort } = lab.config.wireguard;
    // The probe works: the firewall lets the VM's side reach the proxy port.
    expect(
      reaches(
        `ip netns exec ${lab.sandbox}`,
        lab.config.network.hostAddress,
        lab.config.proxy.port,
      ),
    ).toBe(true);
    // curl 28: timed out, the packets were dropped.
    expect(curlExit(lab.sandbox, `http://${address}:${controlPort}/`)).toBe(28);
    expect(curlExit(lab.sandbox, `http://${lab.config.network.hostAddress}:${controlPort}/`)).toBe(
      28,
    );
  });

  it("still refuses the sandbox network with the firewall gone, and never listens on the bridge", async () => {
    const { address, controlPort } = lab.config.wireguard;
    const firewall = sh(`ip netns exec ${lab.host.netns} nft list table inet agent_sandbox`);
    sh(`ip netns exec ${lab.host.netns} nft delete table inet agent_sandbox`);
    try {
      // 52 or 56: connected, then closed without an answer by the service's own guard.
      expect([52, 56]).toContain(curlExit(lab.sandbox, `http://${address}:${controlPort}/`));
      // 7: connection refused, nothing listens on the bridge address.
      expect(
        curlExit(lab.sandbox, `http://${lab.config.network.hostAddress}:${controlPort}/`),
      ).toBe(7);
      const line = `control: refused connection from ${lab.config.network.vmAddress}: inside the sandbox network`;
      // The log arrives through this process's event loop, which the probes above blocked.
      await waitFor(
        "the refusal in the service's log",
        () => lab.serviceLog().includes(line),
        5_000,
        50,
      );
    } finally {
      fs.writeFileSync(`${lab.root}/firewall-restore.nft`, firewall);
      sh(`ip netns exec ${lab.host.netns} nft -f ${lab.root}/firewall-restore.nft`);
    }
  });
});

describe("requests the control service refuses", () => {
  it("refuses a request without a token and logs the peer's address", async () => {
    expect((await lab.api("POST", "/api/start")).status).toBe(401);
    expect(lab.serviceLog()).toContain(
      "control: refused POST /api/start from 10.99.0.2: missing token",
    );
  });

  it("refuses a wrong token", async () => {
    const answer = await lab.api("POST", "/api/start", as(`${lab.token}x`));
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatch(/^wrong token/);
  });

  it("answers unknown paths, wrong methods, huge and malformed bodies with their status", async () => {
    const t = lab.token;
    expect((await lab.api("GET", "/api/explode", as(t))).status).toBe(404);
    expect((await lab.api("GET", "/api/kill", as(t))).status).toBe(405);
    expect((await lab.api("POST", "/api/kill", as(t, "x".repeat(4096)))).status).toBe(413);
    expect((await lab.api("POST", "/api/kill", as(t, "{not json"))).status).toBe(400);
  });

  it("changed nothing for any of them", () => {
    expect(domstate()).toBe("shut off");
    expect(lab.qemuPids()).toEqual([]);
  });
});

describe("driving the VM", () => {
  it("starts the VM, which then runs its guest", async () => {
    const answer = await lab.api("POST", "/api/start", as(lab.token));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ action: "start", outcome: "done", state: "running" });
    expect(lab.qemuPids()).toHaveLength(1);
    await lab.waitForGuest();
  });

  it("reports state, uptime, overlay age and the proxy's refusals in its status", async () => {
    const proxyLog = `${lab.root}/var/log/agent-sandbox/proxy.log`;
    fs.mkdirSync(`${lab.root}/var/log/agent-sandbox`, { recursive: true });
    fs.writeFileSync(
      proxyLog,
      'NOTICE    Dec 04 12:00:01.000 [77]: Proxying refused on filtered domain "exfil.evil.test"\n',
    );
    const { status, body } = await lab.api("GET", "/api/status", as(lab.token));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      state: "running",
      cutOff: false,
      qemu: [{ pid: lab.qemuPids()[0] }],
    });
    expect(typeof body.uptimeSeconds).toBe("number");
    expect(typeof (body.overlay as { ageSeconds?: unknown }).ageSeconds).toBe("number");
    expect(body.proxyRefusals).toEqual({
      count: 1,
      recent: [{ time: "Dec 04 12:00:01.000", host: "exfil.evil.test" }],
    });
  });

  it("kills the VM and proves the QEMU process is gone", async () => {
    const answer = await lab.api("POST", "/api/kill", as(lab.token));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ outcome: "done", state: "shut off" });
    expect(steps(answer)).toEqual(["virsh destroy", "verify QEMU gone"]);
    expect(lab.qemuPids()).toEqual([]);
  });

  it("stops the VM, destroying it when the guest ignores the power-off request", async () => {
    expect((await lab.api("POST", "/api/start", as(lab.token))).status).toBe(200);
    await lab.waitForGuest();
    const answer = await lab.api("POST", "/api/stop", as(lab.token));
    expect(answer.body).toMatchObject({ outcome: "done", state: "shut off" });
    expect(steps(answer)).toContain("virsh shutdown");
    expect(lab.qemuPids()).toEqual([]);
  });

  it("lets a kill win over a start in flight", async () => {
    const start = lab.api("POST", "/api/start", as(lab.token));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const kill = await lab.api("POST", "/api/kill", as(lab.token));
    const started = await start;
    expect(started.status).toBe(409);
    expect(started.body.outcome).toBe("aborted");
    expect(kill.status).toBe(200);
    expect(kill.body).toMatchObject({ outcome: "done", state: "shut off" });
    expect(steps(kill)[0]).toBe("abort start");
    // Nothing comes back to life once the kill has answered.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(lab.qemuPids()).toEqual([]);
    expect(domstate()).toBe("shut off");
  });

  it("cuts the VM off and SIGKILLs QEMU itself when virsh destroy fails", async () => {
    expect((await lab.api("POST", "/api/start", as(lab.token))).status).toBe(200);
    const [pid] = lab.qemuPids();
    lab.failDestroy(true);
    let answer: Answer;
    try {
      answer = await lab.api("POST", "/api/kill", as(lab.token));
    } finally {
      lab.failDestroy(false);
    }
    expect(answer.status).toBe(200);
    expect(steps(answer)).toEqual([
      "virsh destroy",
      "verify QEMU gone",
      "nft drop rule for the bridge",
      "bridge link down",
      `kill -9 ${pid}`,
      "verify QEMU gone after SIGKILL",
    ]);
    expect(answer.body.steps!.map((s) => s.ok)).toEqual([false, false, true, true, true, true]);
    expect(lab.qemuPids()).toEqual([]);
    const h = `ip netns exec ${lab.host.netns}`;
    expect(sh(`${h} nft list chain inet agent_sandbox kill_cutoff_in`)).toContain(
      `iifname "${lab.config.network.bridge}" drop`,
    );
    expect(sh(`${h} ip -br link show ${lab.config.network.bridge}`)).toMatch(/ DOWN /);
    expect((await lab.api("GET", "/api/status", as(lab.token))).body.cutOff).toBe(true);
  });

  it("lifts the cut-off when the VM is started again", async () => {
    await waitFor("libvirt to notice QEMU died", () => domstate() === "shut off", 10_000);
    const answer = await lab.api("POST", "/api/start", as(lab.token));
    expect(answer.status).toBe(200);
    expect(steps(answer)).toEqual([
      "check state",
      "remove nft drop rule",
      "bridge link up",
      "virsh start",
    ]);
    const h = `ip netns exec ${lab.host.netns}`;
    expect(shStatus(`${h} nft list chain inet agent_sandbox kill_cutoff_in`).code).not.toBe(0);
    expect((await lab.api("POST", "/api/kill", as(lab.token))).body.outcome).toBe("done");
    expect(lab.qemuPids()).toEqual([]);
  });
});
