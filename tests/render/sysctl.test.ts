import { hostProfile } from "../../render/hostProfile";
import { applySysctlCommand, renderNetworkHook, renderSysctl } from "../../render/sysctl";
import { homeConfig } from "../fixtures/homeConfig";

describe("renderSysctl", () => {
  it("renders the home stack's bridge settings", () => {
    expect(renderSysctl(homeConfig())).toMatchSnapshot();
  });

  it("turns forwarding and IPv6 off on the bridge", () => {
    const text = renderSysctl(homeConfig());
    expect(text).toContain("-net.ipv4.conf.virbr-agent.forwarding = 0\n");
    expect(text).toContain("-net.ipv6.conf.virbr-agent.disable_ipv6 = 1\n");
  });

  it("uses the slash form for a bridge whose name holds a dot", () => {
    const text = renderSysctl(homeConfig({ bridgeName: "br.agent" }));
    expect(text).toContain("-net/ipv4/conf/br.agent/forwarding = 0\n");
    expect(text).not.toContain("net.ipv4");
  });

  it("marks every key optional, because the bridge does not exist at boot", () => {
    const keys = renderSysctl(homeConfig())
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^-net[./]/);
  });
});

describe("applySysctlCommand", () => {
  it("applies the file only when the bridge exists, with the family's sysctl", () => {
    expect(applySysctlCommand(homeConfig(), hostProfile("arch"))).toBe(
      "if [ -e /sys/class/net/virbr-agent ]; then" +
        " /usr/bin/sysctl -q -p /etc/sysctl.d/60-agent-sandbox.conf; fi",
    );
  });
});

describe("renderNetworkHook", () => {
  const hook = renderNetworkHook(homeConfig(), hostProfile("debian"));

  it("renders the home stack's libvirt network hook", () => {
    expect(hook).toMatchSnapshot();
  });

  it("acts on the sandbox network's started and port-created phases only", () => {
    expect(hook).toContain('[ "$1" = "agent-sandbox" ] || exit 0');
    expect(hook).toMatch(
      /\n {2}started \| port-created\) if \[ -e \/sys\/class\/net\/virbr-agent \]/,
    );
    expect(hook).not.toContain("@");
  });
});
