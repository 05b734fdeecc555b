import { RunResult, firstLine, run } from "./run";

/** The outcome of one virsh call, as a step of an answer shows it. */
export interface VirshResult {
  ok: boolean;
  /** virsh's own words: its output on success, its first error line on failure. */
  message: string;
}

/**
 * Every libvirt call the service makes. One small interface, so unit tests swap in a fake and
 * real tests point the CLI adapter at a harness daemon (a URI with `?socket=`).
 */
export interface Virsh {
  /** The domain's state as `virsh domstate` prints it ("running", "shut off", ...). */
  domState(domain: string): Promise<VirshResult>;
  start(domain: string): Promise<VirshResult>;
  /** Asks the guest to power off (ACPI); the guest may ignore it. */
  shutdown(domain: string): Promise<VirshResult>;
  /** Ends the QEMU process at once; nothing in the guest can delay it. */
  destroy(domain: string): Promise<VirshResult>;
}

/** Timeouts of the virsh CLI adapter, in milliseconds. */
export interface VirshTimeouts {
  /** @default 10000 */
  query?: number;
  /** A start includes the qemu hook recreating the overlay. @default 60000 */
  start?: number;
  /** @default 20000 */
  destroy?: number;
}

/** The adapter over the virsh binary, always with an explicit URI. */
export function virshCli(binary: string, uri: string, timeouts: VirshTimeouts = {}): Virsh {
  const call = async (args: string[], timeoutMs: number): Promise<VirshResult> => {
    const result: RunResult = await run(binary, ["-q", "-c", uri, ...args], timeoutMs);
    return result.code === 0
      ? { ok: true, message: result.stdout.trim() }
      : { ok: false, message: firstLine(result) || `virsh exited with ${String(result.code)}` };
  };
  const query = timeouts.query ?? 10_000;
  return {
    domState: (domain) => call(["domstate", domain], query),
    // --force-boot discards a managed save: memory saved against an old overlay must never be
    // restored onto a fresh one (the hook refuses it, and the start would fail).
    start: (domain) => call(["start", "--force-boot", domain], timeouts.start ?? 60_000),
    shutdown: (domain) => call(["shutdown", domain], query),
    destroy: (domain) => call(["destroy", domain], timeouts.destroy ?? 20_000),
  };
}
