import { SandboxConfig } from "../config";
import { HostProfile, NFT_TABLE, PROXY_USER } from "./hostProfile";

/** `inet agent_sandbox`: the only table the program ever creates, replaces or deletes. */
export const NFT_TABLE_SPEC = `${NFT_TABLE.family} ${NFT_TABLE.name}`;

/**
 * Our base chains hook in at `filter - 10`, before iptables-nft, Docker and libvirt (0) and
 * firewalld (+10). A drop in any base chain is final while an accept only ends that chain, so
 * the order cannot let anything of the bridge through; it makes our drops happen first, before
 * another chain can queue the packet to userspace or count it, and keeps the host's other
 * forwarding (Docker, other bridges) untouched because every drop names our bridge.
 */
const PRIORITY = "filter - 10";

/** New connections per second the VM may open to the proxy, with a burst for start-up. */
const PROXY_NEW_CONNECTIONS = "20/second burst 40 packets";

/**
 * The host firewall as one nft file. Loading it with `nft -f` is one atomic transaction: the
 * leading `table` line makes sure the table exists so that `delete table` cannot fail on the
 * first load, and the definition that follows replaces the old one as a whole (nft 1.0.6 has no
 * `destroy table`). It never flushes the ruleset, so other tables survive.
 *
 * `meta skuid` names the proxy user, which nft resolves when the file is loaded: the user must
 * exist first (the firewall script creates it).
 */
export function renderNftables(config: SandboxConfig, profile: HostProfile): string {
  const { bridge, cidr, hostAddress, vmAddress } = config.network;
  const wg = config.wireguard;
  const bridgeName = quote(bridge);
  return [
    `#!${profile.nft} -f`,
    "# agent-sandbox host firewall. Rendered by the program: edits are overwritten.",
    `table ${NFT_TABLE_SPEC}`,
    `delete table ${NFT_TABLE_SPEC}`,
    "",
    `table ${NFT_TABLE_SPEC} {`,
    "  chain input {",
    `    type filter hook input priority ${PRIORITY}; policy accept;`,
    `    iifname ${bridgeName} jump from_sandbox`,
    "    # The control service binds to the WireGuard address, but Linux accepts a packet for any",
    "    # local address on any interface: only the WireGuard interface may reach it. The same",
    "    # port on the host's other addresses belongs to whatever else runs there.",
    `    iifname ${quote(wg.interface)} tcp dport ${wg.controlPort} accept`,
    `    ip daddr ${wg.address} tcp dport ${wg.controlPort} counter drop`,
    "  }",
    "",
    "  # Everything the host accepts from the VM's bridge; the rest is dropped, IPv6 and ICMP",
    "  # included. No conntrack shortcut: the host opens no connections to the VM.",
    "  chain from_sandbox {",
    "    meta nfproto ipv6 counter drop",
    // DHCP goes to the broadcast address or the bridge address; a datagram to the host's LAN
    // or WireGuard address on port 67 would reach whatever listens there.
    `    udp sport 68 udp dport 67 ip daddr { 255.255.255.255, ${hostAddress} } accept` +
      ' comment "DHCP from the VM; replies leave via output"',
    // Every refusal is a log line on the host's disk: a VM opening connections as fast as it
    // can would fill it. Claude Code keeps a few connections open; this leaves it room.
    `    tcp dport ${config.proxy.port} tcp flags & (syn | ack) == syn` +
      ` limit rate over ${PROXY_NEW_CONNECTIONS} counter drop`,
    `    ip saddr ${vmAddress} ip daddr ${hostAddress} tcp dport ${config.proxy.port} accept`,
    "    counter drop",
    "  }",
    "",
    "  chain forward {",
    `    type filter hook forward priority ${PRIORITY}; policy accept;`,
    `    iifname ${bridgeName} counter drop`,
    `    oifname ${bridgeName} counter drop`,
    "  }",
    "",
    "  chain output {",
    `    type filter hook output priority ${PRIORITY}; policy accept;`,
    `    oifname ${bridgeName} meta nfproto ipv6 counter drop`,
    `    meta skuid ${quote(PROXY_USER)} jump proxy_egress`,
    "  }",
    "",
    "  # tinyproxy's ConnectPort limits CONNECT only: plain HTTP to an allowed name could reach",
    "  # any port. The proxy user may open HTTPS and DNS, and only answer on the bridge.",
    "  chain proxy_egress {",
    "    ct state established,related accept",
    `    oifname ${bridgeName} counter drop`,
    `    ip daddr ${cidr} counter drop`,
    "    tcp dport 443 accept",
    "    meta l4proto { tcp, udp } th dport 53 accept",
    "    # Reject rather than drop: the proxy answers 500 at once instead of hanging.",
    "    counter reject",
    "  }",
    "}",
    "",
  ].join("\n");
}

function quote(name: string): string {
  return `"${name}"`;
}
