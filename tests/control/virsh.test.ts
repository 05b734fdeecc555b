import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { virshCli } from "../../control/virsh";

// A stand-in virsh that records its arguments, so the adapter's command lines are checked as
// the real binary would receive them.
let dir: string;
let virsh: ReturnType<typeof virshCli>;
const argv = (): string => readFileSync(join(dir, "argv"), "utf8").trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "asb-virsh-"));
  const fake = join(dir, "virsh");
  writeFileSync(
    fake,
    `#!/bin/sh\necho "$*" > ${dir}/argv\n[ "$5" != fail ] || { echo "error: no" >&2; exit 1; }\n`,
  );
  chmodSync(fake, 0o755);
  virsh = virshCli(fake, "qemu:///system?socket=/x/sock");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("starts with --force-boot, so saved memory is never restored onto a fresh overlay", async () => {
  expect(await virsh.start("agent-sandbox")).toEqual({ ok: true, message: "" });
  expect(argv()).toBe("-q -c qemu:///system?socket=/x/sock start --force-boot agent-sandbox");
});

test("destroys and queries with the explicit URI", async () => {
  await virsh.destroy("agent-sandbox");
  expect(argv()).toBe("-q -c qemu:///system?socket=/x/sock destroy agent-sandbox");
  await virsh.domState("agent-sandbox");
  expect(argv()).toBe("-q -c qemu:///system?socket=/x/sock domstate agent-sandbox");
});

test("reports the first line of what virsh said when it fails", async () => {
  expect(await virsh.destroy("fail")).toEqual({ ok: false, message: "no" });
});
