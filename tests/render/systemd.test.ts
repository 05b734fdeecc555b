import { HOST_PATHS, UNITS, hostProfile } from "../../render/hostProfile";
import {
  firewallUnitFiles,
  renderFirewallUnit,
  renderLibvirtDropIn,
  renderProxyUnit,
} from "../../render/systemd";
import { homeConfig } from "../fixtures/homeConfig";

const debian = hostProfile("debian");
const arch = hostProfile("arch");

function values(unit: string, key: string): string[] {
  return unit
    .split("\n")
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe("renderFirewallUnit", () => {
  const unit = renderFirewallUnit(homeConfig(), debian);

  it("renders the home stack's firewall unit", () => {
    expect(unit).toMatchSnapshot();
  });

  it("runs before the network and every libvirt unit, outside the default dependencies", () => {
    expect(values(unit, "DefaultDependencies")).toEqual(["no"]);
    const before = (values(unit, "Before")[0] ?? "").split(" ");
    expect(before).toEqual(expect.arrayContaining(["network-pre.target", ...UNITS.libvirt]));
  });

  it("loads the ruleset once and stays active without an ExecStop", () => {
    expect(values(unit, "Type")).toEqual(["oneshot"]);
    expect(values(unit, "RemainAfterExit")).toEqual(["yes"]);
    expect(values(unit, "ExecStart")).toEqual([`/usr/sbin/nft -f ${HOST_PATHS.nftables}`]);
    expect(values(unit, "ExecStop")).toEqual([]);
  });

  it("uses Arch's paths on Arch", () => {
    const archUnit = renderFirewallUnit(homeConfig({ hostFamily: "arch" }), arch);
    expect(values(archUnit, "ExecStart")).toEqual([`/usr/bin/nft -f ${HOST_PATHS.nftables}`]);
    expect(archUnit).toContain("/usr/bin/sysctl -q -p");
    expect(archUnit).not.toContain("/usr/sbin/");
  });
});

describe("firewallUnitFiles", () => {
  it("ties every libvirt unit to the firewall with Requires and After", () => {
    const files = firewallUnitFiles(homeConfig(), debian);
    const dropIns = files.filter((file) => file.path.endsWith("/50-agent-sandbox-firewall.conf"));
    expect(dropIns.map((file) => file.path)).toEqual(
      UNITS.libvirt.map((name) => `/etc/systemd/system/${name}.d/50-agent-sandbox-firewall.conf`),
    );
    for (const file of dropIns) {
      expect(values(file.content, "Requires")).toEqual([UNITS.firewall]);
      expect(values(file.content, "After")).toEqual([UNITS.firewall]);
    }
    expect(renderLibvirtDropIn()).toMatchSnapshot();
  });
});

describe("renderProxyUnit", () => {
  const unit = renderProxyUnit(homeConfig(), debian);

  it("renders the home stack's proxy unit", () => {
    expect(unit).toMatchSnapshot();
  });

  it("runs tinyproxy in the foreground as the proxy user and reloads it with SIGUSR1", () => {
    expect(values(unit, "User")).toEqual(["agent-sandbox-proxy"]);
    expect(values(unit, "ExecStart")).toEqual([
      `/usr/bin/tinyproxy -d -c ${HOST_PATHS.tinyproxyConfig}`,
    ]);
    expect(values(unit, "ExecReload")).toEqual(["/bin/kill -USR1 $MAINPID"]);
    expect(unit).not.toMatch(/HUP/);
  });

  it("requires the firewall that confines the proxy user", () => {
    expect(values(unit, "Requires")).toEqual([UNITS.firewall]);
    expect((values(unit, "After")[0] ?? "").split(" ")).toContain(UNITS.firewall);
  });

  it("owns the run and log directories that hold its pid file and log", () => {
    expect(`/run/${values(unit, "RuntimeDirectory")[0]}`).toBe(HOST_PATHS.runDir);
    expect(`/var/log/${values(unit, "LogsDirectory")[0]}`).toBe(HOST_PATHS.logDir);
  });

  it("grants no capability unless the proxy port is privileged", () => {
    expect(values(unit, "CapabilityBoundingSet")).toEqual([""]);
    expect(values(unit, "AmbientCapabilities")).toEqual([]);
    const low = renderProxyUnit(homeConfig({ proxyPort: "80" }), debian);
    expect(values(low, "AmbientCapabilities")).toEqual(["CAP_NET_BIND_SERVICE"]);
  });
});

describe("renderNftablesDropIn", () => {
  it("loads our table again after every start or reload of the distribution's nftables.service", () => {
    const dropIn = firewallUnitFiles(homeConfig(), debian).find(
      (file) => file.path === "/etc/systemd/system/nftables.service.d/50-agent-sandbox.conf",
    )!;
    expect(dropIn.content).toContain(
      "ExecStartPost=-/usr/sbin/nft -f /etc/agent-sandbox/nftables.nft",
    );
    expect(dropIn.content).toContain(
      "ExecReload=-/usr/sbin/nft -f /etc/agent-sandbox/nftables.nft",
    );
  });

  it("orders the firewall unit after nftables.service without tying their lifecycles", () => {
    const unit = renderFirewallUnit(homeConfig(), debian);
    expect(unit).toMatch(/^After=nftables\.service$/m);
    expect(unit).not.toMatch(/PartOf|BindsTo|Requires/);
  });
});
