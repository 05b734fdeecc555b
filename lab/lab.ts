import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SandboxConfig } from "../config";
import { HOST_PATHS, HostProfile, NFT_TABLE, UNITS, hostProfile } from "../render/hostProfile";
import { firewallScripts, proxyScripts } from "../render/hostSetup";
import { nsExec } from "../tests/harness/sh";
import { HostRoot, openHostRoot } from "./hostRoot";
import { ProbeFlavor, ProbeResult, judge, probeCommand } from "./judge";
import { Probe, labProbes } from "./probeTable";
import { LabTopology, labTopology, linkLocalFromMac } from "./topology";
import { serviceSpec } from "./unit";
import {
  Responder,
  bridgeMac,
  buildWorld,
  clearLab,
  startResponder,
  throwawayCert,
  vmIpv6Setup,
} from "./world";

/** Where lab/probes.sh is; probes source it. */
export const PROBE_LIBRARY = path.join(__dirname, "probes.sh");

/** How many probes run at once: the machine is small and shared. */
const PARALLEL = 6;

/**
 * A running lab: the namespaces, the lab servers, the host's private root with the rendered
 * firewall and proxy applied by the program's own scripts, and the proxy running as its unit
 * would run it.
 */
export interface Lab {
  config: SandboxConfig;
  profile: HostProfile;
  topology: LabTopology;
  /** Every probe, for this lab's bridge. */
  probes: Probe[];
  /** Runs a command as root in the host's namespace and private root. */
  host(command: string, input?: string): string;
  /** Runs probes from the VM's namespace, a few at a time, and judges them. */
  run(probes: Probe[]): Promise<ProbeResult[]>;
  /** Loads ruleset text as the firewall unit's reload would: written to its path, `nft -f`. */
  loadRuleset(text: string): void;
  /** Replaces the proxy's filter file and reloads the proxy (SIGUSR1), as its unit would. */
  reloadFilter(text: string): void;
  /** The table as nft lists it, counters zeroed (so two listings compare). */
  listTable(): string;
  stop(): void;
}

export interface LabOptions {
  config: SandboxConfig;
  /** Tells two labs running at once apart (see labTopology). */
  id: string;
  /** Log one line per step to stderr. @default false */
  verbose?: boolean;
}

/** What every lab starts from: its names cleared of leftovers, a folder, a log and undo steps. */
export interface LabBase {
  profile: HostProfile;
  topology: LabTopology;
  dir: string;
  log: (line: string) => void;
  /** Undo steps, run last first by `stop`. */
  stops: Array<() => void>;
  /** Runs the undo steps, then removes the namespaces and the folder. */
  stop: () => void;
}

/** Sets up a LabBase; the folder is readable by others (QEMU's user reads a guest there). */
export function labBase(opts: LabOptions): LabBase {
  const topology = labTopology(opts.config, opts.id);
  clearLab(topology);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `asb-lab${opts.id}-`));
  fs.chmodSync(dir, 0o755);
  const stops: Array<() => void> = [];
  return {
    profile: hostProfile(opts.config.hostFamily),
    topology,
    dir,
    log: (line) => {
      if (opts.verbose) process.stderr.write(`asb-lab: ${line}\n`);
    },
    stops,
    stop: () => {
      for (const fn of stops.reverse()) fn();
      clearLab(topology);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the namespace lab: a VM on a veth, probed with curl and bash. */
export async function startLab(opts: LabOptions): Promise<Lab> {
  const { config } = opts;
  const { profile, topology, dir, log, stops, stop } = labBase(opts);
  try {
    buildWorld(topology, { vethVm: true });
    log(`namespaces ${Object.values(topology.ns).join(" ")} up`);
    const responders = await startServers(topology, config, dir);
    stops.push(() => responders.forEach((r) => r.stop()));
    log("lab servers listening");

    const root = await openHostRoot(topology.ns.host, path.join(dir, "root"));
    stops.push(() => root.stop());
    const host = (command: string, input?: string): string =>
      root.exec(command, input === undefined ? {} : { input });
    host("bash", firewallScripts(config, profile).create);
    log("firewall script ran: table loaded, bridge sysctls applied");
    host("bash", proxyScripts(config, profile).create);
    const proxy = startProxy(root, config, profile);
    stops.push(() => proxy.kill("SIGKILL"));
    log("proxy script ran; tinyproxy started as its unit would");

    const mac = bridgeMac(topology);
    const linkLocal = linkLocalFromMac(mac);
    nsExec(topology.ns.vm, vmIpv6Setup(topology, linkLocal, mac).join(" && "));
    return {
      config,
      profile,
      topology,
      probes: labProbes(config, topology, linkLocal),
      host,
      run: (probes) => runProbes(topology, config, probes, "curl"),
      loadRuleset: (text) => {
        host(`cat > ${HOST_PATHS.nftables} && ${profile.nft} -f ${HOST_PATHS.nftables}`, text);
      },
      reloadFilter: (text) => {
        host(`cat > ${HOST_PATHS.tinyproxyFilter}`, text);
        // Done when the log shows one more finished reload than before the signal.
        const reloads = `grep -c 'Reloading config file finished' ${HOST_PATHS.proxyLog}`;
        host(
          `before=$(${reloads}); kill -USR1 ${proxy.pid}; for i in $(seq 50); do ` +
            `[ "$(${reloads})" -gt "$before" ] && exit 0; sleep 0.1; done; exit 1`,
        );
      },
      listTable: () =>
        host(`${profile.nft} list table ${NFT_TABLE.family} ${NFT_TABLE.name}`).replace(
          /counter packets \d+ bytes \d+/g,
          "counter",
        ),
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}

/** The host's decoys (with the control port), the LAN server and the internet server. */
export async function startServers(
  topology: LabTopology,
  config: SandboxConfig,
  dir: string,
): Promise<Responder[]> {
  const answer = topology.internet.server;
  return Promise.all([
    startResponder(topology.ns.host, "host", answer, { extraTcp: [config.wireguard.controlPort] }),
    startResponder(topology.ns.lan, "lan", answer),
    startResponder(topology.ns.internet, "internet", answer, { tls: throwawayCert(dir) }),
  ]);
}

/**
 * Starts tinyproxy the way the rendered proxy unit says: its ExecStart, as its user, after
 * creating the folders systemd would create for it. Returns once the proxy listens.
 */
export function startProxy(
  root: HostRoot,
  config: SandboxConfig,
  profile: HostProfile,
): ChildProcess {
  const unit = proxyScripts(config, profile).files.find((f) => f.path.endsWith(UNITS.proxy));
  if (!unit) throw new Error(`the proxy script installs no ${UNITS.proxy}`);
  const service = serviceSpec(unit.content);
  for (const dir of service.directories) {
    root.exec(`install -d -m 0755 -o ${service.user} -g ${service.group} ${dir}`);
  }
  const proxy = root.spawn(
    `setpriv --reuid=${service.user} --regid=${service.group} --init-groups ${service.execStart}`,
  );
  const port = config.proxy.port;
  try {
    root.exec(
      `for i in $(seq 50); do ss -Hltn 'sport = :${port}' | grep -q . && exit 0; sleep 0.1; done; exit 1`,
    );
  } catch {
    proxy.kill("SIGKILL");
    throw new Error(`tinyproxy (as ${service.user}) did not listen on port ${port}`);
  }
  return proxy;
}

/** Runs probes from the VM's namespace, PARALLEL at a time, in table order. */
export async function runProbes(
  topology: LabTopology,
  config: SandboxConfig,
  probes: Probe[],
  flavor: ProbeFlavor,
): Promise<ProbeResult[]> {
  const proxy = { host: topology.hostAddress, port: config.proxy.port };
  const results: ProbeResult[] = new Array<ProbeResult>(probes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < probes.length) {
      const index = next++;
      const probe = probes[index]!;
      const observed = await observe(topology.ns.vm, probeCommand(probe, proxy, flavor));
      results[index] = judge(probe, observed);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}

/** One probe's observation line; every probe bounds itself, the kill is a last resort. */
function observe(vmNs: string, command: string): Promise<string> {
  const script = `ASB_LIB=${PROBE_LIBRARY}\n. "$ASB_LIB"\n${command}`;
  return new Promise((resolve) => {
    const child = spawn("ip", ["netns", "exec", vmNs, "bash", "-c", script], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("close", () => {
      clearTimeout(killer);
      resolve(out.trim().split("\n").pop()?.trim() || "no output");
    });
  });
}
