import * as fs from "fs";
import * as path from "path";
import { HOST_PATHS, hostProfile } from "../../render/hostProfile";
import { firewallScripts, proxyScripts } from "../../render/hostSetup";
import { renderNftables } from "../../render/nftables";
import { NETWORK_HOOK_PATH } from "../../render/sysctl";
import { homeConfig } from "../fixtures/homeConfig";
import { sh, shStatus } from "../harness/sh";
import { PrivateHost, ScriptRun, reaches, startOkServer, startPrivateHost } from "./privateHost";

// The firewall Command's scripts, run as rendered on a private host (own network and mount
// namespaces), with a fake VM behind the sandbox bridge and a LAN host that also plays the
// WireGuard peer. Every packet stays inside these namespaces.
jest.setTimeout(60_000);

const config = homeConfig();
const profile = hostProfile("debian");
const scripts = firewallScripts(config, profile);
const { bridge, hostAddress, vmAddress } = config.network;
const PROXY_USER = "agent-sandbox-proxy";
const UUID_LINE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$/;
// The pid keeps two runs of this file (two checkouts, two CI jobs) apart.
const vm = `asb-fw-f-vm-${process.pid}`;
const lan = `asb-fw-f-lan-${process.pid}`;
const LAN_HOST = "192.168.77.2";
const HOST_ON_LAN = "192.168.77.1";

let host: PrivateHost;
const fromVm = `ip netns exec ${vm}`;
const fromLan = `ip netns exec ${lan}`;
const sysctl = (key: string): string => host.exec(`sysctl -n ${key}`).trim();
const bridgeForwarding = `net.ipv4.conf.${bridge}.forwarding`;
// Stateless (-s): counters differ between loads, rules must not.
const table = (): string => host.exec("nft -s list table inet agent_sandbox");
let firstCreate: ScriptRun;

beforeAll(async () => {
  host = await startPrivateHost(`asb-fw-f-host-${process.pid}`);
  const h = `ip netns exec ${host.netns}`;
  sh(`ip netns add ${vm} && ip netns add ${lan}`);
  sh(
    [
      `${h} ip link add ${bridge} type bridge`,
      `${h} ip addr add ${hostAddress}/24 dev ${bridge}`,
      `${h} ip link add vm-h type veth peer name eth0 netns ${vm}`,
      `${h} ip link set vm-h master ${bridge} up`,
      `${h} ip link set ${bridge} up`,
      `${fromVm} ip addr add ${vmAddress}/24 dev eth0`,
      `${fromVm} ip link set eth0 up && ${fromVm} ip link set lo up`,
      `${fromVm} ip route add default via ${hostAddress}`,
      `${h} ip link add lan-h type veth peer name eth0 netns ${lan}`,
      `${h} ip addr add ${HOST_ON_LAN}/24 dev lan-h && ${h} ip link set lan-h up`,
      `${h} ip link add wg0 type veth peer name wgp netns ${lan}`,
      `${h} ip addr add 10.99.0.1/24 dev wg0 && ${h} ip link set wg0 up`,
      `${fromLan} ip addr add ${LAN_HOST}/24 dev eth0 && ${fromLan} ip link set eth0 up`,
      `${fromLan} ip addr add 10.99.0.2/24 dev wgp && ${fromLan} ip link set wgp up`,
      `${fromLan} ip route add 10.77.0.0/24 via ${HOST_ON_LAN}`,
      // What libvirt does when it starts a network: every interface now forwards.
      `${h} sysctl -q -w net.ipv4.ip_forward=1`,
    ].join(" && "),
  );
  await startOkServer(host.netns, ["0.0.0.0:8888", "0.0.0.0:2222", "0.0.0.0:8080"]);
  await startOkServer(lan, ["0.0.0.0:80", "0.0.0.0:443"]);
  await startOkServer(vm, ["0.0.0.0:443"]);
  host.exec(`nft add table inet asb_fw_other && nft add chain inet asb_fw_other keep`);
});

afterAll(() => {
  for (const ns of [vm, lan]) shStatus(`ip netns pids ${ns} | xargs -r kill; ip netns del ${ns}`);
  host?.close();
});

describe("the firewall on a private host", () => {
  it("lets the VM reach the host and the LAN before the table is loaded (the probes work)", () => {
    expect(reaches(fromVm, hostAddress, 2222)).toBe(true);
    expect(reaches(fromVm, LAN_HOST, 80)).toBe(true);
  });

  it("has nft accept the rendered ruleset of both host families", () => {
    host.exec(`useradd --system -M -d /nonexistent -s /usr/sbin/nologin -U ${PROXY_USER}`);
    for (const family of ["debian", "arch"] as const) {
      const file = path.join(host.root, `${family}.nft`);
      fs.writeFileSync(
        file,
        renderNftables(homeConfig({ hostFamily: family }), hostProfile(family)),
      );
      host.exec(`nft -c -f ${file}`);
    }
  });

  it("has systemd-analyze verify the rendered units of this (Debian) machine", () => {
    const units = [...scripts.files, ...proxyScripts(config, profile).files]
      .filter((file) => /\.service$/.test(file.path))
      .map((file) => {
        const copy = path.join(host.root, path.basename(file.path));
        fs.writeFileSync(copy, file.content);
        return copy;
      });
    expect(units).toHaveLength(2);
    const verify = shStatus(`systemd-analyze verify --man=no ${units.join(" ")} 2>&1`);
    expect(verify).toEqual({ code: 0, out: "" });
  });

  it("loads the ruleset twice without duplicating a rule", () => {
    const file = path.join(host.root, "debian.nft");
    host.exec(`nft -f ${file}`);
    const once = table();
    host.exec(`nft -f ${file}`);
    expect(table()).toBe(once);
    expect(once.match(/ drop$/gm)?.length).toBeGreaterThan(3);
    host.exec("nft delete table inet agent_sandbox");
  });

  it("creates as rendered: table loaded, files installed, bridge sysctls applied, one stdout line", () => {
    expect(sysctl(bridgeForwarding)).toBe("1");
    firstCreate = host.runScript(scripts.create, "");
    expect(firstCreate.stderr).toContain("systemd is not running");
    expect(firstCreate.code).toBe(0);
    expect(firstCreate.stdout).toMatch(UUID_LINE);
    expect(host.exec(`cat ${HOST_PATHS.stateDir}/firewall.generation`)).toBe(firstCreate.stdout);
    for (const file of scripts.files) expect(host.exec(`cat ${file.path}`)).toBe(file.content);
    expect(host.exec(`stat -c %a ${NETWORK_HOOK_PATH}`).trim()).toBe("755");
    expect(table()).toContain(`iifname "${bridge}" jump from_sandbox`);
    expect(sysctl(bridgeForwarding)).toBe("0");
    expect(sysctl(`net.ipv6.conf.${bridge}.disable_ipv6`)).toBe("1");
  });

  it("lets the VM reach only the proxy port on the bridge address", () => {
    expect(reaches(fromVm, hostAddress, 8888)).toBe(true);
    expect(reaches(fromVm, hostAddress, 2222)).toBe(false);
    expect(reaches(fromVm, hostAddress, 8080)).toBe(false);
    expect(reaches(fromVm, HOST_ON_LAN, 8888)).toBe(false);
  });

  it("forwards nothing from the VM, even when libvirt turned forwarding back on", () => {
    host.exec(`sysctl -q -w ${bridgeForwarding}=1`);
    expect(reaches(fromVm, LAN_HOST, 80)).toBe(false);
    expect(reaches(fromVm, LAN_HOST, 443)).toBe(false);
    expect(reaches(fromLan, vmAddress, 443)).toBe(false);
  });

  it("gives the VM a DHCP lease through the input chain", () => {
    const leases = path.join(host.root, "leases");
    const dnsmasq =
      `dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --bind-interfaces` +
      ` --interface=${bridge} --dhcp-range=${vmAddress},${vmAddress},255.255.255.0` +
      ` --dhcp-leasefile=${leases} --pid-file=${host.root}/dnsmasq.pid`;
    sh(`ip netns exec ${host.netns} ${dnsmasq} > ${host.root}/dnsmasq.log 2>&1 &`);
    try {
      const lease = shStatus(
        `${fromVm} busybox udhcpc -i eth0 -n -q -f -t 5 -T 1 -s /bin/true 2>&1`,
      );
      expect(lease.out).toMatch(new RegExp(`lease of ${vmAddress.replace(/\./g, "\\.")} obtained`));
    } finally {
      shStatus(`kill $(cat ${host.root}/dnsmasq.pid)`);
    }
  });

  it("confines the proxy user to HTTPS and DNS off the sandbox network, and not root", () => {
    const asProxy = { asUser: PROXY_USER };
    expect(reaches(host.enter, LAN_HOST, 443, asProxy)).toBe(true);
    expect(reaches(host.enter, LAN_HOST, 80, asProxy)).toBe(false);
    expect(reaches(host.enter, vmAddress, 443, asProxy)).toBe(false);
    expect(reaches(host.enter, LAN_HOST, 80)).toBe(true);
  });

  it("answers on the control port over WireGuard only", () => {
    expect(reaches(fromLan, "10.99.0.1", 8080)).toBe(true);
    // The same address reached over the LAN link instead of the tunnel: refused.
    sh(`${fromLan} ip route add 10.99.0.1/32 via ${HOST_ON_LAN} dev eth0`);
    try {
      expect(reaches(fromLan, "10.99.0.1", 8080)).toBe(false);
    } finally {
      sh(`${fromLan} ip route del 10.99.0.1/32`);
    }
  });

  it("leaves the same port on the host's other addresses to other services", () => {
    expect(reaches(fromLan, HOST_ON_LAN, 8080)).toBe(true);
  });

  it("has the network hook undo libvirt's forwarding reset for our network only", () => {
    // Linux resets every interface's forwarding when ip_forward goes 0 -> 1, not on 1 -> 1.
    host.exec(`sysctl -q -w ${bridgeForwarding}=0 net.ipv4.ip_forward=1`);
    expect(sysctl(bridgeForwarding)).toBe("0");
    host.exec("sysctl -q -w net.ipv4.ip_forward=0 && sysctl -q -w net.ipv4.ip_forward=1");
    expect(sysctl(bridgeForwarding)).toBe("1");
    host.exec(`${NETWORK_HOOK_PATH} default started begin - < /dev/null`);
    expect(sysctl(bridgeForwarding)).toBe("1");
    host.exec(`${NETWORK_HOOK_PATH} ${config.network.name} started begin - < /dev/null`);
    expect(sysctl(bridgeForwarding)).toBe("0");
    host.exec(`sysctl -q -w ${bridgeForwarding}=1`);
    host.exec(`${NETWORK_HOOK_PATH} ${config.network.name} port-created begin - < /dev/null`);
    expect(sysctl(bridgeForwarding)).toBe("0");
  });

  it("replaces on a second create; the first delete then leaves the new table in place", () => {
    const rules = table();
    const second = host.runScript(scripts.create, "");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(UUID_LINE);
    expect(second.stdout).not.toBe(firstCreate.stdout);
    expect(table()).toBe(rules);

    const oldDelete = host.runScript(scripts.delete, firstCreate.stdout);
    expect(oldDelete.code).toBe(0);
    expect(oldDelete.stderr).toContain("firewall (table inet agent_sandbox): generation");
    expect(oldDelete.stderr).toContain("a newer create owns it, leaving it");
    expect(table()).toBe(rules);
    expect(host.exec(`cat ${HOST_PATHS.nftables}`)).toBe(scripts.files[0]!.content);

    const newDelete = host.runScript(scripts.delete, second.stdout);
    expect(newDelete.code).toBe(0);
    expect(host.status("nft list table inet agent_sandbox").code).not.toBe(0);
    expect(host.exec("nft list tables")).toContain("table inet asb_fw_other");
    for (const file of scripts.files) expect(host.status(`test -e ${file.path}`).code).toBe(1);
    expect(host.status(`test -e ${HOST_PATHS.stateDir}/firewall.generation`).code).toBe(1);
  });
});
