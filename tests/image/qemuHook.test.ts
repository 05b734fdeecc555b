import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hostProfile } from "../../render/hostProfile";
import {
  FRESH_BOOT_UNIT,
  QEMU_HOOK_PATH,
  qemuHookScript,
  qemuHookScripts,
} from "../../render/qemuHook";
import { homeConfig } from "../fixtures/homeConfig";

const config = homeConfig();
const debian = hostProfile("debian");
const paths = {
  base: "/var/lib/libvirt/agent-sandbox/agent-sandbox-base-0123456789ab.qcow2",
  overlay: "/var/lib/libvirt/agent-sandbox/agent-sandbox-root.qcow2",
};

function runHook(hook: string, args: string[]) {
  return spawnSync("bash", ["-c", hook, "hook", ...args], { input: "<domain/>", encoding: "utf8" });
}

describe("qemuHookScript", () => {
  const hook = qemuHookScript(config, debian, paths);

  it("builds the overlay on the base, both formats explicit, and renames it into place", () => {
    const lines = hook.split("\n");
    const create = lines.indexOf(
      `/usr/bin/qemu-img create -q -f qcow2 -o compat=1.1 -F qcow2 -b "$base" "$overlay.new" 20G`,
    );
    expect(create).toBeGreaterThan(lines.indexOf(`base='${paths.base}'`));
    expect(lines.indexOf('chown libvirt-qemu:kvm "$overlay.new"')).toBeGreaterThan(create);
    expect(lines.indexOf('mv -f "$overlay.new" "$overlay"')).toBeGreaterThan(create);
  });

  it("never calls virsh", () => {
    expect(hook).not.toMatch(/\bvirsh\b/);
  });

  it("leaves other domains and other phases alone, touching nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-hook-"));
    try {
      const overlay = path.join(dir, "root.qcow2");
      const local = qemuHookScript(config, debian, {
        base: path.join(dir, "none"),
        overlay,
        log: path.join(dir, "log"),
      });
      expect(runHook(local, ["other-vm", "prepare", "begin", "-"]).status).toBe(0);
      expect(runHook(local, [config.vmName, "started", "begin", "-"]).status).toBe(0);
      expect(runHook(local, [config.vmName, "release", "end", "-"]).status).toBe(0);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to restore saved memory onto a fresh overlay, printing nothing on stdout", () => {
    const run = runHook(hook, [config.vmName, "restore", "begin", "-"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("refusing to restore saved state of agent-sandbox");
  });

  it("fails the start when the base is missing, keeping no half-made overlay", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-hook-"));
    try {
      const overlay = path.join(dir, "root.qcow2");
      const local = qemuHookScript(config, debian, {
        base: path.join(dir, "missing.qcow2"),
        overlay,
      });
      const run = runHook(local, [config.vmName, "prepare", "begin", "-"]);
      expect(run.status).not.toBe(0);
      expect(run.stdout).toBe("");
      expect(fs.existsSync(overlay)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches the snapshot", () => {
    expect(hook).toMatchSnapshot();
  });
});

describe("qemuHookScripts", () => {
  const scripts = qemuHookScripts(config, debian, paths);

  it("installs the hook in qemu.d, executable, so the user's own hook keeps working", () => {
    expect(QEMU_HOOK_PATH).toBe("/etc/libvirt/hooks/qemu.d/agent-sandbox");
    expect(scripts.files.map((f) => [f.path, f.mode])[0]).toEqual([QEMU_HOOK_PATH, "0755"]);
  });

  it("installs a boot unit that drops the VM's saved memory before libvirt can restore it", () => {
    const unit = scripts.files.find((f) => f.path.endsWith(FRESH_BOOT_UNIT))!.content;
    expect(unit).toMatch(/^Before=libvirtd\.service virtqemud\.service libvirt-guests\.service$/m);
    expect(unit).toContain(`ExecStart=/bin/rm -f /var/lib/libvirt/qemu/save/${config.vmName}.save`);
    expect(scripts.delete).toContain(`rm -f /etc/systemd/system/${FRESH_BOOT_UNIT}`);
  });

  it("reloads a running libvirt daemon only when the hook is new", () => {
    const lines = scripts.create.split("\n");
    const check = lines.findIndex((line) =>
      line.includes(`if [ -e ${QEMU_HOOK_PATH} ]; then new_hook=0`),
    );
    const write = lines.findIndex((line) => line.startsWith(`cat > ${QEMU_HOOK_PATH}.new`));
    const reload = lines.findIndex((line) => line.includes('systemctl reload "$daemon.service"'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(write);
    expect(write).toBeLessThan(reload);
    expect(scripts.create).toContain("for daemon in libvirtd virtqemud; do");
  });

  it("removes only our hook, and only for the recorded generation", () => {
    const lines = scripts.delete.split("\n");
    expect(lines.findIndex((l) => l.trim() === "exit 0")).toBeLessThan(
      lines.findIndex((l) => l.includes(`rm -f ${QEMU_HOOK_PATH}`)),
    );
    expect(scripts.delete).not.toMatch(/rm -[a-z]*r[a-z]* .*hooks/);
  });

  it("renders scripts bash accepts", () => {
    for (const script of [scripts.create, scripts.delete, scripts.files[0]!.content]) {
      expect(spawnSync("bash", ["-n"], { input: script }).status).toBe(0);
    }
  });
});
