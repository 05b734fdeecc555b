import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { quote, sh, shStatus, waitFor } from "../harness/sh";

/** What a host-side script printed and how it ended. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A stand-in for the libvirt host: a network namespace of its own and a private mount
 * namespace in which /etc and /var are overlays (writes land under `root`, never on the
 * machine) and /run is a folder under `root` (so no systemd is seen, even on a systemd host).
 * Host-side scripts run in it exactly as rendered and as root, and may create users, install
 * units and load nft tables without touching the machine.
 */
export interface PrivateHost {
  netns: string;
  /** Folder on the machine that holds the overlays' upper layers and the private /run. */
  root: string;
  /** Command prefix that enters the host's network and mount namespaces. */
  enter: string;
  /** Runs bash inside the host's namespaces; throws with stderr on failure. */
  exec(command: string, timeoutMs?: number): string;
  /** Like `exec`, but returns the exit code and output instead of throwing. */
  status(command: string): { code: number; out: string };
  /** Runs a rendered script the way `asRoot` does: `bash -c "$script" agent-sandbox "$arg"`. */
  runScript(script: string, arg?: string): ScriptRun;
  /** Ends every process in the namespace (all started by the test), removes it and `root`. */
  close(): void;
}

/** Starts a private host named `netns` (which must carry the caller's prefix). */
export async function startPrivateHost(netns: string): Promise<PrivateHost> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${netns}-`));
  for (const dir of ["etc-up", "etc-work", "var-up", "var-work", "run"]) {
    fs.mkdirSync(path.join(root, dir));
  }
  sh(`ip netns add ${netns} && ip netns exec ${netns} ip link set lo up`);
  const mounts = [
    `mount -t overlay overlay -o lowerdir=/etc,upperdir=${root}/etc-up,workdir=${root}/etc-work /etc`,
    `mount -t overlay overlay -o lowerdir=/var,upperdir=${root}/var-up,workdir=${root}/var-work /var`,
    `mount --bind ${root}/run /run`,
    `touch ${root}/ready`,
  ].join(" && ");
  // One long-lived namespace that every command enters: overlays must not share an upper layer.
  const holder = sh(
    `ip netns exec ${netns} unshare -m --propagation private bash -c ${quote(`${mounts} && exec sleep 900`)}` +
      " > /dev/null 2>&1 & echo $!",
  ).trim();
  try {
    await waitFor(
      "the private host's mounts",
      () => fs.existsSync(path.join(root, "ready")),
      10_000,
    );
  } catch (err) {
    shStatus(`kill ${holder}; ip netns del ${netns}`);
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  }
  const enter = `nsenter -t ${holder} -m -n`;

  return {
    netns,
    root,
    enter,
    exec: (command, timeoutMs) => sh(`${enter} bash -c ${quote(command)}`, { timeoutMs }),
    status: (command) => shStatus(`${enter} bash -c ${quote(command)}`),
    runScript: (script, arg = "") => {
      const run = spawnSync(
        "nsenter",
        ["-t", holder, "-m", "-n", "bash", "-c", script, "agent-sandbox", arg],
        { encoding: "utf8", timeout: 60_000 },
      );
      return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
    },
    close: () => {
      shStatus(`ip netns pids ${netns} | xargs -r kill`);
      shStatus(`kill ${holder}`);
      shStatus(`ip netns del ${netns}`);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A TCP server that answers "ok" on every address:port it is given, then closes. */
const SERVER = `
import selectors, socket, sys
sel = selectors.DefaultSelector()
for spec in sys.argv[1:]:
    host, port = spec.rsplit(":", 1)
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, int(port)))
    s.listen(16)
    sel.register(s, selectors.EVENT_READ)
while True:
    for key, _ in sel.select():
        conn, _ = key.fileobj.accept()
        conn.sendall(b"ok\\n")
        conn.close()
`;

/** Starts the "ok" server in `netns` on each `address:port`; it ends with the namespace. */
export async function startOkServer(netns: string, listen: string[]): Promise<void> {
  sh(`ip netns exec ${netns} python3 -c ${quote(SERVER)} ${listen.join(" ")} > /dev/null 2>&1 &`);
  const ports = listen.map((spec) => spec.slice(spec.lastIndexOf(":")));
  await waitFor(`the ok server in ${netns}`, () => {
    const listening = sh(`ip netns exec ${netns} ss -Hltn`);
    return ports.every((port) => listening.includes(`${port} `));
  });
}

/**
 * True when a TCP connection from `netns` to address:port gets the server's "ok" within
 * `seconds`. `asUser` runs the client as that user (inside `enter`, a command prefix that
 * reaches a mount namespace where the user exists).
 */
export function reaches(
  enter: string,
  address: string,
  port: number,
  opts: { asUser?: string; seconds?: number } = {},
): boolean {
  const probe = `exec 3<>/dev/tcp/${address}/${port} && read -r line <&3 && [ "$line" = ok ]`;
  const user = opts.asUser
    ? `setpriv --reuid=${opts.asUser} --regid=${opts.asUser} --clear-groups `
    : "";
  const command = `timeout ${opts.seconds ?? 1.5} ${user}bash -c ${quote(probe)}`;
  return shStatus(`${enter} bash -c ${quote(command)}`).code === 0;
}
