import { readFileSync } from "fs";
import { join } from "path";
import { SandboxConfig } from "../config";
import { HOST_PATHS, HostProfile } from "./hostProfile";

/**
 * Per-interface settings of the sandbox bridge that keep egress shut even with no nft table
 * (S5). IPv4 forwarding is decided by the interface a packet arrives on, so forwarding off on
 * the bridge stops everything from the VM; rp_filter drops packets the VM sends from an
 * address that does not route back through the bridge; arp_ignore keeps the host from
 * answering ARP on the bridge for its other (LAN, WireGuard) addresses, which would tell the
 * VM they exist; IPv6 is off altogether.
 */
function bridgeSettings(bridge: string): [string, string][] {
  return [
    [key("net", "ipv4", "conf", bridge, "forwarding"), "0"],
    [key("net", "ipv4", "conf", bridge, "rp_filter"), "1"],
    [key("net", "ipv4", "conf", bridge, "send_redirects"), "0"],
    [key("net", "ipv4", "conf", bridge, "arp_ignore"), "1"],
    [key("net", "ipv6", "conf", bridge, "disable_ipv6"), "1"],
    [key("net", "ipv6", "conf", bridge, "accept_ra"), "0"],
  ];
}

/** sysctl keys use dots, so a name holding a dot (`br.0`) needs the slash form throughout. */
function key(...parts: string[]): string {
  return parts.some((part) => part.includes(".")) ? parts.join("/") : parts.join(".");
}

/**
 * The sysctl.d file (HOST_PATHS.sysctl) with the bridge's fail-closed settings. Each key starts
 * with `-` because the bridge exists only once libvirt starts the network: systemd-sysctl then
 * skips it quietly at boot, and systemd's udev rule applies the file's per-interface keys when
 * the bridge appears. procps `sysctl -p` accepts the prefix too, and is run only once the bridge
 * exists (see `applySysctlCommand`).
 */
export function renderSysctl(config: SandboxConfig): string {
  const lines = bridgeSettings(config.network.bridge).map(([name, value]) => `-${name} = ${value}`);
  return [
    "# agent-sandbox: fail-closed settings of the sandbox bridge. Rendered by the program.",
    ...lines,
    "",
  ].join("\n");
}

/**
 * A shell command that applies the sysctl file when the bridge exists and does nothing
 * otherwise. It is run by the firewall script, the firewall unit and the libvirt network hook.
 */
export function applySysctlCommand(config: SandboxConfig, profile: HostProfile): string {
  const bridge = config.network.bridge;
  return `if [ -e /sys/class/net/${bridge} ]; then ${profile.sysctl} -q -p ${HOST_PATHS.sysctl}; fi`;
}

/** The libvirt network hook; libvirt >= 6.5 runs every executable in `network.d`. */
export const NETWORK_HOOK_PATH = `${HOST_PATHS.libvirtHooksDir}/network.d/agent-sandbox`;

/**
 * The libvirt network hook that re-applies the bridge's sysctls for our network whenever libvirt
 * may have reset them (see files/libvirt-network-hook.sh for why).
 */
export function renderNetworkHook(config: SandboxConfig, profile: HostProfile): string {
  return readFileSync(join(__dirname, "..", "files", "libvirt-network-hook.sh"), "utf8")
    .replace("@NETWORK@", config.network.name)
    .replace("@APPLY_SYSCTL@", applySysctlCommand(config, profile));
}
