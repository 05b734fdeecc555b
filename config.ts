import * as pulumi from "@pulumi/pulumi";
import {
  HEX128,
  IFACE,
  MAC,
  NAME,
  USER,
  allowlistProblem,
  contains,
  isCleanAbsolutePath,
  isCleanRelativePath,
  isUsableHost,
  parseLibvirtUri,
} from "./configRules";
import { Ipv4Network, parseIpv4, parseIpv4Network, formatIpv4, isPrivateIpv4Network } from "./net";

export { allowlistProblem } from "./configRules";

/** Distribution family of the host; decides binary paths, users and unit names. */
export type HostFamily = "debian" | "arch";

/** Where host-side steps run: on this machine, or over SSH on the libvirt host. */
export type HostConnection =
  { kind: "local" } | { kind: "ssh"; host: string; user?: string; port?: number; hostKey: string };

/** The whole stack configuration, validated. The only shape the components see. */
export interface SandboxConfig {
  libvirtUri: string;
  host: HostConnection;
  hostFamily: HostFamily;
  vmName: string;
  image: { url: string; sha512?: string; sha512SumsUrl?: string; fileName: string };
  vcpus: number;
  memoryMiB: number;
  rootDiskGiB: number;
  dataDiskGiB: number;
  poolName: string;
  poolPath: string;
  network: {
    name: string;
    bridge: string;
    cidr: string;
    prefix: number;
    /** The host's address on the bridge: the network's first address. */
    hostAddress: string;
    vmAddress: string;
    vmMac: string;
  };
  proxy: { port: number; allowlist: string[] };
  wireguard: { interface: string; address: string; controlPort: number };
  dataResetPaths: string[];
  overlayResetToken: string;
  agent: { user: string; command: string; installSteps: string[] };
}

/** Raw values as Pulumi config hands them over: strings, arrays as parsed JSON. */
export type RawConfig = Record<string, unknown>;

/** Every key the program reads. Pulumi.yaml declares the same set (a test keeps them equal). */
export const CONFIG_KEYS = [
  "libvirtUri",
  "sshHostKey",
  "hostFamily",
  "vmName",
  "imageUrl",
  "imageSha512",
  "imageSha512SumsUrl",
  "vcpus",
  "memoryMiB",
  "rootDiskGiB",
  "dataDiskGiB",
  "poolPath",
  "bridgeName",
  "networkCidr",
  "vmAddress",
  "vmMac",
  "proxyPort",
  "allowlist",
  "wireguardInterface",
  "wireguardAddress",
  "controlPort",
  "dataResetPaths",
  "overlayResetToken",
  "agentUser",
  "agentCommand",
  "agentInstallSteps",
] as const;

export type ConfigKey = (typeof CONFIG_KEYS)[number];

const ARRAY_KEYS: ReadonlySet<ConfigKey> = new Set([
  "allowlist",
  "dataResetPaths",
  "agentInstallSteps",
]);

/**
 * Raised with every problem found, each line naming its key as `agent-sandbox:<key>`. A
 * RunError, so `pulumi preview` prints the message alone, without a stack trace.
 */
export class ConfigError extends pulumi.RunError {
  constructor(readonly problems: string[]) {
    super(`invalid stack config:\n  ${problems.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

/** Reads the stack's config through Pulumi and validates it. */
export function loadConfig(): SandboxConfig {
  const config = new pulumi.Config();
  const raw: RawConfig = {};
  for (const key of CONFIG_KEYS) {
    raw[key] = ARRAY_KEYS.has(key) ? config.getObject<unknown>(key) : config.get(key);
  }
  return parseConfig(raw);
}

/**
 * Validates raw config into a SandboxConfig. Collects every problem before failing, so one
 * `pulumi preview` shows them all; nothing is created until the whole config is good.
 */
export function parseConfig(raw: RawConfig): SandboxConfig {
  const problems: string[] = [];
  const bad = (key: ConfigKey, why: string): void => {
    problems.push(`agent-sandbox:${key} ${why}`);
  };

  const str = (key: ConfigKey, required = true): string => {
    const value = raw[key];
    if (value === undefined || value === null || value === "") {
      if (required) bad(key, "is required");
      return "";
    }
    if (typeof value !== "string") {
      bad(key, `must be a string, got ${JSON.stringify(value)}`);
      return "";
    }
    return value;
  };
  const int = (key: ConfigKey, min: number, max: number): number => {
    const text = str(key);
    if (text === "") return 0;
    if (!/^\d+$/.test(text)) {
      bad(key, `must be a whole number, got "${text}"`);
      return 0;
    }
    const value = Number(text);
    if (value < min || value > max) bad(key, `must be between ${min} and ${max}, got ${value}`);
    return value;
  };
  const list = (key: ConfigKey): string[] => {
    const value = raw[key];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      bad(key, "must be a list of strings");
      return [];
    }
    return value as string[];
  };
  const https = (key: ConfigKey, text: string): void => {
    if (text === "") return;
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      bad(key, `is not a URL: "${text}"`);
      return;
    }
    if (url.protocol !== "https:") bad(key, `must be an https URL, got "${text}"`);
    else if (url.username || url.password) bad(key, "must not carry credentials");
  };

  const libvirtUri = str("libvirtUri");
  const sshHostKey = str("sshHostKey", false).trim();
  const host = parseLibvirtUri(libvirtUri, (why) => bad("libvirtUri", why));
  if (host?.kind === "ssh") {
    // Host-side steps run as root over this connection: never trust an unverified host key.
    if (!/^(ssh-ed25519|ecdsa-sha2-nistp\d+|ssh-rsa) [A-Za-z0-9+/]+={0,2}$/.test(sshHostKey)) {
      bad(
        "sshHostKey",
        'must be the host\'s public key (e.g. "ssh-ed25519 AAAA...") for an SSH libvirtUri',
      );
    } else host.hostKey = sshHostKey;
  }

  const hostFamily = str("hostFamily");
  if (hostFamily !== "" && hostFamily !== "debian" && hostFamily !== "arch") {
    bad("hostFamily", `must be "debian" or "arch", got "${hostFamily}"`);
  }

  const vmName = str("vmName");
  if (vmName !== "" && !NAME.test(vmName)) {
    bad(
      "vmName",
      `must be lower-case letters, digits and dashes, starting with a letter: "${vmName}"`,
    );
  }

  const imageUrl = str("imageUrl");
  https("imageUrl", imageUrl);
  const imageFile = imageUrl.split("/").pop() ?? "";
  if (imageUrl !== "" && !/\.(qcow2|img)$/.test(imageFile)) {
    bad("imageUrl", `must name a .qcow2 or .img file, got "${imageFile}"`);
  }
  if (/\/(latest|daily)\//.test(imageUrl)) {
    bad(
      "imageUrl",
      "must name a dated release, not latest or daily: the base must not change under the stack",
    );
  }
  const sha512 = str("imageSha512", false).toLowerCase();
  const sha512SumsUrl = str("imageSha512SumsUrl", false);
  if (sha512 !== "" && !HEX128.test(sha512)) {
    bad("imageSha512", `must be 128 hex digits (a SHA-512), got ${sha512.length} characters`);
  }
  https("imageSha512SumsUrl", sha512SumsUrl);
  if (sha512 === "" && sha512SumsUrl === "") {
    bad(
      "imageSha512",
      "or agent-sandbox:imageSha512SumsUrl is required: the base image must be verified",
    );
  }

  const vcpus = int("vcpus", 1, 64);
  const memoryMiB = int("memoryMiB", 512, 1048576);
  const rootDiskGiB = int("rootDiskGiB", 4, 4096);
  const dataDiskGiB = int("dataDiskGiB", 1, 65536);

  const poolPath = str("poolPath");
  if (poolPath !== "" && !isCleanAbsolutePath(poolPath)) {
    bad(
      "poolPath",
      `must be an absolute path without "..", spaces or a trailing slash: "${poolPath}"`,
    );
  }

  const bridge = str("bridgeName");
  if (bridge !== "" && !IFACE.test(bridge)) {
    bad(
      "bridgeName",
      `must be 1-15 letters, digits, "-", "_" or ".", got "${bridge}" (${bridge.length})`,
    );
  }

  const cidr = str("networkCidr");
  let network: Ipv4Network | undefined;
  if (cidr !== "") {
    network = parseIpv4Network(cidr);
    if (!network) {
      bad("networkCidr", `must be an IPv4 network address like 10.77.0.0/24, got "${cidr}"`);
    } else if (!isPrivateIpv4Network(network)) {
      bad("networkCidr", `must lie inside 10/8, 172.16/12 or 192.168/16, got "${cidr}"`);
      network = undefined;
    } else if (network.prefix > 30) {
      bad(
        "networkCidr",
        `must be /30 or larger to hold the host and the VM, got /${network.prefix}`,
      );
      network = undefined;
    }
  }
  const hostAddress = network ? formatIpv4(network.address + 1) : "";

  const vmAddress = str("vmAddress");
  const vm = parseIpv4(vmAddress);
  if (vmAddress !== "" && vm === undefined)
    bad("vmAddress", `is not an IPv4 address: "${vmAddress}"`);
  else if (vm !== undefined && network && !isUsableHost(network, vm)) {
    bad(
      "vmAddress",
      `must be a host address inside ${cidr} other than ${hostAddress}, got ${vmAddress}`,
    );
  }

  const vmMac = str("vmMac").toLowerCase();
  if (vmMac !== "" && !MAC.test(vmMac))
    bad("vmMac", `must look like 52:54:00:xx:xx:xx, got "${vmMac}"`);
  else if (vmMac !== "" && parseInt(vmMac.slice(0, 2), 16) & 1) {
    bad("vmMac", `must be a unicast MAC (even first octet), got "${vmMac}"`);
  }

  const proxyPort = int("proxyPort", 1, 65535);
  const allowlist = list("allowlist").map((entry) => entry.toLowerCase());
  if (allowlist.length === 0 && Array.isArray(raw.allowlist)) bad("allowlist", "must not be empty");
  for (const entry of allowlist) {
    const why = allowlistProblem(entry);
    if (why) bad("allowlist", `entry "${entry}" ${why}`);
  }

  const wgInterface = str("wireguardInterface");
  if (wgInterface !== "" && !IFACE.test(wgInterface)) {
    bad(
      "wireguardInterface",
      `must be 1-15 letters, digits, "-", "_" or ".", got "${wgInterface}"`,
    );
  }
  if (wgInterface !== "" && wgInterface === bridge) {
    bad("wireguardInterface", `must differ from agent-sandbox:bridgeName ("${bridge}")`);
  }
  const wgAddress = str("wireguardAddress");
  const wg = parseIpv4(wgAddress);
  if (wgAddress !== "" && wg === undefined) {
    const hint = wgAddress.includes("/") ? " (give the address without the /prefix)" : "";
    bad("wireguardAddress", `is not an IPv4 address: "${wgAddress}"${hint}`);
  } else if (wg !== undefined && network && contains(network, wg)) {
    bad("wireguardAddress", `must lie outside the sandbox network ${cidr}, got ${wgAddress}`);
  }
  const controlPort = int("controlPort", 1, 65535);
  if (controlPort !== 0 && controlPort === proxyPort) {
    bad("controlPort", `must differ from agent-sandbox:proxyPort (${proxyPort})`);
  }

  const dataResetPaths = list("dataResetPaths");
  for (const path of dataResetPaths) {
    if (!isCleanRelativePath(path)) {
      bad(
        "dataResetPaths",
        `entry "${path}" must be a relative path inside the data disk, without ".."`,
      );
    }
  }

  const overlayResetToken = str("overlayResetToken");
  const agentUser = str("agentUser");
  for (const path of dataResetPaths) {
    // A path in another user's home protects nothing: the agent's home is home/<agentUser>.
    const home = /^home\/([^/]+)/.exec(path)?.[1];
    if (home !== undefined && USER.test(agentUser) && agentUser !== "root" && home !== agentUser) {
      bad(
        "dataResetPaths",
        `entry "${path}" is not in the agent's home (agentUser is "${agentUser}")`,
      );
    }
  }
  if (agentUser === "root") bad("agentUser", "must not be root: the agent runs unprivileged");
  else if (agentUser !== "" && !USER.test(agentUser))
    bad("agentUser", `is not a valid user name: "${agentUser}"`);
  const agentCommand = str("agentCommand");
  const agentInstallSteps = list("agentInstallSteps");

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    libvirtUri,
    host: host!,
    hostFamily: hostFamily as HostFamily,
    vmName,
    image: {
      url: imageUrl,
      fileName: imageFile,
      ...(sha512 !== "" ? { sha512 } : { sha512SumsUrl }),
    },
    vcpus,
    memoryMiB,
    rootDiskGiB,
    dataDiskGiB,
    poolName: vmName,
    poolPath,
    network: {
      name: vmName,
      bridge,
      cidr: `${formatIpv4(network!.address)}/${network!.prefix}`,
      prefix: network!.prefix,
      hostAddress,
      vmAddress,
      vmMac,
    },
    proxy: { port: proxyPort, allowlist },
    wireguard: { interface: wgInterface, address: wgAddress, controlPort },
    dataResetPaths,
    overlayResetToken,
    agent: { user: agentUser, command: agentCommand, installSteps: agentInstallSteps },
  };
}
