import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { nsExec, sh, shStatus } from "../tests/harness/sh";
import { DECOY_TCP_PORTS, DECOY_UDP_PORT, LabTopology, labHostsFile } from "./topology";

/**
 * Removes what an earlier lab with the same names left behind (a killed run): its processes,
 * found by namespace, its namespaces and its hosts file. Touches nothing else.
 */
export function clearLab(topology: LabTopology): void {
  const existing = new Set(
    sh("ip netns list")
      .split("\n")
      .map((line) => line.split(" ")[0]),
  );
  for (const ns of Object.values(topology.ns)) {
    if (!existing.has(ns)) continue;
    shStatus(`ip netns pids ${ns} | xargs -r kill -9`);
    shStatus(`ip netns del ${ns}`);
  }
  fs.rmSync(`/etc/netns/${topology.ns.host}`, { recursive: true, force: true });
}

/** Moves one end of a new veth pair into `ns` as eth0; the other stays in the host as `link`. */
function veth(topology: LabTopology, link: string, ns: string): void {
  nsExec(topology.ns.host, `ip link add ${link} type veth peer name eth0 netns ${ns}`);
  nsExec(ns, "ip link set lo up && ip link set eth0 up");
}

/**
 * Builds the lab's namespaces: the host (forwarding on everywhere, as libvirt or Docker would
 * leave it), the LAN host and the fake internet host behind it and, with `vethVm`, the VM on
 * a veth in the host's sandbox bridge. (For a real VM libvirt makes the bridge.)
 */
export function buildWorld(topology: LabTopology, opts: { vethVm: boolean }): void {
  const { ns } = topology;
  for (const name of Object.values(ns)) {
    if (name !== ns.vm || opts.vethVm) sh(`ip netns add ${name}`);
  }
  const host = (command: string): string => nsExec(ns.host, command);
  host("ip link set lo up");
  host("sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1");

  const { lan, internet, v6 } = topology;
  veth(topology, topology.links.lan, ns.lan);
  host(`ip addr add ${lan.hostAddress}/${lan.prefix} dev ${topology.links.lan}`);
  host(`ip link set ${topology.links.lan} up`);
  nsExec(ns.lan, `ip addr add ${lan.server}/${lan.prefix} dev eth0`);
  nsExec(ns.lan, `ip route add default via ${lan.hostAddress}`);

  veth(topology, topology.links.internet, ns.internet);
  const uplink = topology.links.internet;
  host(`ip addr add ${internet.hostAddress}/${internet.prefix} dev ${uplink}`);
  host(`ip -6 addr add ${v6.internetHost}/${v6.prefix} dev ${uplink} nodad`);
  host(`ip link set ${uplink} up`);
  nsExec(ns.internet, `ip addr add ${internet.server}/${internet.prefix} dev eth0`);
  nsExec(ns.internet, `ip -6 addr add ${v6.internetServer}/${v6.prefix} dev eth0 nodad`);
  nsExec(ns.internet, `ip route add default via ${internet.hostAddress}`);
  nsExec(ns.internet, `ip -6 route add default via ${v6.internetHost}`);

  fs.mkdirSync(`/etc/netns/${ns.host}`, { recursive: true });
  fs.writeFileSync(`/etc/netns/${ns.host}/hosts`, labHostsFile(topology));
  if (!opts.vethVm) return;

  const bridge = topology.bridge;
  host(
    `ip link add ${bridge} type bridge && ip addr add ${topology.hostAddress}/${topology.prefix} dev ${bridge}`,
  );
  host(`ip link set ${bridge} up`);
  veth(topology, topology.links.vmPort, ns.vm);
  host(`ip link set ${topology.links.vmPort} master ${bridge} up`);
  const vm = (command: string): string => nsExec(ns.vm, command);
  vm(`ip addr add ${topology.vmAddress}/${topology.prefix} dev eth0`);
  vm(`ip route add default via ${topology.hostAddress}`);
  // The way back for IPv6, should the host ever forward it (gone once IPv6 is off there).
  shStatus(`ip netns exec ${ns.host} ip -6 route add ${v6.vm}/${v6.prefix} dev ${bridge}`);
}

/** The host bridge's MAC address (the bridge is ours or libvirt's). */
export function bridgeMac(topology: LabTopology): string {
  const out = nsExec(topology.ns.host, `cat /sys/class/net/${topology.bridge}/address`);
  return out.trim();
}

/**
 * Shell lines that give the VM side IPv6: an address (no duplicate detection, so it is usable
 * at once) and a default route to the host's link-local address. With `pinMac` the host's MAC
 * is pinned as that address's neighbour, so packets reach the host with no neighbour discovery
 * and only the host's own defences can stop them (busybox's ip cannot pin one: the tiny guest
 * relies on the host answering discovery, which it must not do either).
 */
export function vmIpv6Setup(topology: LabTopology, linkLocal: string, pinMac?: string): string[] {
  const dev = topology.vmInterface;
  return [
    `echo 0 > /proc/sys/net/ipv6/conf/${dev}/accept_dad`,
    `ip -6 addr add ${topology.v6.vm}/${topology.v6.prefix} dev ${dev}`,
    ...(pinMac
      ? [`ip -6 neigh replace ${linkLocal} lladdr ${pinMac} dev ${dev} nud permanent`]
      : []),
    `ip -6 route add default via ${linkLocal} dev ${dev}`,
  ];
}

/** A lab server process (lab/responder.ts) in one namespace. */
export interface Responder {
  stop(): void;
}

/**
 * Starts lab/responder.ts in `ns` answering as `label` on the decoy ports (plus `extraTcp`),
 * UDP echo and DNS; resolves once every port listens. With a TLS key and cert, 443 speaks TLS.
 */
export async function startResponder(
  ns: string,
  label: string,
  dnsAnswer: string,
  opts: { extraTcp?: number[]; tls?: { key: string; cert: string } } = {},
): Promise<Responder> {
  const tcp = [53, ...DECOY_TCP_PORTS, ...(opts.extraTcp ?? [])].join(",");
  const udp = [53, DECOY_UDP_PORT].join(",");
  const args = [
    "netns",
    "exec",
    ns,
    process.execPath,
    "-r",
    require.resolve("ts-node/register/transpile-only"),
    path.join(__dirname, "responder.ts"),
    label,
    dnsAnswer,
    tcp,
    udp,
    ...(opts.tls ? [opts.tls.key, opts.tls.cert] : []),
  ];
  const child = spawn("ip", args, { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`responder ${label} exited ${code}: ${stderr}`)));
  });
  return { stop: () => child.kill("SIGKILL") };
}

/** A throwaway self-signed certificate for the fake internet's TLS listener. */
export function throwawayCert(dir: string): { key: string; cert: string } {
  const key = path.join(dir, "internet.key");
  const cert = path.join(dir, "internet.crt");
  sh(
    `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 ` +
      `-subj /CN=api.anthropic.com -keyout ${key} -out ${cert} 2>/dev/null`,
  );
  return { key, cert };
}
