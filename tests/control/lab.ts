import { ChildProcess, execFile, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SandboxConfig } from "../../config";
import { CONTROL_PATHS, controlScripts } from "../../render/control";
import { hostProfile } from "../../render/hostProfile";
import { domainArgs, networkArgs, overlayPath } from "../../render/libvirt";
import { renderNftables } from "../../render/nftables";
import { homeConfig } from "../fixtures/homeConfig";
import { LibvirtDaemon, startLibvirt } from "../harness/libvirt";
import { domainXml, networkXml } from "../harness/libvirtXml";
import { sh, shStatus, waitFor } from "../harness/sh";
import { buildTinyGuest } from "../harness/tinyGuest";
import { PrivateHost, ScriptRun, startOkServer, startPrivateHost } from "../real/privateHost";

/** What the guest prints once it runs; it then sleeps until it is ended. */
export const GUEST_UP = "ASB-CTL-GUEST-UP";

/** An HTTP answer as curl saw it. */
export interface Answer {
  status: number;
  body: Record<string, unknown> & { steps?: Array<{ step: string; ok: boolean; detail: string }> };
}

/**
 * The control service installed by its rendered create script on a private host (own network
 * and mount namespaces), driving a real libvirtd with a TCG domain defined from the program's
 * domainArgs. A peer namespace on `wg0` stands in for a WireGuard client; a sandbox namespace
 * on the sandbox bridge, with the VM's address, stands in for the VM's side; an "ok" server on
 * the proxy port shows what the VM's side can reach.
 */
export interface ControlLab {
  config: SandboxConfig;
  host: PrivateHost;
  libvirt: LibvirtDaemon;
  /** Directory the service is installed under (the create script's `root`). */
  root: string;
  token: string;
  create: ScriptRun;
  peer: string;
  sandbox: string;
  /** `http://<wireguard address>:<port>` */
  url: string;
  serviceLog(): string;
  serial(): string;
  /** Sends a request with curl from `from` (default: the WireGuard peer). */
  api(
    method: string,
    apiPath: string,
    opts?: { token?: string; body?: string; from?: string },
  ): Promise<Answer>;
  /** QEMU processes of the domain, found in /proc by the test itself. */
  qemuPids(): number[];
  /** Makes `virsh destroy` fail, as it can on a real host, so the fallback has to act. */
  failDestroy(on: boolean): void;
  /** Waits until the guest has printed GUEST_UP on its serial console. */
  waitForGuest(): Promise<void>;
  /** Ends the service, the daemons and the namespaces, and removes every file. */
  close(): void;
}

/** Builds the lab; every name starts with `prefix`, which must carry the caller's own. */
export async function startControlLab(prefix: string): Promise<ControlLab> {
  const config = homeConfig({ vmName: `${prefix}-vm`, memoryMiB: "512", vcpus: "1" });
  const profile = hostProfile("debian");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.chmodSync(dir, 0o755);
  const root = path.join(dir, "root");
  const peer = `${prefix}-peer`;
  const sandbox = `${prefix}-sbx`;
  let host: PrivateHost | undefined;
  let libvirt: LibvirtDaemon | undefined;
  let service: ChildProcess | undefined;
  let log = "";
  const close = (): void => {
    service?.kill("SIGKILL");
    libvirt?.stop();
    for (const ns of [peer, sandbox])
      shStatus(`ip netns pids ${ns} | xargs -r kill; ip netns del ${ns}`);
    host?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    host = await startPrivateHost(`${prefix}-host`);
    const guest = buildTinyGuest({ dir, script: `echo ${GUEST_UP}\nsleep 3600\n` });
    libvirt = await startLibvirt({ netns: host.netns, root: path.join(dir, "libvirt") });
    wire(host.netns, peer, sandbox, config);
    fs.writeFileSync(path.join(dir, "net.xml"), networkXml(networkArgs(config)));
    libvirt.virsh(`net-create ${dir}/net.xml`);
    sh(`ip netns exec ${host.netns} ip link set sbx-h master ${config.network.bridge} up`);
    // The bridge runs STP: until the port forwards, a probe would fail for the wrong reason.
    await waitFor(
      "the sandbox port to forward",
      () => sh(`ip netns exec ${host!.netns} bridge link show dev sbx-h`).includes("forwarding"),
      30_000,
      100,
    );
    // A stand-in for the proxy: what the firewall lets the VM reach, so probes can be trusted.
    await startOkServer(host.netns, [`${config.network.hostAddress}:${config.proxy.port}`]);

    // The overlay sits where the service looks for it (under `root`); the qemu hook that
    // recreates it belongs to another part and is left out.
    const overlay = `${root}${overlayPath(config)}`;
    const dataPath = path.join(dir, "data.qcow2");
    fs.mkdirSync(path.dirname(overlay), { recursive: true });
    sh(
      `chmod -R a+rX ${root} && qemu-img create -q -f qcow2 ${overlay} 64M` +
        ` && qemu-img create -q -f qcow2 ${dataPath} 64M`,
    );
    const xml = domainXml(
      { ...domainArgs(config, { overlayPath: overlay, dataPath }), memory: 256 },
      {
        type: "qemu",
        kernel: guest.kernel,
        initrd: guest.initrd,
        serialLog: path.join(dir, "serial.log"),
      },
    );
    fs.writeFileSync(path.join(dir, "domain.xml"), xml);
    libvirt.virsh(`define ${dir}/domain.xml`);

    // The firewall as the program renders it; it names the proxy user, which must exist.
    host.exec("useradd --system -M -d /nonexistent -s /usr/sbin/nologin -U agent-sandbox-proxy");
    fs.writeFileSync(path.join(dir, "firewall.nft"), renderNftables(config, profile));
    host.exec(`nft -f ${dir}/firewall.nft`);

    const virshWrapper = path.join(dir, "virsh");
    fs.writeFileSync(virshWrapper, virshFaults(path.join(dir, "fail-destroy")), { mode: 0o755 });
    const scripts = controlScripts(config, profile, {
      root,
      libvirtUri: libvirt.uri,
      virsh: virshWrapper,
      stopTimeoutSeconds: 3,
    });
    const token = `${prefix}-token-${Math.random().toString(36).slice(2)}xxxxxxxx`;
    const enter = host.enter.split(" ");
    const run = spawnSync(
      enter[0]!,
      [...enter.slice(1), "bash", "-c", scripts.create, "agent-sandbox", ""],
      {
        input: `${token}\n`,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    const create = { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
    if (create.code !== 0) throw new Error(`create script failed: ${create.stderr}`);

    // systemd would run ExecStart; the lab runs the same command line in the host's namespaces.
    const unit = fs.readFileSync(`${root}${CONTROL_PATHS.unit}`, "utf8");
    const execStart = /^ExecStart=(.*)$/m.exec(unit)![1]!.split(" ");
    service = spawn(enter[0]!, [...enter.slice(1), ...execStart], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    service.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const { address, controlPort } = config.wireguard;
    await waitFor(
      "the control service to listen",
      () => log.includes("control: listening"),
      15_000,
      50,
    );

    const serialPath = path.join(dir, "serial.log");
    const lab: ControlLab = {
      config,
      host,
      libvirt,
      root,
      token,
      create,
      peer,
      sandbox,
      url: `http://${address}:${controlPort}`,
      serviceLog: () => log,
      serial: () => (fs.existsSync(serialPath) ? fs.readFileSync(serialPath, "utf8") : ""),
      api: (method, apiPath, opts = {}) =>
        curl(opts.from ?? peer, method, `${lab.url}${apiPath}`, opts),
      qemuPids: () => qemuPids(config.vmName),
      failDestroy: (on) => {
        if (on) fs.writeFileSync(path.join(dir, "fail-destroy"), "");
        else fs.rmSync(path.join(dir, "fail-destroy"), { force: true });
      },
      waitForGuest: () =>
        waitFor("the guest's serial output", () => lab.serial().includes(GUEST_UP), 60_000, 200),
      close,
    };
    return lab;
  } catch (err) {
    close();
    throw err;
  }
}

/** wg0 to a peer namespace (10.99.0.2), and a sandbox-side namespace on the bridge. */
function wire(hostNs: string, peer: string, sandbox: string, config: SandboxConfig): void {
  const h = `ip netns exec ${hostNs}`;
  const p = `ip netns exec ${peer}`;
  const s = `ip netns exec ${sandbox}`;
  const { address } = config.wireguard;
  sh(
    [
      `ip netns add ${peer}`,
      `ip netns add ${sandbox}`,
      `${h} ip link add ${config.wireguard.interface} type veth peer name eth0 netns ${peer}`,
      `${h} ip addr add ${address}/24 dev ${config.wireguard.interface}`,
      `${h} ip link set ${config.wireguard.interface} up`,
      `${p} ip addr add 10.99.0.2/24 dev eth0`,
      `${p} ip link set eth0 up && ${p} ip link set lo up`,
      `${h} ip link add sbx-h type veth peer name eth0 netns ${sandbox}`,
      // The VM's own address: the firewall accepts the proxy port from it alone.
      `${s} ip addr add ${config.network.vmAddress}/24 dev eth0`,
      `${s} ip link set eth0 up && ${s} ip link set lo up`,
      `${s} ip route add default via ${config.network.hostAddress}`,
    ].join(" && "),
  );
}

function virshFaults(flag: string): string {
  return [
    "#!/bin/sh",
    "# virsh, except that destroy fails while the flag file exists (a stuck QEMU, simulated).",
    'for arg in "$@"; do',
    `  if [ "$arg" = destroy ] && [ -e ${flag} ]; then`,
    '    echo "error: Failed to terminate process: Device or resource busy (simulated)" >&2',
    "    exit 1",
    "  fi",
    "done",
    'exec /usr/bin/virsh "$@"',
    "",
  ].join("\n");
}

function curl(
  from: string,
  method: string,
  url: string,
  opts: { token?: string; body?: string },
): Promise<Answer> {
  const args = ["netns", "exec", from, "curl", "-sS", "--noproxy", "*", "-m", "90", "-X", method];
  if (opts.token !== undefined) args.push("-H", `Authorization: Bearer ${opts.token}`);
  if (opts.body !== undefined)
    args.push("-H", "Content-Type: application/json", "--data-binary", opts.body);
  args.push("-w", "\n%{http_code}", url);
  return new Promise((resolve, reject) => {
    execFile(
      "ip",
      args,
      { encoding: "utf8", maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          return reject(new Error(`curl ${method} ${url}: exit ${String(error.code)} ${stderr}`));
        const cut = stdout.lastIndexOf("\n");
        const text = stdout.slice(0, cut);
        let body: Answer["body"] = {};
        try {
          body = JSON.parse(text) as Answer["body"];
        } catch {
          body = { text };
        }
        resolve({ status: Number(stdout.slice(cut + 1)), body });
      },
    );
  });
}

/** The exit code of a raw TCP/HTTP attempt from a namespace; 0 means an HTTP answer came. */
export function curlExit(from: string, url: string, seconds = 2): number {
  return shStatus(`ip netns exec ${from} curl -sS --noproxy '*' -m ${seconds} -o /dev/null ${url}`)
    .code;
}

/** Independent of the service's own matcher: any QEMU whose command line names the guest. */
function qemuPids(domain: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let argv = "";
    try {
      argv = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (argv.includes("qemu") && argv.includes(`\0guest=${domain},`)) pids.push(Number(entry));
  }
  return pids;
}
