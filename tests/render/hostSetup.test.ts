import { spawnSync } from "child_process";
import { HOST_PATHS, hostProfile } from "../../render/hostProfile";
import { firewallScripts, proxyScripts } from "../../render/hostSetup";
import { homeConfig } from "../fixtures/homeConfig";

const debian = hostProfile("debian");
const firewall = firewallScripts(homeConfig(), debian);
const proxy = proxyScripts(homeConfig(), debian);

/** Index of the first script line (not file content) starting with `text`, indented or not. */
function lineOf(script: string, text: string): number {
  const index = script.split("\n").findIndex((line) => line.trimStart().startsWith(text));
  if (index < 0) throw new Error(`script has no line with ${text}`);
  return index;
}

describe("firewallScripts", () => {
  it("installs the ruleset, the sysctls, the units and an executable network hook", () => {
    expect(firewall.files.map((file) => [file.path, file.mode])).toEqual([
      [HOST_PATHS.nftables, "0644"],
      [HOST_PATHS.sysctl, "0644"],
      ["/etc/systemd/system/agent-sandbox-firewall.service", "0644"],
      ["/etc/systemd/system/libvirtd.service.d/50-agent-sandbox-firewall.conf", "0644"],
      ["/etc/systemd/system/virtqemud.service.d/50-agent-sandbox-firewall.conf", "0644"],
      ["/etc/systemd/system/libvirt-guests.service.d/50-agent-sandbox-firewall.conf", "0644"],
      ["/etc/systemd/system/nftables.service.d/50-agent-sandbox.conf", "0644"],
      ["/etc/libvirt/hooks/network.d/agent-sandbox", "0755"],
    ]);
  });

  it("creates the proxy user before the ruleset that names it is checked or loaded", () => {
    const useradd = lineOf(firewall.create, "useradd --system");
    const check = lineOf(firewall.create, "/usr/sbin/nft -c -f /etc/agent-sandbox/nftables.nft");
    const load = lineOf(firewall.create, "/usr/sbin/nft -f /etc/agent-sandbox/nftables.nft");
    expect(useradd).toBeLessThan(check);
    expect(check).toBeLessThan(load);
    expect(firewall.create).toContain("--shell /usr/sbin/nologin");
  });

  it("removes every file it installed, the nftables.service drop-in included", () => {
    for (const file of firewall.files) expect(firewall.delete).toContain(`rm -f ${file.path}`);
  });

  it("uses the Arch paths on Arch", () => {
    const arch = firewallScripts(homeConfig({ hostFamily: "arch" }), hostProfile("arch"));
    expect(arch.create).toContain("/usr/bin/nft -f /etc/agent-sandbox/nftables.nft");
    expect(arch.create).toContain("--shell /usr/bin/nologin");
    expect(arch.delete).toContain("/usr/bin/nft delete table inet agent_sandbox");
  });

  it("prints the generation as its only stdout line, after everything else", () => {
    const lines = firewall.create.trimEnd().split("\n");
    expect(lines[4]).toBe("exec 3>&1 1>&2");
    expect(lines.filter((line) => line.includes(">&3"))).toEqual([
      "printf '%s\\n' \"$generation\" >&3",
    ]);
    expect(lines.at(-1)).toBe("printf '%s\\n' \"$generation\" >&3");
  });

  it("checks the generation before deleting anything", () => {
    const guard = lineOf(firewall.delete, "exit 0");
    expect(guard).toBeLessThan(lineOf(firewall.delete, "/usr/sbin/nft delete table"));
    expect(guard).toBeLessThan(lineOf(firewall.delete, "rm -f"));
  });

  it("never flushes the ruleset or deletes another table", () => {
    for (const script of [firewall.create, firewall.delete]) {
      expect(script).not.toMatch(/flush/);
      for (const match of script.matchAll(/delete table (\S+ \S+)/g)) {
        expect(match[1]).toBe("inet agent_sandbox");
      }
    }
  });

  it("leaves everything in place when handed another generation (run for real, as any user)", () => {
    const run = spawnSync(
      "bash",
      ["-c", firewall.delete, "agent-sandbox", "some-older-generation"],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("generation 'some-older-generation' is not the recorded");
    expect(run.stderr).toContain("leaving it");
  });
});

describe("proxyScripts", () => {
  it("installs config, filter, unit and the log's rotation", () => {
    expect(proxy.files.map((file) => file.path)).toEqual([
      HOST_PATHS.tinyproxyConfig,
      HOST_PATHS.tinyproxyFilter,
      "/etc/systemd/system/agent-sandbox-proxy.service",
      HOST_PATHS.logrotate,
    ]);
  });

  it("has tinyproxy validate the files before it restarts or reloads the proxy", () => {
    const validate = lineOf(proxy.create, "timeout 5 setpriv");
    expect(validate).toBeLessThan(lineOf(proxy.create, "systemctl restart"));
    expect(validate).toBeLessThan(lineOf(proxy.create, "kill -USR1"));
    expect(proxy.create).not.toMatch(/kill -(HUP|1)\b|-s HUP/);
  });

  it("prints only a generation on stdout and guards its delete by it", () => {
    expect(proxy.create.trimEnd().split("\n").at(-1)).toBe("printf '%s\\n' \"$generation\" >&3");
    expect(lineOf(proxy.delete, "exit 0")).toBeLessThan(
      lineOf(proxy.delete, "systemctl disable --now"),
    );
  });
});

describe("every script", () => {
  it.each([
    ["firewall create", firewall.create],
    ["firewall delete", firewall.delete],
    ["proxy create", proxy.create],
    ["proxy delete", proxy.delete],
  ])("%s is valid bash", (_name, script) => {
    const check = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
