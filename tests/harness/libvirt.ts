import * as fs from "fs";
import * as path from "path";
import { quote, sh, shStatus, waitFor } from "./sh";

/** A libvirtd of a test's own, isolated from the machine's. */
export interface LibvirtDaemon {
  /** URI for virsh and the provider, pointing at this daemon's socket. */
  uri: string;
  netns: string;
  /** Host-visible folders bound over /etc/libvirt and /var/lib/libvirt inside the daemon. */
  etcDir: string;
  varLibDir: string;
  runDir: string;
  /** Runs virsh against this daemon; throws on failure. */
  virsh(args: string, timeoutMs?: number): string;
  /** Runs a command inside the daemon's network and mount namespaces. */
  exec(command: string, timeoutMs?: number): string;
  /** Destroys every domain and network, stops the daemons and removes `root`. */
  stop(): void;
}

const BINDS: Array<[string, string]> = [
  ["etc-libvirt", "/etc/libvirt"],
  ["var-lib-libvirt", "/var/lib/libvirt"],
  ["run-libvirt", "/run/libvirt"],
  ["log-libvirt", "/var/log/libvirt"],
  ["cache-libvirt", "/var/cache/libvirt"],
];

/**
 * Starts virtlogd and libvirtd inside `netns` and a private mount namespace whose libvirt
 * folders are bound to folders under `root`. So the daemon's bridges stay in the test's
 * namespace (libvirtd in the root namespace would turn on ip_forward machine-wide), and
 * several daemons can run at once without touching the machine's own libvirt state.
 * `prepare` may write hooks or config into `etcDir` before the daemon reads them.
 */
export async function startLibvirt(opts: {
  netns: string;
  root: string;
  prepare?: (etcDir: string) => void;
}): Promise<LibvirtDaemon> {
  const { netns, root } = opts;
  fs.mkdirSync(root, { recursive: true });
  for (const [dir] of BINDS) fs.mkdirSync(path.join(root, dir), { recursive: true });
  sh(
    `cp -a /etc/libvirt/. ${root}/etc-libvirt/ && cp -a /var/lib/libvirt/. ${root}/var-lib-libvirt/`,
  );
  // The packaged default network is a NAT network with firewall rules: never start it here.
  sh(`rm -rf ${root}/etc-libvirt/qemu/networks/autostart ${root}/etc-libvirt/qemu/networks/*.xml`);
  // Every test domain runs under TCG; no AppArmor or SELinux profile generation in a test.
  fs.appendFileSync(path.join(root, "etc-libvirt/qemu.conf"), '\nsecurity_driver = "none"\n');
  const etcDir = path.join(root, "etc-libvirt");
  opts.prepare?.(etcDir);

  const mounts = BINDS.map(
    ([dir, target]) => `mkdir -p ${target} && mount --bind ${root}/${dir} ${target}`,
  ).join(" && ");
  // Pid files go under `root` too: the default /run/libvirtd.pid would lock out a second daemon.
  const pidFile = (name: string): string => path.join(root, "run-libvirt", `${name}.pid`);
  const boot =
    `${mounts} && virtlogd -d -p ${pidFile("virtlogd")}` +
    ` && libvirtd -d -p ${pidFile("libvirtd")}`;
  // `--propagation private` keeps the binds out of the machine's mount table; the namespace
  // lives as long as the daemons do.
  sh(`ip netns exec ${netns} unshare -m --propagation private bash -c ${quote(boot)}`);

  const socket = path.join(root, "run-libvirt", "libvirt-sock");
  const uri = `qemu:///system?socket=${socket}`;
  const virsh = (args: string, timeoutMs = 60_000): string =>
    sh(`virsh -q -c ${quote(uri)} ${args}`, { timeoutMs });
  await waitFor("libvirtd to answer", () => shStatus(`virsh -c ${quote(uri)} version`).code === 0);

  const daemonPid = (name: string): string | undefined => {
    const file = pidFile(name);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
  };
  const libvirtdPid = daemonPid("libvirtd");

  return {
    uri,
    netns,
    etcDir,
    varLibDir: path.join(root, "var-lib-libvirt"),
    runDir: path.join(root, "run-libvirt"),
    virsh,
    // nsenter joins the daemon's own mount namespace, so paths look as libvirtd sees them.
    exec: (command, timeoutMs) =>
      sh(`nsenter -t ${libvirtdPid} -m -n bash -c ${quote(command)}`, { timeoutMs }),
    stop: () => {
      for (const dom of shStatus(`virsh -q -c ${quote(uri)} list --name`).out.split("\n")) {
        if (dom.trim()) shStatus(`virsh -c ${quote(uri)} destroy ${quote(dom.trim())}`);
      }
      for (const net of shStatus(`virsh -q -c ${quote(uri)} net-list --name`).out.split("\n")) {
        if (net.trim()) shStatus(`virsh -c ${quote(uri)} net-destroy ${quote(net.trim())}`);
      }
      shStatus(`cat ${root}/run-libvirt/qemu/*.pid 2>/dev/null | xargs -r kill -9`);
      for (const name of ["libvirtd", "virtlogd"]) {
        const pid = daemonPid(name);
        if (pid)
          shStatus(
            `kill ${pid}; for i in $(seq 50); do kill -0 ${pid} 2>/dev/null || break; sleep 0.1; done`,
          );
      }
      // A QEMU that outlived destroy still has its pid file under this daemon's run folder.
      shStatus(`cat ${root}/run-libvirt/qemu/*.pid 2>/dev/null | xargs -r kill -9`);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
