import { HostOps } from "./host";
import { describe, destroyAndVerify, outlastStart } from "./kill";
import { RefusalSummary } from "./proxyLog";
import { sleep } from "./run";
import { Step, Steps } from "./steps";
import { Virsh, VirshResult } from "./virsh";

export type ActionName = "start" | "stop" | "kill";

/**
 * What became of an action: done, failed, aborted (a kill took over while it ran) or
 * cancelled (it was still queued when a kill came).
 */
export type Outcome = "done" | "failed" | "aborted" | "cancelled";

/** The answer to start, stop and kill: what happened, step by step. */
export interface ActionResult {
  action: ActionName;
  outcome: Outcome;
  /** The domain's state when the action finished. */
  state: string;
  steps: Step[];
  ms: number;
}

/** The answer to status. */
export interface Status {
  domain: string;
  state: string;
  /** The action running now, if any. */
  busy: ActionName | null;
  qemu: Array<{ pid: number; state: string }>;
  uptimeSeconds: number | null;
  overlay: { path: string; modified: string; ageSeconds: number } | null;
  /** True while the network cut-off of a failed kill is in place. */
  cutOff: boolean;
  proxyRefusals: RefusalSummary;
}

/** The domain and the adapters the controller drives, and its patience. */
export interface ControllerOptions {
  domain: string;
  virsh: Virsh;
  host: HostOps;
  /** How long a stop waits for the guest to power off before destroying it. @default 30000 */
  stopTimeoutMs?: number;
  /** How long QEMU may take to disappear after a destroy or a SIGKILL. @default 5000 */
  verifyTimeoutMs?: number;
  /** How long a kill waits for a start it aborted to come back from libvirt. @default 20000 */
  startSettleMs?: number;
  /** @default 100 */
  pollMs?: number;
}

interface Running {
  action: ActionName;
  abort: AbortController;
}

/**
 * Runs one action at a time, in arrival order. A kill jumps the queue: it aborts the action
 * in flight, cancels everything queued before it, and keeps destroying the domain until an
 * aborted start has come back from libvirt, so a start can never outlive the kill.
 */
export class Controller {
  private readonly opts: Required<ControllerOptions>;
  private tail: Promise<void> = Promise.resolve();
  /** Bumped by every kill; queued actions from an older generation are cancelled. */
  private generation = 0;
  private running?: Running;
  private killing?: Promise<ActionResult>;
  /** libvirt's answer to the last start, while it is still outstanding. */
  private startCall?: Promise<VirshResult>;

  constructor(opts: ControllerOptions) {
    this.opts = {
      stopTimeoutMs: 30_000,
      verifyTimeoutMs: 5_000,
      startSettleMs: 20_000,
      pollMs: 100,
      ...opts,
    };
  }

  get busy(): ActionName | null {
    return this.killing ? "kill" : (this.running?.action ?? null);
  }

  start(): Promise<ActionResult> {
    return this.enqueue("start", (steps, signal) => this.doStart(steps, signal));
  }

  stop(): Promise<ActionResult> {
    return this.enqueue("stop", (steps, signal) => this.doStop(steps, signal));
  }

  kill(): Promise<ActionResult> {
    this.generation++;
    // A second kill while one runs joins it; the generation bump above still cancels
    // anything queued between the two.
    if (this.killing) return this.killing;
    const preempted = this.running;
    preempted?.abort.abort();
    const killing = this.finish("kill", Date.now(), (steps) => this.doKill(steps, preempted));
    this.killing = killing;
    const clear = (): void => {
      if (this.killing === killing) this.killing = undefined;
    };
    void killing.then(clear, clear);
    this.tail = Promise.allSettled([this.tail, killing]).then(() => undefined);
    return killing;
  }

  async status(): Promise<Status> {
    const { domain, virsh, host } = this.opts;
    const [state, qemu, overlay, cutOff, proxyRefusals] = await Promise.all([
      virsh.domState(domain),
      host.qemuProcesses(domain),
      host.overlay(),
      host.isCutOff(),
      host.proxyRefusals(),
    ]);
    const now = Date.now();
    const starts = qemu
      .map((p) => p.startedAt?.getTime())
      .filter((t): t is number => t !== undefined);
    const born = overlay ? (overlay.created ?? overlay.modified) : undefined;
    return {
      domain,
      state: state.ok ? state.message : `unknown (${state.message})`,
      busy: this.busy,
      qemu: qemu.map(({ pid, state }) => ({ pid, state })),
      uptimeSeconds: starts.length > 0 ? Math.round((now - Math.min(...starts)) / 1000) : null,
      overlay: overlay
        ? {
            path: overlay.path,
            modified: overlay.modified.toISOString(),
            ageSeconds: Math.round((now - born!.getTime()) / 1000),
          }
        : null,
      cutOff,
      proxyRefusals,
    };
  }

  private enqueue(
    action: ActionName,
    body: (steps: Steps, signal: AbortSignal) => Promise<Outcome>,
  ): Promise<ActionResult> {
    const generation = this.generation;
    const result = this.tail.then(() => {
      const started = Date.now();
      if (generation !== this.generation) {
        return this.finish(action, started, (steps) => {
          steps.add("queued", false, "cancelled: a kill came after this request");
          return Promise.resolve("cancelled");
        });
      }
      const running: Running = { action, abort: new AbortController() };
      this.running = running;
      return this.finish(action, started, (steps) => body(steps, running.abort.signal)).finally(
        () => {
          if (this.running === running) this.running = undefined;
        },
      );
    });
    this.tail = result.then(() => undefined);
    return result;
  }

  private async finish(
    action: ActionName,
    started: number,
    body: (steps: Steps) => Promise<Outcome>,
  ): Promise<ActionResult> {
    const steps = new Steps();
    let outcome: Outcome;
    try {
      outcome = await body(steps);
    } catch (err) {
      steps.add("unexpected error", false, err instanceof Error ? err.message : String(err));
      outcome = "failed";
    }
    const state = await this.opts.virsh.domState(this.opts.domain);
    return {
      action,
      outcome,
      state: state.ok ? state.message : `unknown (${state.message})`,
      steps: steps.list,
      ms: Date.now() - started,
    };
  }

  private async doStart(steps: Steps, signal: AbortSignal): Promise<Outcome> {
    const { domain, virsh, host } = this.opts;
    const before = await virsh.domState(domain);
    steps.add("check state", before.ok, before.message);
    if (before.ok && before.message === "running") return "done";
    if (await host.isCutOff()) {
      const left = await host.qemuProcesses(domain);
      if (left.length > 0) {
        steps.add("lift cut-off", false, `refused: ${describe(left)} survived a kill`);
        return "failed";
      }
      for (const s of await host.liftCutOff()) steps.add(s.step, s.ok, s.detail);
    }
    // Checked right before the call, with no await in between: a kill either sees the call
    // in startCall or the start sees the kill.
    if (signal.aborted) return "aborted";
    const call = virsh.start(domain);
    this.startCall = call;
    const clear = (): void => {
      if (this.startCall === call) this.startCall = undefined;
    };
    void call.then(clear, clear);
    let aborted = false;
    const started = await steps.run("virsh start", async () => {
      const result = await Promise.race([call, abortion(signal)]);
      if (result === "aborted") {
        aborted = true;
        return { ok: false, detail: "aborted: a kill took over" };
      }
      return { ok: result.ok, detail: result.message || "started" };
    });
    if (aborted) return "aborted";
    return started.ok ? "done" : "failed";
  }

  private async doStop(steps: Steps, signal: AbortSignal): Promise<Outcome> {
    const { domain, virsh, stopTimeoutMs, pollMs } = this.opts;
    const before = await virsh.domState(domain);
    steps.add("check state", before.ok, before.message);
    if (before.ok && before.message === "shut off") return "done";
    if (signal.aborted) return "aborted";
    const asked = await virsh.shutdown(domain);
    steps.add("virsh shutdown", asked.ok, asked.message || "asked the guest to power off");
    const waited = await steps.run("wait for power-off", async () => {
      const deadline = Date.now() + stopTimeoutMs;
      for (;;) {
        const state = await virsh.domState(domain);
        if (state.ok && state.message === "shut off") return { ok: true, detail: "shut off" };
        if (Date.now() >= deadline) {
          return { ok: false, detail: `still ${state.message} after ${stopTimeoutMs} ms` };
        }
        if ((await sleep(pollMs, signal)) === "aborted") {
          return { ok: false, detail: "aborted: a kill took over" };
        }
      }
    });
    if (signal.aborted) return "aborted";
    if (waited.ok) return "done";
    return (await destroyAndVerify(this.opts, steps)) ? "done" : "failed";
  }

  private async doKill(steps: Steps, preempted: Running | undefined): Promise<Outcome> {
    if (preempted)
      steps.add(`abort ${preempted.action}`, true, `the ${preempted.action} in flight gives way`);
    let gone = await destroyAndVerify(this.opts, steps);
    const pending = this.startCall;
    if (pending) gone = (await outlastStart(this.opts, steps, pending)) && gone;
    return gone ? "done" : "failed";
  }
}

/** Settles only when the signal fires; holds no timer, so it keeps nothing alive. */
function abortion(signal: AbortSignal): Promise<"aborted"> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve("aborted");
    else signal.addEventListener("abort", () => resolve("aborted"), { once: true });
  });
}
