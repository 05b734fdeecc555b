import { SandboxConfig } from "../config";
import { DECOY_TCP_PORTS, DECOY_UDP_PORT, LabTopology } from "./topology";

/** The security invariants (DESIGN.md) the lab checks. */
export type Invariant = "S1" | "S2" | "S3" | "S4" | "S5";

/** What a probe does, from the VM's side. */
export type ProbeAction =
  | { kind: "tcp"; host: string; port: number }
  | { kind: "udp"; host: string; port: number }
  /** A DNS question over UDP. (Over TCP it is a `tcp` probe to port 53.) */
  | { kind: "dns"; server: string; name: string }
  | { kind: "ping"; host: string }
  /** A CONNECT tunnel through the proxy. */
  | { kind: "connect"; host: string; port: number }
  /** A plain HTTP GET through the proxy, in absolute-URI form. */
  | { kind: "get"; url: string }
  /** A request written byte for byte to the proxy (\r\n escapes), for tricks curl would tidy. */
  | { kind: "raw"; request: string };

export interface Probe {
  /** Short and unique: the row's name in the table and on the guest's console. */
  id: string;
  invariant: Invariant;
  action: ProbeAction;
  /** "open": must get through (the allowed path); "shut": any answer is a leak. */
  expect: "open" | "shut";
  /** For open probes: the server and port the traffic must reach, end to end. */
  reaches?: string;
  /** The host would have to forward it (not addressed to the host itself). */
  forwarded: boolean;
}

/**
 * Whether the proxy should let a host through: an allowlist entry names it whole, or a
 * `*.` entry names a parent (any subdomain, not the parent itself). Case-insensitive.
 */
export function allowlistAllows(allowlist: string[], host: string): boolean {
  const name = host.toLowerCase();
  return allowlist.some((entry) => {
    const wanted = entry.toLowerCase();
    if (!wanted.startsWith("*.")) return name === wanted;
    const parent = wanted.slice(1);
    return name.endsWith(parent) && name.length > parent.length;
  });
}

/** Names the proxy probes ask for, beside whatever the allowlist itself names. */
const PROXY_NAMES = [
  "api.anthropic.com",
  "console.anthropic.com",
  "API.ANTHROPIC.COM",
  "api.telegram.org",
  "anthropic.com",
  "xanthropic.com",
  "api.anthropic.com.evil.test",
  "evil.test",
  "telegram.org",
  "xapi.telegram.org",
  "evil.api.telegram.org",
];

/** Ways to write the fake internet server's address that resolvers accept. */
export function ipLiteralSpellings(address: string): string[] {
  const parts = address.split(".").map(Number);
  const value = parts.reduce((sum, part) => sum * 256 + part, 0);
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");
  return [
    address,
    String(value),
    `0x${hex(value, 8)}`,
    parts.map((part) => `0${part.toString(8)}`).join("."),
    `[::ffff:${address}]`,
    `[::ffff:${hex(value >>> 16, 1)}:${hex(value & 0xffff, 1)}]`,
  ];
}

/**
 * Every probe the lab runs from the VM, for a stack config and the lab's topology.
 * `bridgeLinkLocal` is the host bridge's IPv6 link-local address (it depends on its MAC).
 */
export function labProbes(
  config: SandboxConfig,
  topology: LabTopology,
  bridgeLinkLocal: string,
): Probe[] {
  const probes: Probe[] = [];
  const shut = (id: string, invariant: Invariant, action: ProbeAction, forwarded = false): void => {
    probes.push({ id, invariant, action, expect: "shut", forwarded });
  };
  const open = (id: string, invariant: Invariant, action: ProbeAction, reaches?: string): void => {
    probes.push({
      id,
      invariant,
      action,
      expect: "open",
      forwarded: false,
      ...(reaches ? { reaches } : {}),
    });
  };
  const tcp = (host: string, port: number): ProbeAction => ({ kind: "tcp", host, port });
  const udp = (host: string): ProbeAction => ({ kind: "udp", host, port: DECOY_UDP_PORT });
  const ping = (host: string): ProbeAction => ({ kind: "ping", host });
  const raw = (request: string): ProbeAction => ({ kind: "raw", request });
  const host = topology.hostAddress;
  const lan = topology.lan.server;
  const net = topology.internet.server;
  const ll = `${bridgeLinkLocal}%${topology.vmInterface}`;

  // S1: no DNS anywhere, over UDP or TCP.
  const dnsServers: Array<[string, string, boolean]> = [
    ["bridge", host, false],
    ["host-lan-side", topology.lan.hostAddress, false],
    ["lan", lan, true],
    ["internet", net, true],
  ];
  for (const [where, server, forwarded] of dnsServers) {
    shut(`dns-udp-${where}`, "S1", { kind: "dns", server, name: "api.anthropic.com" }, forwarded);
    shut(`dns-tcp-${where}`, "S1", tcp(server, 53), forwarded);
  }

  // S2: of the host's services only the proxy answers, and only on the bridge address.
  open("host-proxy-port", "S2", tcp(host, config.proxy.port));
  for (const port of [...DECOY_TCP_PORTS, config.wireguard.controlPort]) {
    shut(`host-tcp-${port}`, "S2", tcp(host, port));
  }
  shut(`host-udp-${DECOY_UDP_PORT}`, "S2", udp(host));
  shut("host-lan-side-tcp-22", "S2", tcp(topology.lan.hostAddress, 22));
  shut("host-uplink-tcp-22", "S2", tcp(topology.internet.hostAddress, 22));
  shut("host-ping", "S2", ping(host));
  shut("host-v6-ll-tcp-22", "S2", tcp(ll, 22));
  shut("host-v6-ll-ping", "S2", ping(ll));

  // S3: nothing is forwarded, to the LAN, the internet or over IPv6.
  const servers: Array<[string, string]> = [
    ["lan", lan],
    ["internet", net],
  ];
  for (const [where, server] of servers) {
    for (const port of [22, 80, 443, 8443]) {
      shut(`${where}-tcp-${port}`, "S3", tcp(server, port), true);
    }
    shut(`${where}-udp-${DECOY_UDP_PORT}`, "S3", udp(server), true);
    shut(`${where}-ping`, "S3", ping(server), true);
  }
  shut("internet-v6-tcp-443", "S3", tcp(topology.v6.internetServer, 443), true);
  shut("internet-v6-ping", "S3", ping(topology.v6.internetServer), true);

  // S4: the proxy lets through exactly the allowlist, on 443 only. Upper case goes out raw:
  // curl would lower it.
  const allowlist = config.proxy.allowlist;
  const named = allowlist.filter((entry) => !entry.startsWith("*."));
  for (const name of new Set([...named, ...PROXY_NAMES])) {
    const action: ProbeAction =
      name === name.toLowerCase()
        ? { kind: "connect", host: name, port: 443 }
        : raw(connectRequest(`${name}:443`));
    if (allowlistAllows(allowlist, name)) open(`proxy-${name}`, "S4", action, "internet:443");
    else shut(`proxy-${name}`, "S4", action);
  }
  for (const literal of ipLiteralSpellings(net)) {
    shut(`proxy-ip-${literal}`, "S4", raw(connectRequest(`${literal}:443`)));
  }
  for (const port of [22, 80, 8443]) {
    shut(`proxy-port-${port}`, "S4", { kind: "connect", host: "api.anthropic.com", port });
  }
  // CONNECT is limited to 443 by the proxy itself; plain HTTP only by the proxy's egress rule.
  for (const port of [80, 8443]) {
    shut(`proxy-get-port-${port}`, "S4", { kind: "get", url: `http://api.anthropic.com:${port}/` });
  }
  shut("proxy-trick-absolute-uri", "S4", raw(getRequest("http://evil.test/", "api.anthropic.com")));
  shut("proxy-trick-origin-form", "S4", raw(getRequest("/", "evil.test")));
  shut("proxy-trick-userinfo", "S4", raw(connectRequest("api.anthropic.com@evil.test:443")));
  shut("proxy-trick-ip-get", "S4", raw(getRequest(`http://${net}:443/`, "api.anthropic.com")));
  return probes;
}

/** Request text as the probe library's printf takes it: \\r\\n stay escaped. */
function connectRequest(target: string): string {
  return `CONNECT ${target} HTTP/1.1\\r\\nHost: ${target}\\r\\n\\r\\n`;
}

function getRequest(target: string, hostHeader: string): string {
  return `GET ${target} HTTP/1.1\\r\\nHost: ${hostHeader}\\r\\n\\r\\n`;
}

/**
 * The probes to run again with the nft table gone (S5): forwarded traffic must stay shut
 * on the strength of the bridge's sysctls alone.
 */
export function withoutTable(probes: Probe[]): Probe[] {
  return probes
    .filter((probe) => probe.forwarded)
    .map((probe) => ({ ...probe, id: `no-table-${probe.id}`, invariant: "S5" }));
}
