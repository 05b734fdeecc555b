import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { quote, sh } from "../tests/harness/sh";

/**
 * A private filesystem view for the lab's host: overlays on /etc, /var/lib and /var/log whose
 * changes land in the lab's folder, and an empty /run. The rendered scripts install their
 * files at the real HOST_PATHS inside it (and create the proxy user there), so the machine's
 * own /etc is never touched. It lives as long as its holder process.
 */
export interface HostRoot {
  /** The holder's pid: `nsenter -t <pid> -m -n` joins the view and the host namespace. */
  pid: number;
  /** Runs a bash command inside the view and the host's network namespace. */
  exec(command: string, opts?: { input?: string; timeoutMs?: number }): string;
  /** Starts a long-running command inside the view; the caller stops it. */
  spawn(command: string): ChildProcess;
  stop(): void;
}

const OVERLAYS = [
  ["etc", "/etc"],
  ["var-lib", "/var/lib"],
  ["var-log", "/var/log"],
] as const;

/**
 * Opens the view inside `netns`. The hosts file of `/etc/netns/<netns>/hosts` (which
 * `ip netns exec` mounts and the overlay would hide) is bound over /etc/hosts again.
 */
export async function openHostRoot(netns: string, dir: string): Promise<HostRoot> {
  const steps = ["set -e"];
  for (const [name, target] of OVERLAYS) {
    const upper = path.join(dir, name, "upper");
    const work = path.join(dir, name, "work");
    fs.mkdirSync(upper, { recursive: true });
    fs.mkdirSync(work, { recursive: true });
    steps.push(
      `mount -t overlay asb-lab-${name} -o lowerdir=${target},upperdir=${upper},workdir=${work} ${target}`,
    );
  }
  // A fresh /run: no systemd there, so the scripts take their no-systemd branch.
  steps.push("mount -t tmpfs -o mode=0755 asb-lab-run /run");
  const hosts = `/etc/netns/${netns}/hosts`;
  steps.push(`if [ -f ${hosts} ]; then mount --bind ${hosts} /etc/hosts; fi`);
  steps.push("echo ready", "exec sleep infinity");
  const holder = spawn(
    "ip",
    [
      "netns",
      "exec",
      netns,
      "unshare",
      "-m",
      "--propagation",
      "private",
      "bash",
      "-c",
      steps.join("\n"),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let stderr = "";
    holder.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    holder.stdout.once("data", () => resolve());
    holder.once("exit", (code) => reject(new Error(`host root failed (exit ${code}): ${stderr}`)));
  });
  const pid = holder.pid!;
  const enter = `nsenter -t ${pid} -m -n`;
  let ended = "";
  holder.once(
    "exit",
    (code, signal) => (ended = `the host root's holder ended (${signal ?? code})`),
  );
  const alive = (): void => {
    if (ended) throw new Error(ended);
  };
  return {
    pid,
    exec: (command, opts = {}) => {
      alive();
      return sh(`${enter} bash -c ${quote(command)}`, opts);
    },
    spawn: (command) => {
      alive();
      return spawn("nsenter", ["-t", String(pid), "-m", "-n", "bash", "-c", `exec ${command}`], {
        stdio: ["ignore", "pipe", "pipe"],
      });
    },
    stop: () => {
      holder.kill("SIGKILL");
    },
  };
}
