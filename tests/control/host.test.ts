import { spawn } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { isQemuOf, systemHost } from "../../control/host";

const QEMU = ["/usr/bin/qemu-system-x86_64", "-name", "guest=agent-sandbox,debug-threads=on", "-S"];

describe("recognising the domain's QEMU in /proc", () => {
  it.each([
    ["matches libvirt's QEMU for the domain", QEMU, true],
    ["matches the plain -name form", ["qemu-system-x86_64", "-name", "agent-sandbox"], true],
    ["matches qemu-kvm", ["/usr/libexec/qemu-kvm", "-name", "guest=agent-sandbox"], true],
    [
      "skips a domain with a longer name",
      ["qemu-system-x86_64", "-name", "guest=agent-sandbox-2"],
      false,
    ],
    [
      "skips a shell that names the domain",
      ["/bin/bash", "-c", "-name", "guest=agent-sandbox"],
      false,
    ],
    ["skips a QEMU without -name", ["qemu-system-x86_64", "-m", "512"], false],
    ["skips a zombie (empty cmdline)", [""], false],
  ])("%s", (_what, argv, expected) => {
    expect(isQemuOf(argv, "agent-sandbox")).toBe(expected);
  });
});

describe("the system host adapter", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "asb-ctl-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeProcess(pid: number, argv: string[], state = "S", startTicks = 12_345): void {
    mkdirSync(join(dir, "proc", String(pid)), { recursive: true });
    writeFileSync(
      join(dir, "proc", String(pid), "cmdline"),
      argv.length ? `${argv.join("\0")}\0` : "",
    );
    const after = [state, ...Array.from({ length: 18 }, () => "0"), String(startTicks), "0"];
    writeFileSync(
      join(dir, "proc", String(pid), "stat"),
      `${pid} (qemu (x) y) ${after.join(" ")}\n`,
    );
  }

  function host(extra: Partial<Parameters<typeof systemHost>[0]> = {}) {
    return systemHost({
      bridge: "virbr-test",
      nft: "/bin/false",
      ip: "/bin/false",
      nftTable: { family: "inet", name: "agent_sandbox" },
      overlayPath: join(dir, "overlay.qcow2"),
      proxyLog: join(dir, "proxy.log"),
      procRoot: join(dir, "proc"),
      ...extra,
    });
  }

  it("finds only the domain's QEMU, with its state and start time", async () => {
    fakeProcess(100, QEMU, "D", 50_000);
    fakeProcess(101, ["qemu-system-x86_64", "-name", "guest=other"]);
    fakeProcess(102, ["/bin/sleep", "-name", "guest=agent-sandbox"]);
    fakeProcess(103, []);
    mkdirSync(join(dir, "proc", "self"));
    writeFileSync(join(dir, "proc", "stat"), "cpu  1 2 3\nbtime 1700000000\n");
    const found = await host().qemuProcesses("agent-sandbox");
    expect(found).toEqual([
      { pid: 100, state: "D", startedAt: new Date(1_700_000_000_000 + 500_000) },
    ]);
  });

  it("SIGKILLs a process", async () => {
    const child = spawn("sleep", ["30"]);
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    expect(await host().killProcess(child.pid!)).toMatchObject({ ok: true });
    expect(await exited).toBe("SIGKILL");
  });

  it("cuts off with a drop chain of its own in our table and the bridge down, and lifts both", async () => {
    const record = join(dir, "calls");
    for (const name of ["nft", "ip"]) {
      const script = `#!/bin/sh\nprintf '%s|' ${name} "$@" >> ${record}; echo >> ${record}\n`;
      writeFileSync(join(dir, name), script, { mode: 0o755 });
    }
    const h = host({ nft: join(dir, "nft"), ip: join(dir, "ip") });
    expect((await h.cutOff()).every((s) => s.ok)).toBe(true);
    expect((await h.liftCutOff()).every((s) => s.ok)).toBe(true);
    const calls = readFileSync(record, "utf8").trim().split("\n");
    expect(calls).toHaveLength(4);
    expect(calls[0]).toContain(
      "add chain inet agent_sandbox kill_cutoff_in { type filter hook prerouting",
    );
    expect(calls[0]).toContain(
      'add rule inet agent_sandbox kill_cutoff_in iifname "virbr-test" drop',
    );
    expect(calls[0]).toContain(
      'add rule inet agent_sandbox kill_cutoff_out oifname "virbr-test" drop',
    );
    expect(calls[1]).toMatch(/\|link\|set\|dev\|virbr-test\|down\|$/);
    expect(calls[2]).toContain("delete chain inet agent_sandbox kill_cutoff_in");
    expect(calls[3]).toMatch(/\|link\|set\|dev\|virbr-test\|up\|$/);
  });

  it("reports a failed cut-off step with the tool's complaint", async () => {
    const steps = await host({ nft: join(dir, "missing-nft") }).cutOff();
    expect(steps[0]).toMatchObject({ ok: false });
    expect(steps[0]!.detail).toMatch(/ENOENT/);
  });

  it("reports the overlay's times, and none when it is missing", async () => {
    expect(await host().overlay()).toBeUndefined();
    writeFileSync(join(dir, "overlay.qcow2"), "");
    const overlay = await host().overlay();
    expect(overlay!.path).toBe(join(dir, "overlay.qcow2"));
    expect(Date.now() - overlay!.modified.getTime()).toBeLessThan(60_000);
  });
});
