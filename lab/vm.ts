import * as fs from "fs";
import * as path from "path";
import { SandboxConfig } from "../config";
import { HOST_PATHS, NFT_TABLE } from "../render/hostProfile";
import { firewallScripts, proxyScripts } from "../render/hostSetup";
import { domainArgs, networkArgs } from "../render/libvirt";
import { shellQuote } from "../render/script";
import { NETWORK_HOOK_PATH, renderSysctl } from "../render/sysctl";
import { LibvirtDaemon, startLibvirt } from "../tests/harness/libvirt";
import { domainXml, networkXml } from "../tests/harness/libvirtXml";
import { nsExec, sh, shStatus, waitFor } from "../tests/harness/sh";
import { GUEST_DONE, buildTinyGuest } from "../tests/harness/tinyGuest";
import { guestScript, parseGuestObservations } from "./guest";
import { openHostRoot } from "./hostRoot";
import { judge } from "./judge";
import { LabOptions, PROBE_LIBRARY, labBase, startProxy, startServers } from "./lab";
import { Check, LabReport, Phase, labReport } from "./phases";
import { Probe, labProbes, withoutTable } from "./probeTable";
import { LabTopology, linkLocalFromMac } from "./topology";
import { bridgeMac, buildWorld, vmIpv6Setup } from "./world";

/** Probes running at once inside the guest: TCG is slow, and a starved probe could time out. */
const GUEST_PARALLEL = 4;

/** A running VM lab: libvirtd, the program's network, firewall and proxy, and the servers. */
export interface VmLab {
  /** Every probe, for libvirt's bridge. */
  probes: Probe[];
  /** The bridge's sysctls as the network hook left them. */
  bridgeChecks: Check[];
  /** Runs a command as root in the host's namespace and private root. */
  host(command: string): string;
  /** Replaces the host's sysctl file (HOST_PATHS.sysctl) as both the scripts and libvirtd see it. */
  writeSysctlFile(content: string): void;
  /** Boots the tiny guest, runs `probes` from inside and judges them; checks its lease. */
  boot(name: string, probes: Probe[]): Promise<{ phase: Phase; lease: Check }>;
  stop(): void;
}

/**
 * Starts the lab with a real VM's surroundings: libvirtd in the lab's host namespace, the
 * firewall script run before the program's network is defined (so the table is in place when
 * the bridge appears), the rendered network hook applying the bridge's sysctls as libvirt
 * starts the network, and the proxy. Guests boot on it with `boot`.
 */
export async function startVmLab(opts: LabOptions): Promise<VmLab> {
  const { config } = opts;
  const { profile, topology, dir, log, stops, stop } = labBase(opts);
  try {
    buildWorld(topology, { vethVm: false });
    const firewall = firewallScripts(config, profile);
    const hook = firewall.files.find((file) => file.path === NETWORK_HOOK_PATH);
    if (!hook) throw new Error(`the firewall script installs no ${NETWORK_HOOK_PATH}`);
    const [servers, daemon] = await Promise.all([
      startServers(topology, config, dir),
      startLibvirt({
        netns: topology.ns.host,
        root: path.join(dir, "libvirt"),
        prepare: (etcDir) => installHook(etcDir, hook.content),
      }),
    ]);
    stops.push(() => servers.forEach((server) => server.stop()));
    stops.push(() => daemon.stop());
    shareSysctlFile(daemon, dir, renderSysctl(config));
    log("libvirtd and the lab servers are up");

    const root = await openHostRoot(topology.ns.host, path.join(dir, "root"));
    stops.push(() => root.stop());
    root.exec("bash", { input: firewall.create });
    log("firewall script ran before the network exists");
    fs.writeFileSync(path.join(dir, "network.xml"), networkXml(networkArgs(config)));
    daemon.virsh(`net-create ${dir}/network.xml`);
    const checks = bridgeChecks(topology);
    log("network started; its hook set the bridge's sysctls");
    root.exec("bash", { input: proxyScripts(config, profile).create });
    const proxy = startProxy(root, config, profile);
    stops.push(() => proxy.kill("SIGKILL"));
    log("proxy running");

    const linkLocal = linkLocalFromMac(bridgeMac(topology));
    const setup = vmIpv6Setup(topology, linkLocal);
    return {
      probes: labProbes(config, topology, linkLocal),
      bridgeChecks: checks,
      host: (command) => root.exec(command),
      writeSysctlFile: (content) => {
        root.exec(`cat > ${HOST_PATHS.sysctl}`, { input: content });
        daemon.exec(`printf '%s' ${shellQuote(content)} > ${HOST_PATHS.sysctl}`);
      },
      boot: (name, probes) =>
        bootAndProbe({ name, daemon, config, topology, dir, probes, setup, log }),
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}

/**
 * The VM lab: every probe from inside a real guest with the firewall and proxy as rendered,
 * then the forwarded ones again from a second boot with the nft table deleted (S5).
 */
export async function runVmLab(opts: LabOptions): Promise<LabReport> {
  const lab = await startVmLab(opts);
  try {
    const shut = await lab.boot("real VM: firewall and proxy as rendered", lab.probes);
    lab.host(`nft delete table ${NFT_TABLE.family} ${NFT_TABLE.name}`);
    const noTable = await lab.boot("real VM: nft table deleted", withoutTable(lab.probes));
    const checks = [...lab.bridgeChecks, shut.lease, noTable.lease];
    return labReport([shut.phase, noTable.phase], checks);
  } finally {
    lab.stop();
  }
}

/** Puts the rendered network hook where this libvirtd looks for it, before it starts. */
function installHook(etcDir: string, content: string): void {
  const target = path.join(etcDir, path.relative("/etc/libvirt", NETWORK_HOOK_PATH));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content, { mode: 0o755 });
}

/**
 * The hook applies HOST_PATHS.sysctl as libvirtd sees /etc. On a real host that is the file
 * the firewall script installed; here libvirtd has a mount namespace of its own, so the same
 * rendered file is laid over its /etc/sysctl.d (in its namespace only).
 */
function shareSysctlFile(daemon: LibvirtDaemon, dir: string, content: string): void {
  const upper = path.join(dir, "libvirt-sysctl", "upper");
  const work = path.join(dir, "libvirt-sysctl", "work");
  const target = path.dirname(HOST_PATHS.sysctl);
  fs.mkdirSync(work, { recursive: true });
  fs.mkdirSync(upper, { recursive: true });
  fs.writeFileSync(path.join(upper, path.basename(HOST_PATHS.sysctl)), content);
  daemon.exec(
    `mount -t overlay asb-lab-sysctl -o lowerdir=${target},upperdir=${upper},workdir=${work} ${target}`,
  );
}

/** The bridge's fail-closed settings as libvirt left it, after our hook ran. */
function bridgeChecks(topology: LabTopology): Check[] {
  const read = (key: string): string => nsExec(topology.ns.host, `cat /proc/sys/net/${key}`).trim();
  const forwarding = read(`ipv4/conf/${topology.bridge}/forwarding`);
  const ipv6 = read(`ipv6/conf/${topology.bridge}/disable_ipv6`);
  // A new interface takes the `default` values: with forwarding on there, only the hook
  // can have turned it off on the bridge.
  const inherited = `default forwarding=${read("ipv4/conf/default/forwarding")}`;
  return [
    {
      name: "the network hook turned forwarding off on libvirt's bridge",
      pass: forwarding === "0",
      detail: `forwarding=${forwarding}, ${inherited}, ip_forward=${read("ipv4/ip_forward")}`,
    },
    {
      name: "the network hook turned IPv6 off on the bridge",
      pass: ipv6 === "1",
      detail: `disable_ipv6=${ipv6}`,
    },
  ];
}

/**
 * Boots the tiny guest with the VM's MAC on the program's network, waits for its script to
 * finish and judges what it printed, and checks its DHCP lease: the VM's address and no DNS
 * server (S1).
 */
async function bootAndProbe(opts: {
  name: string;
  daemon: LibvirtDaemon;
  config: SandboxConfig;
  topology: LabTopology;
  dir: string;
  probes: Probe[];
  setup: string[];
  log: (line: string) => void;
}): Promise<{ phase: Phase; lease: Check }> {
  const { config, dir } = opts;
  const guestDir = fs.mkdtempSync(path.join(dir, "guest-"));
  fs.chmodSync(guestDir, 0o755);
  const script = guestScript({
    probes: opts.probes,
    proxy: { host: config.network.hostAddress, port: config.proxy.port },
    library: fs.readFileSync(PROBE_LIBRARY, "utf8"),
    setup: opts.setup,
    parallel: GUEST_PARALLEL,
  });
  const guest = buildTinyGuest({ dir: guestDir, script });
  const disks = { overlayPath: `${guestDir}/root.qcow2`, dataPath: `${guestDir}/data.qcow2` };
  sh(
    `for d in ${disks.overlayPath} ${disks.dataPath}; do qemu-img create -q -f qcow2 $d 64M; done`,
  );
  // TCG, one vCPU and little memory: KVM guests hang here, and the probes need little.
  const args = { ...domainArgs(config, disks), memory: 256, vcpu: 1 };
  const serialLog = path.join(guestDir, "serial.log");
  const xml = domainXml(args, { type: "qemu", ...guest, serialLog });
  fs.writeFileSync(path.join(guestDir, "domain.xml"), xml);
  opts.daemon.virsh(`create ${guestDir}/domain.xml`);
  opts.log(`${opts.name}: guest booting`);
  let serial = "";
  const done = (): boolean => {
    serial = fs.existsSync(serialLog) ? fs.readFileSync(serialLog, "utf8") : "";
    return serial.includes(GUEST_DONE);
  };
  try {
    await waitFor("the guest to finish its probes", done, 150_000, 500);
  } catch (err) {
    const tail = serial.split("\n").slice(-30).join("\n");
    throw new Error(`${(err as Error).message}; the guest's console ended with:\n${tail}`);
  }
  // The guest powers off by itself; destroying it now frees its name for the next boot.
  shStatus(`virsh -c '${opts.daemon.uri}' destroy ${config.vmName}`);
  const observations = parseGuestObservations(serial);
  const results = opts.probes.map((probe) =>
    judge(probe, observations.get(probe.id) ?? "no output"),
  );
  const lease = /ASB-DHCP: (.*)/.exec(serial)?.[1] ?? "no lease";
  const leased = lease.startsWith(`ip=${config.network.vmAddress} `);
  const leaseCheck: Check = {
    name: `${opts.name}: the VM leased ${config.network.vmAddress} with no DNS server (S1)`,
    pass: leased && / dns= /.test(`${lease} `),
    detail: lease,
  };
  return { phase: { name: opts.name, results }, lease: leaseCheck };
}
