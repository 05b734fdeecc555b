import type { HostConnection } from "./config";
import type { Ipv4Network } from "./net";

// The shapes of single config values; config.ts applies them and names the key.

export const NAME = /^[a-z][a-z0-9-]{0,62}$/;
export const IFACE = /^[A-Za-z0-9_.-]{1,15}$/;
export const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
export const HEX128 = /^[0-9a-f]{128}$/;
export const LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
export const HOSTNAME = new RegExp(`^(\\*\\.)?(${LABEL}\\.)+[a-z][a-z0-9-]*[a-z0-9]$`);
export const USER = /^[a-z_][a-z0-9_-]{0,31}$/;

/**
 * Why an allowlist entry is refused, or undefined when it is a plain host name, optionally
 * with a leading `*.` (any subdomain).
 */
export function allowlistProblem(entry: string): string | undefined {
  if (entry.includes("://")) return "must be a bare host name, without a scheme";
  if (entry.includes("/")) return "must be a bare host name, without a path";
  if (entry.includes(":") || entry.startsWith("["))
    return "must not carry a port or be an IPv6 literal";
  if (/^[\d.]+$/.test(entry) || /^0x/i.test(entry)) return "must be a host name, not an IP literal";
  if (entry.slice(entry.startsWith("*.") ? 2 : 0).includes("*")) {
    return 'may hold a wildcard only as a leading "*."';
  }
  if (!HOSTNAME.test(entry)) return "is not a valid host name";
  return undefined;
}

export function parseLibvirtUri(
  uri: string,
  bad: (why: string) => void,
): HostConnection | undefined {
  if (uri === "") return undefined;
  if (uri === "qemu:///system") return { kind: "local" };
  const match = /^qemu\+ssh:\/\/(?:([a-z_][a-z0-9_-]*)@)?([A-Za-z0-9.-]+)(?::(\d+))?\/system$/.exec(
    uri,
  );
  if (!match) {
    bad(`must be qemu:///system or qemu+ssh://[user@]host[:port]/system, got "${uri}"`);
    return undefined;
  }
  const [, user, host, port] = match;
  return {
    kind: "ssh",
    hostKey: "",
    host: host!,
    ...(user !== undefined ? { user } : {}),
    ...(port !== undefined ? { port: Number(port) } : {}),
  };
}

export function contains(network: Ipv4Network, address: number): boolean {
  const size = 2 ** (32 - network.prefix);
  return address >= network.address && address < network.address + size;
}

/** Inside the network, not its network or broadcast address, and not the host's. */
export function isUsableHost(network: Ipv4Network, address: number): boolean {
  const last = network.address + 2 ** (32 - network.prefix) - 1;
  return address > network.address + 1 && address < last;
}

export function isCleanAbsolutePath(path: string): boolean {
  return /^\/[A-Za-z0-9._/-]*[A-Za-z0-9._-]$/.test(path) && !path.split("/").includes("..");
}

export function isCleanRelativePath(path: string): boolean {
  const parts = path.split("/");
  return (
    /^[A-Za-z0-9._/-]+$/.test(path) &&
    !path.startsWith("/") &&
    !path.endsWith("/") &&
    parts.every((part) => part !== "" && part !== "." && part !== "..")
  );
}
