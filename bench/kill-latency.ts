import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import { ControlLab, startControlLab } from "../tests/control/lab";
import { sh } from "../tests/harness/sh";

// Kill latency of the control service against a real TCG domain: from the request leaving the
// WireGuard peer to the moment /proc shows no QEMU for the domain, and to the answer. A bare
// `virsh destroy` of the same domain, measured in the same run, gives the ratio the service
// adds. Needs root; run with `npm run bench:kill [-- <kills>]`.

const kills = Number(process.argv[2] ?? 10);
const bareDestroys = Math.max(3, Math.ceil(kills / 2));

async function main(): Promise<void> {
  if (!Number.isInteger(kills) || kills < 10) throw new Error("measure at least 10 kills");
  const lab = await startControlLab("asb-ctl-b");
  try {
    const gone: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < kills; i++) {
      await startGuest(lab);
      const { goneMs, answerMs } = await timeKill(lab);
      gone.push(goneMs);
      answered.push(answerMs);
      process.stderr.write(`kill ${i + 1}/${kills}: QEMU gone after ${goneMs} ms\n`);
    }
    const bareGone: number[] = [];
    const bareReturned: number[] = [];
    for (let i = 0; i < bareDestroys; i++) {
      await startGuest(lab);
      const { goneMs, answerMs } = await timeBareDestroy(lab);
      bareGone.push(goneMs);
      bareReturned.push(answerMs);
    }
    report({ gone, answered }, { gone: bareGone, answered: bareReturned });
  } finally {
    lab.close();
  }
}

/** Starts the domain through the service and waits for the guest to run its script. */
async function startGuest(lab: ControlLab): Promise<void> {
  const answer = await lab.api("POST", "/api/start", { token: lab.token });
  if (answer.status !== 200) throw new Error(`start failed: ${JSON.stringify(answer.body)}`);
  await lab.waitForGuest();
}

async function timeKill(lab: ControlLab): Promise<{ goneMs: number; answerMs: number }> {
  const started = Date.now();
  const kill = lab.api("POST", "/api/kill", { token: lab.token }).then((answer) => {
    if (answer.body.outcome !== "done")
      throw new Error(`kill failed: ${JSON.stringify(answer.body)}`);
    return Date.now() - started;
  });
  // Polls /proc itself, independently of the service's own check.
  await until(() => lab.qemuPids().length === 0);
  const goneMs = Date.now() - started;
  return { goneMs, answerMs: await kill };
}

/** The same measurement for `virsh destroy` run directly on the host, without the service. */
async function timeBareDestroy(lab: ControlLab): Promise<{ goneMs: number; answerMs: number }> {
  const started = Date.now();
  const destroy = new Promise<number>((resolve, reject) =>
    execFile("virsh", ["-q", "-c", lab.libvirt.uri, "destroy", lab.config.vmName], (error) =>
      error ? reject(new Error(`virsh destroy: ${error.message}`)) : resolve(Date.now() - started),
    ),
  );
  await until(() => lab.qemuPids().length === 0);
  const goneMs = Date.now() - started;
  return { goneMs, answerMs: await destroy };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Timings {
  gone: number[];
  answered: number[];
}

function report(service: Timings, bare: Timings): void {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "?";
  const libvirt = sh("libvirtd --version").trim();
  const cell = (text: string): string => text.padStart(10);
  const row = (name: string, values: number[]): string =>
    name.padEnd(36) +
    [percentile(values, 50), percentile(values, 95), Math.min(...values), Math.max(...values)]
      .map((ms) => cell(`${ms} ms`))
      .join("");
  const ratio = (a: number[], b: number[]): string =>
    (percentile(a, 50) / percentile(b, 50)).toFixed(2);
  const lines = [
    `kill latency of the agent-sandbox control service (TCG guest, ${service.gone.length} kills)`,
    `machine: ${cpu}, ${os.cpus().length} cores, Linux ${os.release()}, ${libvirt}`,
    "",
    "".padEnd(36) + ["p50", "p95", "min", "max"].map(cell).join(""),
    row("service: request -> QEMU gone", service.gone),
    row("service: request -> answer", service.answered),
    row(`bare virsh destroy -> QEMU gone (${bare.gone.length}x)`, bare.gone),
    row(`bare virsh destroy -> returns (${bare.gone.length}x)`, bare.answered),
    "",
    `QEMU gone, service / bare virsh (p50): ${ratio(service.gone, bare.gone)}`,
    `answer, service / bare virsh return (p50): ${ratio(service.answered, bare.answered)}`,
    "The answer waits for virsh destroy to return (libvirt's cleanup) and for the /proc check.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
