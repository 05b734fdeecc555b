import { HostOps, QemuProcess } from "./host";
import { sleep } from "./run";
import { Steps } from "./steps";
import { Virsh, VirshResult } from "./virsh";

/** What a kill needs: the domain, the adapters and how long to wait for each proof. */
export interface KillContext {
  domain: string;
  virsh: Virsh;
  host: HostOps;
  /** How long QEMU may take to disappear after a destroy or a SIGKILL. */
  verifyTimeoutMs: number;
  /** How long to wait for a start that a kill aborted to come back from libvirt. */
  startSettleMs: number;
  pollMs: number;
}

/**
 * libvirt finishes a start even when its caller has gone away, so the QEMU of an aborted
 * start may appear after the first destroy. Watch until libvirt answers, destroying whatever
 * appears; if it never answers, cut the VM off so a late start has no network.
 */
export async function outlastStart(
  ctx: KillContext,
  steps: Steps,
  pending: Promise<VirshResult>,
): Promise<boolean> {
  const { domain, host, virsh, startSettleMs, pollMs } = ctx;
  let settled = false;
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + startSettleMs;
  let gone = true;
  while (!settled && Date.now() < deadline) {
    if ((await host.qemuProcesses(domain)).length > 0) gone = await destroyAndVerify(ctx, steps);
    if (!settled) await sleep(pollMs);
  }
  if (!settled) {
    steps.add(
      "wait for the aborted start",
      false,
      `libvirt did not answer within ${startSettleMs} ms`,
    );
    for (const s of await host.cutOff()) steps.add(s.step, s.ok, s.detail);
    return false;
  }
  steps.add("wait for the aborted start", true, "libvirt answered the start");
  const left = await host.qemuProcesses(domain);
  const state = await virsh.domState(domain);
  if (left.length > 0 || (state.ok && state.message !== "shut off")) {
    gone = await destroyAndVerify(ctx, steps);
  }
  return gone;
}

/**
 * virsh destroy, then proof from /proc that QEMU is gone. If it is not, cut the VM off the
 * network and SIGKILL the process ourselves. Returns whether QEMU is gone in the end.
 */
export async function destroyAndVerify(ctx: KillContext, steps: Steps): Promise<boolean> {
  const { domain, virsh, host, verifyTimeoutMs } = ctx;
  // A destroy of a domain that is not running fails harmlessly: /proc has the last word.
  await steps.run("virsh destroy", async () => {
    const result = await virsh.destroy(domain);
    return { ok: result.ok, detail: result.message || "destroyed" };
  });
  let left: QemuProcess[] = [];
  const verified = await steps.run("verify QEMU gone", async () => {
    left = await waitGone(ctx, verifyTimeoutMs);
    return left.length === 0
      ? { ok: true, detail: `no QEMU process with -name guest=${domain}` }
      : { ok: false, detail: `${describe(left)} still there after ${verifyTimeoutMs} ms` };
  });
  if (verified.ok) return true;
  for (const s of await host.cutOff()) steps.add(s.step, s.ok, s.detail);
  for (const p of left) await steps.run(`kill -9 ${p.pid}`, () => host.killProcess(p.pid));
  const after = await steps.run("verify QEMU gone after SIGKILL", async () => {
    const still = await waitGone(ctx, verifyTimeoutMs);
    return still.length === 0
      ? { ok: true, detail: "QEMU is gone; the VM stays cut off until the next start" }
      : { ok: false, detail: `${describe(still)} survived SIGKILL; the VM stays cut off` };
  });
  return after.ok;
}

async function waitGone(ctx: KillContext, timeoutMs: number): Promise<QemuProcess[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await ctx.host.qemuProcesses(ctx.domain);
    if (left.length === 0 || Date.now() >= deadline) return left;
    await sleep(ctx.pollMs);
  }
}

/** "QEMU pid 123 (state D)": what a step says about processes that are still there. */
export function describe(processes: QemuProcess[]): string {
  return processes.map((p) => `QEMU pid ${p.pid} (state ${p.state})`).join(", ");
}
