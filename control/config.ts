import { readFileSync } from "node:fs";

/**
 * The control service's own config file, written by the install script from the stack config.
 * The token lives in a separate root-only file so this one can be read without revealing it.
 */
export interface ServiceConfig {
  /** The WireGuard address and port; the service never listens anywhere else. */
  listen: { address: string; port: number };
  /** The local libvirt, or a harness daemon's socket in tests. */
  libvirtUri: string;
  domain: string;
  bridge: string;
  /** The sandbox network: connections from it are closed on sight. */
  sandboxNetwork: string;
  tokenFile: string;
  pageFile: string;
  proxyLog: string;
  overlayPath: string;
  virsh: string;
  nft: string;
  ip: string;
  nftTable: { family: string; name: string };
  stopTimeoutMs: number;
}

const STRINGS = [
  "libvirtUri",
  "domain",
  "bridge",
  "sandboxNetwork",
  "tokenFile",
  "pageFile",
  "proxyLog",
  "overlayPath",
  "virsh",
  "nft",
  "ip",
] as const;

/** Reads and checks the config file; a problem names the file and the key. */
export function readServiceConfig(path: string): ServiceConfig {
  const raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of STRINGS) {
    if (typeof raw[key] !== "string" || raw[key] === "")
      problems.push(`${key} must be a non-empty string`);
  }
  const listen = raw.listen as { address?: unknown; port?: unknown } | undefined;
  if (typeof listen?.address !== "string" || !/^\d+\.\d+\.\d+\.\d+$/.test(listen.address)) {
    problems.push("listen.address must be an IPv4 address");
  }
  if (
    !Number.isInteger(listen?.port) ||
    (listen!.port as number) < 1 ||
    (listen!.port as number) > 65535
  ) {
    problems.push("listen.port must be a port number");
  }
  const table = raw.nftTable as { family?: unknown; name?: unknown } | undefined;
  if (typeof table?.family !== "string" || typeof table.name !== "string") {
    problems.push("nftTable must be { family, name }");
  }
  if (!Number.isInteger(raw.stopTimeoutMs) || (raw.stopTimeoutMs as number) <= 0) {
    problems.push("stopTimeoutMs must be a positive whole number");
  }
  if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
  return raw as unknown as ServiceConfig;
}
