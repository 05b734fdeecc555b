/**
 * How long the fresh overlay costs at each start, and whether it grows with the base. Runs the
 * rendered qemu hook's prepare step (as libvirtd would) on a 1 GiB and a 20 GiB sparse base,
 * then copies the 20 GiB base whole (the naive way to a clean root disk), all in one run, and
 * prints the ratios. Needs root (the hook hands the overlay to the QEMU user).
 *
 *   npm run bench:overlay
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hostProfile } from "../render/hostProfile";
import { qemuHookScript } from "../render/qemuHook";
import { homeConfig } from "../tests/fixtures/homeConfig";

const RUNS = 7;
/** Share of each base that holds data; the rest is sparse, as in a real cloud image. */
const FILLED = 0.05;

function run(command: string, args: string[], input = ""): void {
  const result = spawnSync(command, args, { input, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMs(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A qcow2 base of `gib` GiB with FILLED of it written, root-owned and read-only like ours. */
function makeBase(dir: string, gib: number): string {
  const base = path.join(dir, `base-${gib}g.qcow2`);
  const filledMiB = Math.round(gib * 1024 * FILLED);
  run("qemu-img", ["create", "-q", "-f", "qcow2", base, `${gib}G`]);
  run("qemu-io", ["-f", "qcow2", "-c", `write -P 0x5a 0 ${filledMiB}M`, base]);
  fs.chmodSync(base, 0o444);
  return base;
}

/** Median time of the hook's prepare step, which replaces the overlay on `base`. */
function resetMs(dir: string, base: string): number {
  const config = homeConfig();
  const overlay = path.join(dir, `${path.basename(base, ".qcow2")}-overlay.qcow2`);
  const hook = qemuHookScript(config, hostProfile("debian"), {
    base,
    overlay,
    log: path.join(dir, "overlay-reset.log"),
  });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(
      timeMs(() =>
        run("bash", ["-c", hook, "hook", config.vmName, "prepare", "begin", "-"], "<domain/>"),
      ),
    );
  }
  return median(times);
}

function copyMs(dir: string, base: string): number {
  const copy = path.join(dir, "copy.qcow2");
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    fs.rmSync(copy, { force: true });
    times.push(timeMs(() => run("cp", [base, copy])));
  }
  return median(times);
}

function main(): void {
  if (process.getuid?.() !== 0) throw new Error("run as root: the hook chowns the overlay");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-bench-"));
  try {
    const small = makeBase(dir, 1);
    const large = makeBase(dir, 20);
    const resetSmall = resetMs(dir, small);
    const resetLarge = resetMs(dir, large);
    const copyLarge = copyMs(dir, large);
    const f = (ms: number): string => `${ms.toFixed(1)} ms`;
    console.log(`overlay reset, 1 GiB base:   ${f(resetSmall)} (median of ${RUNS})`);
    console.log(`overlay reset, 20 GiB base:  ${f(resetLarge)} (median of ${RUNS})`);
    console.log(
      `full copy of the 20 GiB base: ${f(copyLarge)} (median of 3, ${FILLED * 100}% data)`,
    );
    console.log(`reset 20 GiB / reset 1 GiB:  ${(resetLarge / resetSmall).toFixed(2)}x`);
    console.log(`copy 20 GiB / reset 20 GiB:  ${(copyLarge / resetLarge).toFixed(0)}x`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
