import { readFile, readdir, stat } from "node:fs/promises";
import { basename } from "node:path";
import { Outcome } from "./steps";
import { firstLine, run } from "./run";
import { RefusalSummary, readRefusals } from "./proxyLog";

/** A QEMU process of the domain, as /proc shows it. */
export interface QemuProcess {
  pid: number;
  /** One-letter process state from /proc/<pid>/stat, e.g. "R", "S" or "D". */
  state: string;
  startedAt?: Date;
}

/** The overlay file's times; its age tells when the VM last started on a fresh one. */
export interface OverlayInfo {
  path: string;
  modified: Date;
  created?: Date;
}

/** Everything the service does on the host besides virsh; unit tests fake it. */
export interface HostOps {
  /** The domain's QEMU processes: the ground truth of "is the VM gone". */
  qemuProcesses(domain: string): Promise<QemuProcess[]>;
  killProcess(pid: number): Promise<Outcome>;
  /** Takes the VM off the network: the last resort when its QEMU will not die. */
  cutOff(): Promise<Array<{ step: string } & Outcome>>;
  liftCutOff(): Promise<Array<{ step: string } & Outcome>>;
  isCutOff(): Promise<boolean>;
  overlay(): Promise<OverlayInfo | undefined>;
  proxyRefusals(): Promise<RefusalSummary>;
}

/** Where the system adapter finds things. */
export interface HostOptions {
  bridge: string;
  nft: string;
  ip: string;
  nftTable: { family: string; name: string };
  overlayPath: string;
  proxyLog: string;
  /** @default "/proc" */
  procRoot?: string;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's start time, is 100 on every architecture. */
const TICKS_PER_SECOND = 100;
const CUTOFF_CHAINS = ["kill_cutoff_in", "kill_cutoff_out"];

/**
 * True when argv is a QEMU started for `domain`. libvirt runs `qemu-system-* -name
 * guest=<name>,debug-threads=on ...`; a zombie has an empty cmdline and so counts as gone.
 */
export function isQemuOf(argv: string[], domain: string): boolean {
  if (!argv[0] || !/^qemu-(system-|kvm)/.test(basename(argv[0]))) return false;
  const index = argv.indexOf("-name");
  const name = index >= 0 ? argv[index + 1] : undefined;
  if (name === undefined) return false;
  return name === `guest=${domain}` || name.startsWith(`guest=${domain},`) || name === domain;
}

/** The adapter over /proc, kill(2), ip and nft. */
export function systemHost(opts: HostOptions): HostOps {
  const proc = opts.procRoot ?? "/proc";
  const table = `${opts.nftTable.family} ${opts.nftTable.name}`;
  const nft = async (command: string): Promise<Outcome> => {
    const result = await run(opts.nft, [command], 10_000);
    return { ok: result.code === 0, detail: result.code === 0 ? command : firstLine(result) };
  };
  const ipLink = async (state: "up" | "down"): Promise<Outcome> => {
    const result = await run(opts.ip, ["link", "set", "dev", opts.bridge, state], 10_000);
    const detail = `${opts.bridge} ${state}`;
    return { ok: result.code === 0, detail: result.code === 0 ? detail : firstLine(result) };
  };

  return {
    qemuProcesses: async (domain) => {
      const found: QemuProcess[] = [];
      const bootTime = await readBootTime(proc);
      for (const entry of await readdir(proc)) {
        if (!/^\d+$/.test(entry)) continue;
        const argv = await readFile(`${proc}/${entry}/cmdline`, "utf8").catch(() => "");
        if (!isQemuOf(argv.split("\0"), domain)) continue;
        const stat = await readFile(`${proc}/${entry}/stat`, "utf8").catch(() => "");
        // Fields after the command name, which may itself hold spaces and parentheses.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ticks = Number(fields[19]);
        found.push({
          pid: Number(entry),
          state: fields[0] ?? "?",
          ...(bootTime && ticks
            ? { startedAt: new Date(bootTime + (ticks / TICKS_PER_SECOND) * 1000) }
            : {}),
        });
      }
      return found;
    },
    killProcess: (pid) => {
      try {
        process.kill(pid, "SIGKILL");
        return Promise.resolve({ ok: true, detail: `sent SIGKILL to ${pid}` });
      } catch (err) {
        return Promise.resolve({ ok: false, detail: `kill ${pid}: ${(err as Error).message}` });
      }
    },
    cutOff: async () => {
      // A chain of our own in our table: it needs no knowledge of the firewall's chains, and
      // a fresh load of the firewall (which replaces the whole table) removes it.
      const [inChain, outChain] = CUTOFF_CHAINS;
      const chain = (name: string, hook: string, match: string): string[] => [
        `add chain ${table} ${name} { type filter hook ${hook} priority -300; policy accept; }`,
        `flush chain ${table} ${name}`,
        `add rule ${table} ${name} ${match} "${opts.bridge}" drop`,
      ];
      const rules = [
        `add table ${table}`,
        ...chain(inChain!, "prerouting", "iifname"),
        ...chain(outChain!, "output", "oifname"),
      ].join("; ");
      return [
        { step: "nft drop rule for the bridge", ...(await nft(rules)) },
        { step: "bridge link down", ...(await ipLink("down")) },
      ];
    },
    liftCutOff: async () => {
      const drops = CUTOFF_CHAINS.map(
        (c) => `flush chain ${table} ${c}; delete chain ${table} ${c}`,
      );
      return [
        { step: "remove nft drop rule", ...(await nft(drops.join("; "))) },
        { step: "bridge link up", ...(await ipLink("up")) },
      ];
    },
    isCutOff: async () =>
      (await run(opts.nft, [`list chain ${table} ${CUTOFF_CHAINS[0]}`], 10_000)).code === 0,
    overlay: async () => {
      const info = await stat(opts.overlayPath).catch(() => undefined);
      if (!info) return undefined;
      return {
        path: opts.overlayPath,
        modified: info.mtime,
        ...(info.birthtimeMs > 0 ? { created: info.birthtime } : {}),
      };
    },
    proxyRefusals: () => readRefusals(opts.proxyLog),
  };
}

async function readBootTime(proc: string): Promise<number | undefined> {
  const text = await readFile(`${proc}/stat`, "utf8").catch(() => "");
  const match = /^btime (\d+)$/m.exec(text);
  return match ? Number(match[1]) * 1000 : undefined;
}
