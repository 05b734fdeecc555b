import { ActionResult, Controller, ControllerOptions } from "../../control/controller";
import { FakeWorld, gate } from "./fakes";

function controller(world: FakeWorld, opts: Partial<ControllerOptions> = {}): Controller {
  return new Controller({
    domain: "fake",
    virsh: world.virsh,
    host: world.host,
    stopTimeoutMs: 300,
    verifyTimeoutMs: 100,
    startSettleMs: 2_000,
    pollMs: 10,
    ...opts,
  });
}

const stepNames = (result: ActionResult): string[] => result.steps.map((s) => s.step);

describe("the controller", () => {
  it("starts a shut-off domain and reports the state it reached", async () => {
    const world = new FakeWorld();
    const result = await controller(world).start();
    expect(result).toMatchObject({ action: "start", outcome: "done", state: "running" });
    expect(stepNames(result)).toEqual(["check state", "virsh start"]);
    expect(world.pids).toHaveLength(1);
  });

  it("leaves a running domain alone when asked to start it", async () => {
    const world = new FakeWorld();
    world.boot();
    const result = await controller(world).start();
    expect(result.outcome).toBe("done");
    expect(world.calls).toEqual([]);
  });

  it("stops a domain by asking the guest to power off and waiting for it", async () => {
    const world = new FakeWorld();
    world.boot();
    const result = await controller(world).stop();
    expect(result).toMatchObject({ outcome: "done", state: "shut off" });
    expect(world.calls).toEqual(["shutdown"]);
  });

  it("destroys a guest that ignores the power-off request once the stop timeout passes", async () => {
    const world = new FakeWorld();
    world.boot();
    world.guestIgnoresShutdown = true;
    const result = await controller(world).stop();
    expect(result.outcome).toBe("done");
    expect(world.calls).toEqual(["shutdown", "destroy"]);
    expect(result.steps.find((s) => s.step === "wait for power-off")).toMatchObject({ ok: false });
    expect(world.pids).toEqual([]);
  });

  it("kills with virsh destroy and checks /proc that QEMU is gone", async () => {
    const world = new FakeWorld();
    world.boot();
    const result = await controller(world).kill();
    expect(result).toMatchObject({ outcome: "done", state: "shut off" });
    expect(stepNames(result)).toEqual(["virsh destroy", "verify QEMU gone"]);
    expect(result.steps.every((s) => s.ok)).toBe(true);
  });

  it("cuts the VM off and SIGKILLs QEMU itself when destroy leaves the process running", async () => {
    const world = new FakeWorld();
    world.boot();
    const pid = world.pids[0]!.pid;
    world.destroyFails = true;
    const result = await controller(world).kill();
    expect(result.outcome).toBe("done");
    expect(world.calls).toEqual(["destroy", "cutOff", `kill ${pid}`]);
    expect(stepNames(result)).toEqual([
      "virsh destroy",
      "verify QEMU gone",
      "nft drop rule for the bridge",
      `kill -9 ${pid}`,
      "verify QEMU gone after SIGKILL",
    ]);
    expect(result.steps[1]).toMatchObject({ ok: false });
    expect(world.pids).toEqual([]);
  });

  it("reports a failed kill, naming the process, when QEMU survives SIGKILL", async () => {
    const world = new FakeWorld();
    world.boot();
    world.destroyFails = true;
    world.unkillable = true;
    const result = await controller(world).kill();
    expect(result.outcome).toBe("failed");
    expect(result.steps.at(-1)!.detail).toMatch(/QEMU pid \d+ \(state S\) survived SIGKILL/);
    expect(world.cutOff).toBe(true);
  });

  it("runs actions one at a time, in the order they arrived", async () => {
    const world = new FakeWorld();
    const c = controller(world);
    const results = await Promise.all([c.start(), c.stop(), c.start()]);
    expect(results.map((r) => r.outcome)).toEqual(["done", "done", "done"]);
    expect(world.calls).toEqual(["start", "shutdown", "start"]);
    expect(world.maxInFlight).toBe(1);
    expect(world.state).toBe("running");
  });

  it("lets a kill win over a start in flight, even when libvirt finishes that start later", async () => {
    const world = new FakeWorld();
    const held = gate();
    world.startGate = held.promise;
    const c = controller(world);
    const start = c.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(c.busy).toBe("start");
    const kill = c.kill();
    // The start answers at once, while libvirt is still busy with it.
    expect((await start).outcome).toBe("aborted");
    setTimeout(held.open, 50);
    const result = await kill;
    expect(result).toMatchObject({ outcome: "done", state: "shut off" });
    expect(stepNames(result)).toContain("wait for the aborted start");
    expect(world.pids).toEqual([]);
    expect(world.calls.filter((call) => call === "destroy").length).toBeGreaterThanOrEqual(2);
  });

  it("cuts the VM off when an aborted start never comes back from libvirt", async () => {
    const world = new FakeWorld();
    world.startGate = new Promise(() => undefined);
    const c = controller(world, { startSettleMs: 100 });
    const start = c.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await c.kill();
    expect((await start).outcome).toBe("aborted");
    expect(result.outcome).toBe("failed");
    expect(result.steps.find((s) => s.step === "wait for the aborted start")).toMatchObject({
      ok: false,
    });
    expect(world.cutOff).toBe(true);
  });

  it("cancels actions that were still queued when a kill came", async () => {
    const world = new FakeWorld();
    world.boot();
    world.guestIgnoresShutdown = true;
    const c = controller(world, { stopTimeoutMs: 5_000 });
    const stop = c.stop();
    const queuedStart = c.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const kill = await c.kill();
    expect(kill.outcome).toBe("done");
    expect((await stop).outcome).toBe("aborted");
    expect((await queuedStart).outcome).toBe("cancelled");
    expect(world.state).toBe("shut off");
    expect(world.calls).not.toContain("start");
  });

  it("runs a start that arrives after a kill once the kill is done", async () => {
    const world = new FakeWorld();
    world.boot();
    const c = controller(world);
    const kill = c.kill();
    const start = c.start();
    expect((await kill).outcome).toBe("done");
    expect((await start).outcome).toBe("done");
    expect(world.calls).toEqual(["destroy", "start"]);
  });

  it("joins a second kill to the one in flight and cancels what was queued between them", async () => {
    const world = new FakeWorld();
    world.boot();
    const c = controller(world);
    const first = c.kill();
    const between = c.start();
    const second = c.kill();
    expect(second).toBe(first);
    await first;
    expect((await between).outcome).toBe("cancelled");
    expect(world.calls).toEqual(["destroy"]);
  });

  it("lifts the cut-off of an earlier failed kill before starting again", async () => {
    const world = new FakeWorld();
    world.cutOff = true;
    const result = await controller(world).start();
    expect(result.outcome).toBe("done");
    expect(world.calls).toEqual(["liftCutOff", "start"]);
  });

  it("refuses to start while a QEMU that survived a kill is still there", async () => {
    const world = new FakeWorld();
    world.pids.push({ pid: 77, state: "D" });
    world.cutOff = true;
    const result = await controller(world).start();
    expect(result.outcome).toBe("failed");
    expect(result.steps.at(-1)!.detail).toContain("QEMU pid 77 (state D) survived a kill");
    expect(world.calls).toEqual([]);
  });

  it("reports state, uptime, overlay age and proxy refusals in its status", async () => {
    const world = new FakeWorld();
    world.boot();
    const status = await controller(world).status();
    expect(status).toMatchObject({ domain: "fake", state: "running", busy: null, cutOff: false });
    expect(status.uptimeSeconds).toBeGreaterThanOrEqual(5);
    expect(status.overlay!.ageSeconds).toBeGreaterThanOrEqual(90);
    expect(status.proxyRefusals.recent[0]!.host).toBe("evil.test");
  });
});
