import { SandboxConfig } from "../config";

/**
 * The lab's made-up world: a host, the VM, a LAN host behind the host and a fake internet
 * host routed through it. Every address here lives only inside the lab's own namespaces.
 */
export interface LabTopology {
  /** Network namespace names, all starting with the lab's prefix. */
  ns: { host: string; vm: string; lan: string; internet: string };
  /** The sandbox bridge and its addresses, exactly as the stack config sets them. */
  bridge: string;
  hostAddress: string;
  vmAddress: string;
  prefix: number;
  /** Host-side ends of the veths (the VM's end sits on the bridge). */
  links: { vmPort: string; lan: string; internet: string };
  /** The LAN: the host's address on it and a LAN server's. */
  lan: { hostAddress: string; server: string; prefix: number };
  /** The fake internet: the host's uplink address and the one server every name points at. */
  internet: { hostAddress: string; server: string; prefix: number };
  /** IPv6 addresses, for probes that must die at the bridge (IPv6 is off there). */
  v6: { vm: string; prefix: number; internetHost: string; internetServer: string };
  /** The VM's interface name inside its namespace (and inside the tiny guest). */
  vmInterface: string;
}

/** TCP ports that listen on every lab server (the host's decoys, the LAN's, the internet's). */
export const DECOY_TCP_PORTS = [22, 80, 443, 5432, 8443] as const;

/** A UDP port with an echo responder on every lab server, beside DNS on 53. */
export const DECOY_UDP_PORT = 9999;

/**
 * Names the lab's host resolves (through its own hosts file) to the fake internet server:
 * the allowed APIs and every trick name a probe asks the proxy for.
 */
export const LAB_NAMES = [
  "api.anthropic.com",
  "console.anthropic.com",
  "anthropic.com",
  "xanthropic.com",
  "api.anthropic.com.evil.test",
  "api.telegram.org",
  "telegram.org",
  "xapi.telegram.org",
  "evil.api.telegram.org",
  "evil.test",
] as const;

/**
 * The lab's topology for a stack config. `id` (a letter or two) keeps two labs running at once
 * apart: namespace names are `asb-lab<id>-<role>`.
 */
export function labTopology(config: SandboxConfig, id: string): LabTopology {
  if (!/^[a-z0-9]{1,3}$/.test(id)) throw new Error(`lab id must be 1-3 letters or digits: "${id}"`);
  const ns = (role: string): string => `asb-lab${id}-${role}`;
  return {
    ns: { host: ns("host"), vm: ns("vm"), lan: ns("lan"), internet: ns("net") },
    bridge: config.network.bridge,
    hostAddress: config.network.hostAddress,
    vmAddress: config.network.vmAddress,
    prefix: config.network.prefix,
    links: { vmPort: "asb-lab-vm", lan: "asb-lab-lan", internet: "asb-lab-net" },
    lan: { hostAddress: "192.168.77.1", server: "192.168.77.20", prefix: 24 },
    internet: { hostAddress: "203.0.113.1", server: "203.0.113.10", prefix: 24 },
    v6: {
      vm: "2001:db8:77::10",
      prefix: 64,
      internetHost: "2001:db8:203::1",
      internetServer: "2001:db8:203::10",
    },
    vmInterface: "eth0",
  };
}

/** The host namespace's hosts file: every lab name at the fake internet server. */
export function labHostsFile(topology: LabTopology): string {
  const lines = [
    "127.0.0.1 localhost",
    ...LAB_NAMES.map((name) => `${topology.internet.server} ${name}`),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The IPv6 link-local address Linux gives an interface with this MAC (EUI-64, the default
 * address generation mode): the host's bridge address a v6 probe aims at.
 */
export function linkLocalFromMac(mac: string): string {
  const bytes = mac.split(":").map((part) => parseInt(part, 16));
  if (bytes.length !== 6 || bytes.some((b) => Number.isNaN(b) || b < 0 || b > 255)) {
    throw new Error(`not a MAC address: "${mac}"`);
  }
  const eui = [bytes[0]! ^ 0x02, bytes[1]!, bytes[2]!, 0xff, 0xfe, bytes[3]!, bytes[4]!, bytes[5]!];
  const groups: string[] = [];
  for (let i = 0; i < 8; i += 2) groups.push(((eui[i]! << 8) | eui[i + 1]!).toString(16));
  return `fe80::${groups.join(":")}`;
}
