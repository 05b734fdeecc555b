import { HostOps, QemuProcess } from "../../control/host";
import { Virsh, VirshResult } from "../../control/virsh";

/** A promise with its resolve handle: lets a test hold a fake libvirt call open. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * One fake host with one domain: virsh and /proc agree on whether QEMU runs, as they do on a
 * real host. Knobs make libvirt slow, make destroy fail or make QEMU unkillable.
 */
export class FakeWorld {
  state = "shut off";
  pids: QemuProcess[] = [];
  nextPid = 4000;
  cutOff = false;
  /** Every mutating call, in order: start, shutdown, destroy, kill <pid>, cutOff, liftCutOff. */
  calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Held open while set: `virsh start` does not return (and QEMU does not appear) until opened. */
  startGate?: Promise<void>;
  destroyFails = false;
  guestIgnoresShutdown = false;
  unkillable = false;

  readonly virsh: Virsh = {
    domState: () => Promise.resolve({ ok: true, message: this.state }),
    start: () =>
      this.mutating("start", async () => {
        if (this.state === "running") return { ok: false, message: "domain is already active" };
        await this.startGate;
        this.boot();
        return { ok: true, message: "Domain 'fake' started" };
      }),
    shutdown: () =>
      this.mutating("shutdown", () => {
        if (this.state !== "running")
          return Promise.resolve({ ok: false, message: "domain is not running" });
        if (!this.guestIgnoresShutdown) setTimeout(() => this.halt(), 30);
        return Promise.resolve({ ok: true, message: "Domain 'fake' is being shutdown" });
      }),
    destroy: () =>
      this.mutating("destroy", () => {
        if (this.destroyFails)
          return Promise.resolve({ ok: false, message: "Failed to terminate process" });
        if (this.state !== "running")
          return Promise.resolve({ ok: false, message: "domain is not running" });
        this.halt();
        return Promise.resolve({ ok: true, message: "Domain 'fake' destroyed" });
      }),
  };

  readonly host: HostOps = {
    qemuProcesses: () => Promise.resolve(this.pids.map((p) => ({ ...p }))),
    killProcess: (pid) => {
      this.calls.push(`kill ${pid}`);
      if (!this.unkillable) {
        this.pids = this.pids.filter((p) => p.pid !== pid);
        this.state = "shut off";
      }
      return Promise.resolve({ ok: true, detail: `sent SIGKILL to ${pid}` });
    },
    cutOff: () => {
      this.calls.push("cutOff");
      this.cutOff = true;
      return Promise.resolve([{ step: "nft drop rule for the bridge", ok: true, detail: "fake" }]);
    },
    liftCutOff: () => {
      this.calls.push("liftCutOff");
      this.cutOff = false;
      return Promise.resolve([{ step: "remove nft drop rule", ok: true, detail: "fake" }]);
    },
    isCutOff: () => Promise.resolve(this.cutOff),
    overlay: () =>
      Promise.resolve({ path: "/pool/fake-root.qcow2", modified: new Date(Date.now() - 90_000) }),
    proxyRefusals: () =>
      Promise.resolve({ count: 1, recent: [{ time: "Dec 04 12:00:00.000", host: "evil.test" }] }),
  };

  boot(): void {
    this.state = "running";
    this.pids.push({ pid: this.nextPid++, state: "S", startedAt: new Date(Date.now() - 5_000) });
  }

  halt(): void {
    this.state = "shut off";
    this.pids = [];
  }

  private async mutating(name: string, body: () => Promise<VirshResult>): Promise<VirshResult> {
    this.calls.push(name);
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    try {
      return await body();
    } finally {
      this.inFlight--;
    }
  }
}
