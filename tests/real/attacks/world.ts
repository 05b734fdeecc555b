import * as fs from "fs";
import * as path from "path";
import { SandboxConfig } from "../../../config";
import { HOST_PATHS, PROXY_USER, hostProfile } from "../../../render/hostProfile";
import { firewallScripts, proxyScripts } from "../../../render/hostSetup";
import { quote, sh, shStatus, waitFor } from "../../harness/sh";
import { PrivateHost, startPrivateHost } from "../privateHost";
import { PROXY_CLIENT, TCP_PROBE, WITNESS } from "./servers";

/**
 * The attack rig's made-up world. Every address lives only in the rig's namespaces: the
 * "internet" is TEST-NET-3 (203.0.113.0/24), the LAN TEST-NET-2 (198.51.100.0/24), the
 * WireGuard address a dummy interface of the private host.
 */
export const INTERNET = {
  /** The host's uplink address. */
  host: "203.0.113.1",
  /** Where the private host's /etc/hosts puts the allowed names. */
  allowed: "203.0.113.10",
  /** The host's resolver (its resolv.conf names it): logs every question it gets. */
  dns: "203.0.113.53",
  /** What the resolver answers for every name: the attacker's server. */
  evil: "203.0.113.66",
} as const;

/** The host's IPv6 address on its uplink: a VM that could speak IPv6 to the host would reach it. */
export const INTERNET_V6_HOST = "2001:db8:203::1";

export const LAN = { host: "198.51.100.1", server: "198.51.100.2" } as const;

/** Names the private host's hosts file maps to INTERNET.allowed. */
export const ALLOWED_NAMES = ["api.anthropic.com", "a.b.anthropic.com", "api.telegram.org"];

/** One thing a witness saw: a DNS question, a TCP connection (with what was sent) or a datagram. */
export interface WitnessEvent {
  kind: "dns" | "tcp" | "udp";
  to: string;
  from: string;
  name?: string;
  type?: number;
  data?: string;
}

/** One step of a proxy conversation: bytes to send and, optionally, text to wait for. */
export interface Step {
  send?: string;
  until?: string;
}

/** The rig's namespaces besides the private host's. */
interface Namespaces {
  vm: string;
  net: string;
  lan: string;
}

/** Each witness's log file: on the internet, on the LAN and on the host. */
interface Logs {
  net: string;
  lan: string;
  host: string;
}

export interface AttackWorld {
  host: PrivateHost;
  config: SandboxConfig;
  /** Command prefix that runs a command in the VM's namespace. */
  fromVm: string;
  vm: string;
  /** Everything every witness (internet, LAN, host services) saw since the last `forget`. */
  events(): WitnessEvent[];
  forget(): void;
  /** Sends raw bytes from the VM to the proxy and returns all it answered. */
  askProxy(steps: Step[] | string, timeoutSeconds?: number): string;
  /** TCP probes from the VM: "addr:port" -> the first line it got ("" when none). */
  probeFromVm(targets: string[], timeoutSeconds?: number): Record<string, string>;
  proxyLog(): string;
  /** Runs a Python program (one of ./servers) in a namespace with the given arguments. */
  python(ns: string, program: string, args: string[], timeoutMs?: number): string;
  close(): void;
}

/** The HTTP status code at the start of a proxy answer, or 0 if there is none. */
export function statusOf(answer: string): number {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
  return match ? Number(match[1]) : 0;
}

/**
 * Builds the world, runs the firewall's and the proxy's create scripts exactly as rendered for
 * `config` on the private host, and starts tinyproxy the way its unit does (foreground, as the
 * proxy user). `id` keeps concurrent runs apart (namespaces are `asb-red-<role>-<id>`).
 */
export async function buildAttackWorld(config: SandboxConfig, id: string): Promise<AttackWorld> {
  const ns: Namespaces = {
    vm: `asb-red-vm-${id}`,
    net: `asb-red-net-${id}`,
    lan: `asb-red-lan-${id}`,
  };
  const host = await startPrivateHost(`asb-red-host-${id}`);
  const logs: Logs = { net: "", lan: "", host: "" };
  const closeAll = (): void => {
    for (const name of Object.values(ns)) {
      shStatus(`ip netns pids ${name} | xargs -r kill; ip netns del ${name}`);
    }
    host.close();
  };
  try {
    for (const role of Object.keys(logs) as (keyof typeof logs)[]) {
      logs[role] = path.join(host.root, `witness-${role}.log`);
    }
    const world = makeWorld(host, config, ns, logs, closeAll);
    wire(host, config, ns);
    await startWitnesses(host, config, ns, logs);
    host.exec(
      [
        // The overlay's /etc: the machine's own files are untouched (and /etc/netns would be
        // hidden under the overlay, so the files are written here).
        `rm -f /etc/resolv.conf`,
        `printf 'nameserver ${INTERNET.dns}\\noptions timeout:1 attempts:1\\n' > /etc/resolv.conf`,
        `echo ${quote(`${INTERNET.allowed} ${ALLOWED_NAMES.join(" ")}`)} >> /etc/hosts`,
      ].join(" && "),
    );
    const profile = hostProfile(config.hostFamily);
    for (const scripts of [firewallScripts(config, profile), proxyScripts(config, profile)]) {
      const run = host.runScript(scripts.create, "");
      if (run.code !== 0) throw new Error(`a create script failed:\n${run.stderr}`);
    }
    host.exec(
      `install -d -o ${PROXY_USER} -g ${PROXY_USER} ${HOST_PATHS.runDir} ${HOST_PATHS.logDir}`,
    );
    host.exec(
      `setpriv --reuid=${PROXY_USER} --regid=${PROXY_USER} --init-groups` +
        ` ${profile.tinyproxy} -d -c ${HOST_PATHS.tinyproxyConfig} < /dev/null > /dev/null 2>&1 &`,
    );
    await waitFor(
      "tinyproxy to answer the VM",
      () => statusOf(world.askProxy("CONNECT denied.invalid:443 HTTP/1.1\r\n\r\n", 1)) === 403,
      10_000,
    );
    world.forget();
    return world;
  } catch (err) {
    closeAll();
    throw err;
  }
}

function makeWorld(
  host: PrivateHost,
  config: SandboxConfig,
  ns: Namespaces,
  logs: Logs,
  close: () => void,
): AttackWorld {
  const fromVm = `ip netns exec ${ns.vm}`;
  const python = (netns: string, program: string, args: string[], timeoutMs = 20_000): string =>
    sh(`ip netns exec ${netns} python3 -c ${quote(program)} ${args.map(quote).join(" ")}`, {
      timeoutMs,
    });
  const proxy = `${config.network.hostAddress}`;
  return {
    host,
    config,
    fromVm,
    vm: ns.vm,
    python,
    close,
    events: () =>
      [logs.net, logs.lan, logs.host].flatMap((file) =>
        fs.existsSync(file)
          ? fs
              .readFileSync(file, "utf8")
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line) as WitnessEvent)
          : [],
      ),
    forget: () => {
      for (const file of [logs.net, logs.lan, logs.host])
        if (fs.existsSync(file)) fs.truncateSync(file);
    },
    askProxy: (steps, timeoutSeconds = 3) => {
      const list = typeof steps === "string" ? [{ send: steps }] : steps;
      const out = python(ns.vm, PROXY_CLIENT, [
        proxy,
        String(config.proxy.port),
        String(timeoutSeconds),
        JSON.stringify(list),
      ]);
      return JSON.parse(out) as string;
    },
    probeFromVm: (targets, timeoutSeconds = 1) =>
      JSON.parse(python(ns.vm, TCP_PROBE, [String(timeoutSeconds), ...targets])) as Record<
        string,
        string
      >,
    proxyLog: () => host.exec(`cat ${HOST_PATHS.proxyLog}`),
  };
}

/** Links, addresses and routes; the host forwards everywhere, as libvirt or Docker leave it. */
function wire(host: PrivateHost, config: SandboxConfig, ns: Namespaces): void {
  const { bridge, hostAddress, vmAddress, prefix, cidr } = config.network;
  const h = `ip netns exec ${host.netns}`;
  const at = (name: string): string => `ip netns exec ${name}`;
  const wg = config.wireguard;
  sh(`ip netns add ${ns.vm} && ip netns add ${ns.net} && ip netns add ${ns.lan}`);
  sh(
    [
      `${h} ip link add ${bridge} type bridge`,
      `${h} ip addr add ${hostAddress}/${prefix} dev ${bridge}`,
      `${h} ip link add vm-h type veth peer name eth0 netns ${ns.vm}`,
      `${h} ip link set vm-h master ${bridge} up && ${h} ip link set ${bridge} up`,
      `${at(ns.vm)} ip link set lo up && ${at(ns.vm)} ip link set eth0 up`,
      `${at(ns.vm)} ip addr add ${vmAddress}/${prefix} dev eth0`,
      `${at(ns.vm)} ip route add default via ${hostAddress}`,

      `${h} ip link add net-h type veth peer name eth0 netns ${ns.net}`,
      `${h} ip addr add ${INTERNET.host}/24 dev net-h && ${h} ip link set net-h up`,
      `${h} ip -6 addr add ${INTERNET_V6_HOST}/64 dev net-h nodad`,
      `${at(ns.net)} ip link set lo up && ${at(ns.net)} ip link set eth0 up`,
      ...[INTERNET.allowed, INTERNET.dns, INTERNET.evil].map(
        (address) => `${at(ns.net)} ip addr add ${address}/24 dev eth0`,
      ),
      // Routes back, so that anything the host forwarded would get its answer.
      `${at(ns.net)} ip route add ${cidr} via ${INTERNET.host}`,
      `${at(ns.net)} ip route add ${LAN.host.replace(/\d+$/, "0")}/24 via ${INTERNET.host}`,

      `${h} ip link add lan-h type veth peer name eth0 netns ${ns.lan}`,
      `${h} ip addr add ${LAN.host}/24 dev lan-h && ${h} ip link set lan-h up`,
      `${at(ns.lan)} ip link set lo up && ${at(ns.lan)} ip link set eth0 up`,
      `${at(ns.lan)} ip addr add ${LAN.server}/24 dev eth0`,
      `${at(ns.lan)} ip route add default via ${LAN.host}`,

      // The WireGuard interface: a veth whose far end (the phone) sits on the LAN host.
      `${h} ip link add ${wg.interface} type veth peer name wgp netns ${ns.lan}`,
      `${at(ns.lan)} ip link set wgp up`,
      `${h} ip addr add ${wg.address}/24 dev ${wg.interface} && ${h} ip link set ${wg.interface} up`,
      `${h} sysctl -q -w net.ipv4.ip_forward=1`,
    ].join(" && "),
  );
}

/** Witnesses on the internet, on the LAN and on the host's own addresses. */
async function startWitnesses(
  host: PrivateHost,
  config: SandboxConfig,
  ns: Namespaces,
  logs: Logs,
): Promise<void> {
  const wg = config.wireguard.address;
  const witnesses: [string, string, string[]][] = [
    [
      ns.net,
      logs.net,
      [
        `dns:${INTERNET.dns}`,
        ...[443, 53, 22, 80].map((port) => `tcp:${INTERNET.allowed}:${port}`),
        ...[443, 53, 80].map((port) => `tcp:${INTERNET.evil}:${port}`),
        `udp:${INTERNET.evil}:9999`,
      ],
    ],
    [
      ns.lan,
      logs.lan,
      [
        `tcp:${LAN.server}:22`,
        `tcp:${LAN.server}:443`,
        `udp:${LAN.server}:53`,
        `udp:${LAN.server}:9999`,
      ],
    ],
    [
      host.netns,
      logs.host,
      [
        "tcp:0.0.0.0:2222",
        "tcp:[::]:2224",
        "tcp:127.0.0.1:2223",
        `udp:${config.network.hostAddress}:67`,
        `tcp:${wg}:${config.wireguard.controlPort}`,
        `udp:${LAN.host}:67`,
        `udp:${wg}:67`,
        "udp:0.0.0.0:9999",
      ],
    ],
  ];
  for (const [netns, log, specs] of witnesses) {
    const args = [log, INTERNET.evil, ...specs].map(quote).join(" ");
    sh(`ip netns exec ${netns} python3 -c ${quote(WITNESS)} ${args} > ${log}.err 2>&1 &`);
  }
  await waitFor(
    "the witnesses",
    () => witnesses.every(([, log]) => fs.existsSync(`${log}.ready`)),
    10_000,
  );
}
