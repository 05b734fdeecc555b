import { hostProfile } from "../../render/hostProfile";
import { renderNftables } from "../../render/nftables";
import { homeConfig } from "../fixtures/homeConfig";

const debian = hostProfile("debian");

/** The rules of one chain, without its braces. */
function chain(ruleset: string, name: string): string[] {
  const lines = ruleset.split("\n");
  const start = lines.indexOf(`  chain ${name} {`);
  if (start < 0) throw new Error(`no chain ${name}`);
  const end = lines.indexOf("  }", start);
  return lines.slice(start + 1, end).map((line) => line.trim());
}

describe("renderNftables", () => {
  const ruleset = renderNftables(homeConfig(), debian);

  it("renders the home stack's ruleset", () => {
    expect(ruleset).toMatchSnapshot();
  });

  it("replaces only its own table, in one transaction, and never flushes the ruleset", () => {
    const lines = ruleset.split("\n").filter((line) => /^(table|delete|flush)/.test(line));
    expect(lines).toEqual([
      "table inet agent_sandbox",
      "delete table inet agent_sandbox",
      "table inet agent_sandbox {",
    ]);
    expect(ruleset).not.toMatch(/flush/);
  });

  it("accepts from the bridge only DHCP and the VM's TCP to the proxy on the bridge address", () => {
    expect(chain(ruleset, "input")[1]).toBe('iifname "virbr-agent" jump from_sandbox');
    const accepts = chain(ruleset, "from_sandbox").filter((rule) => rule.includes("accept"));
    expect(accepts).toEqual([
      "udp sport 68 udp dport 67 ip daddr { 255.255.255.255, 10.77.0.1 } accept" +
        ' comment "DHCP from the VM; replies leave via output"',
      "ip saddr 10.77.0.10 ip daddr 10.77.0.1 tcp dport 8888 accept",
    ]);
  });

  it("limits how fast the VM may open connections to the proxy, before accepting them", () => {
    const rules = chain(ruleset, "from_sandbox");
    const limit = rules.findIndex((rule) => rule.includes("limit rate over"));
    expect(rules[limit]).toBe(
      "tcp dport 8888 tcp flags & (syn | ack) == syn limit rate over 20/second burst 40 packets counter drop",
    );
    expect(limit).toBeLessThan(rules.findIndex((rule) => rule.includes("tcp dport 8888 accept")));
    expect(chain(ruleset, "from_sandbox").at(-1)).toBe("counter drop");
  });

  it("drops IPv6 from the bridge before anything is accepted", () => {
    expect(chain(ruleset, "from_sandbox")[0]).toBe("meta nfproto ipv6 counter drop");
  });

  it("drops forwarding to and from the bridge only, leaving other forwarding alone", () => {
    const rules = chain(ruleset, "forward");
    expect(rules[0]).toMatch(/policy accept;$/);
    expect(rules.slice(1)).toEqual([
      'iifname "virbr-agent" counter drop',
      'oifname "virbr-agent" counter drop',
    ]);
  });

  it("confines the proxy user to HTTPS and DNS and keeps it off the sandbox network", () => {
    expect(chain(ruleset, "output")).toContain(
      'meta skuid "agent-sandbox-proxy" jump proxy_egress',
    );
    expect(chain(ruleset, "proxy_egress")).toEqual([
      "ct state established,related accept",
      'oifname "virbr-agent" counter drop',
      "ip daddr 10.77.0.0/24 counter drop",
      "tcp dport 443 accept",
      "meta l4proto { tcp, udp } th dport 53 accept",
      "# Reject rather than drop: the proxy answers 500 at once instead of hanging.",
      "counter reject",
    ]);
  });

  it("accepts the control port on the WireGuard interface only", () => {
    const rules = chain(ruleset, "input").filter((rule) => rule.includes("8080"));
    expect(rules).toEqual([
      'iifname "wg0" tcp dport 8080 accept',
      "ip daddr 10.99.0.1 tcp dport 8080 counter drop",
    ]);
  });

  it("hooks every base chain in before the filter priority of other firewalls", () => {
    const hooks = ruleset.split("\n").filter((line) => line.includes(" hook "));
    expect(hooks).toHaveLength(3);
    for (const hook of hooks) expect(hook).toContain("priority filter - 10; policy accept;");
  });

  it("follows the stack's bridge, addresses and ports", () => {
    const other = renderNftables(
      homeConfig({
        bridgeName: "br-sbx",
        networkCidr: "192.168.50.0/24",
        vmAddress: "192.168.50.7",
        proxyPort: "3128",
        wireguardInterface: "wg-ctl",
        controlPort: "9000",
      }),
      debian,
    );
    expect(other).not.toMatch(/virbr-agent|10\.77\.|8888|8080|"wg0"/);
    expect(other).toContain("ip saddr 192.168.50.7 ip daddr 192.168.50.1 tcp dport 3128 accept");
    expect(other).toContain('iifname "wg-ctl" tcp dport 9000 accept');
  });

  it("differs on Arch only in the path of nft", () => {
    const arch = renderNftables(homeConfig({ hostFamily: "arch" }), hostProfile("arch"));
    expect(arch.split("\n")[0]).toBe("#!/usr/bin/nft -f");
    expect(arch.split("\n").slice(1)).toEqual(ruleset.split("\n").slice(1));
  });
});
