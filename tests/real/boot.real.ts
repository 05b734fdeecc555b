import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { baseImageScripts } from "../../render/guestImage";
import { hostProfile } from "../../render/hostProfile";
import { domainArgs, networkArgs, volumeNames } from "../../render/libvirt";
import { QEMU_HOOK_PATH, qemuHookScripts } from "../../render/qemuHook";
import { LibvirtDaemon, startLibvirt } from "../harness/libvirt";
import { domainXml, networkXml } from "../harness/libvirtXml";
import { sh, waitFor } from "../harness/sh";
import {
  ImageReader,
  PROBE,
  cachedBase,
  inputImage,
  labConfig,
  labPaths,
  publishBase,
  runWithGuestfs,
  sha512,
} from "./guestImageLab";
import { PrivateHost, startPrivateHost } from "./privateHost";

// The hardened image booted twice under TCG by a real libvirtd, started through the program's
// qemu hook (installed by its rendered create script), with the program's network and domain.
// A test-only unit in the image reports to the serial console and powers off.
const input = inputImage();
const config = labConfig(input);
const debian = hostProfile("debian");
const netns = "asb-img-n";
let dir: string;
let pool: string;
let host: PrivateHost;
let daemon: LibvirtDaemon;
let hookGeneration: string;
const disks = { overlayPath: "", dataPath: "" };
const baseSums: string[] = [];
const boots: Array<Record<string, string>> = [];
let overlayReplaced = false;
let markerAfterFirstBoot = "";
let baseStat: fs.Stats | undefined;
let baseAttrs = "";
let blankDataBoot: Record<string, string> = {};

/** The probe's `key=value` pairs (and `agent-env NAME=value` lines) from one boot. */
function parseProbe(serial: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of serial.split(/\r?\n/)) {
    const at = line.indexOf(`${PROBE} `);
    if (at < 0) continue;
    const text = line.slice(at + PROBE.length + 1).trim();
    const env = /^agent-env ([A-Za-z_]+)=(.*)$/.exec(text);
    if (env) found[`env:${env[1]}`] = env[2]!;
    else
      for (const [, key, value] of text.matchAll(/([a-z-]+)=(\S*(?: \S+)*?)(?= [a-z-]+=|$)/g)) {
        found[key!] = value!;
      }
    if (text === "DONE") found.done = "yes";
  }
  return found;
}

/** Builds the data disk: files inside and outside the reset list, and a planted symlink. */
function buildDataDisk(file: string): void {
  const tree = path.join(dir, "data-tree");
  const home = path.join(tree, "home/agent");
  fs.mkdirSync(path.join(home, ".ssh"), { recursive: true });
  fs.mkdirSync(path.join(home, "work"), { recursive: true });
  fs.mkdirSync(path.join(tree, "elsewhere/systemd/user"), { recursive: true });
  fs.mkdirSync(path.join(tree, "projects"), { recursive: true });
  fs.writeFileSync(path.join(home, ".bashrc"), "echo planted by the agent\n");
  fs.writeFileSync(path.join(home, ".ssh/authorized_keys"), "ssh-ed25519 AAAA planted\n");
  fs.writeFileSync(path.join(home, "work/keep.txt"), "kept\n");
  fs.writeFileSync(path.join(tree, "elsewhere/systemd/user/evil.service"), "untouched\n");
  fs.writeFileSync(path.join(tree, "projects/notes.txt"), "notes\n");
  // A listed path (home/agent/.config/systemd) reached through a planted symlink.
  fs.symlinkSync("/data/elsewhere", path.join(home, ".config"));
  sh(
    `chown -hR 1000:1000 ${home} ${tree}/elsewhere && truncate -s 256M ${file}.raw && ` +
      `mkfs.ext4 -q -d ${tree} ${file}.raw && qemu-img convert -O qcow2 ${file}.raw ${file} && ` +
      `rm -rf ${file}.raw ${tree}`,
  );
}

async function boot(serialLog: string): Promise<Record<string, string>> {
  daemon.virsh(`start ${config.vmName}`);
  let serial = "";
  await waitFor(
    "the probe to finish",
    () => {
      serial = fs.existsSync(serialLog) ? fs.readFileSync(serialLog, "utf8") : "";
      return serial.includes(`${PROBE} DONE`);
    },
    240_000,
    1_000,
  );
  await waitFor(
    "the VM to power off",
    () => daemon.virsh(`domstate ${config.vmName}`).trim() === "shut off",
    60_000,
    500,
  );
  return parseProbe(serial);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-boot-"));
  pool = path.join(dir, "pool");
  fs.mkdirSync(pool);
  sh(`chmod 0755 ${dir} ${pool}`);

  // The base, as the base image Command makes it (reusing the image test's if it ran first).
  const paths = labPaths(config, dir);
  if (fs.existsSync(cachedBase(paths))) sh(`cp --sparse=always ${cachedBase(paths)} ${paths.base}`);
  const base = runWithGuestfs(baseImageScripts(config, debian, paths).create);
  if (base.code !== 0) throw new Error(`base create failed:\n${base.stderr}`);
  publishBase(paths);

  // The hook, installed by its rendered create script on a private host, then given to a
  // libvirtd of our own before it starts.
  const hookLog = path.join(dir, "log", "overlay-reset.log");
  const names = volumeNames(config);
  disks.overlayPath = path.join(pool, names.overlay);
  disks.dataPath = path.join(pool, names.data);
  const hook = qemuHookScripts(config, debian, {
    base: paths.base,
    overlay: disks.overlayPath,
    log: hookLog,
  });
  host = await startPrivateHost("asb-img-h");
  const installed = host.runScript(hook.create);
  if (installed.code !== 0) throw new Error(`hook create failed:\n${installed.stderr}`);
  hookGeneration = installed.stdout.trim();
  const hookFile = path.join(host.root, "etc-up", QEMU_HOOK_PATH.replace(/^\/etc\//, ""));
  sh(`ip netns add ${netns}`);
  daemon = await startLibvirt({ netns, root: path.join(dir, "libvirt") });
  // The hook arrives while libvirtd runs, as on `pulumi up`. The create script reloads the
  // daemon through systemd (SIGHUP, which makes libvirtd look for hooks again); there is no
  // systemd here, so the test sends the signal. The first start below fails without it.
  fs.mkdirSync(path.join(daemon.etcDir, "hooks/qemu.d"), { recursive: true });
  sh(`cp -p ${hookFile} ${daemon.etcDir}/hooks/qemu.d/`);
  sh(`kill -HUP $(cat ${daemon.runDir}/libvirtd.pid) && sleep 2`);

  fs.writeFileSync(path.join(dir, "net.xml"), networkXml(networkArgs(config)));
  daemon.virsh(`net-create ${dir}/net.xml`);
  buildDataDisk(disks.dataPath);
  // What the program's overlay Volume holds before the first start.
  sh(`qemu-img create -q -f qcow2 -F qcow2 -b ${paths.base} ${disks.overlayPath} 4G`);
  const overlayInode = fs.statSync(disks.overlayPath).ino;
  const serialLog = path.join(dir, "serial.log");
  const xml = domainXml(domainArgs(config, disks), {
    type: "qemu",
    kernel: input.kernel,
    initrd: input.initrd,
    cmdline: "root=/dev/vda rw console=ttyS0",
    serialLog,
  });
  fs.writeFileSync(path.join(dir, "domain.xml"), xml);
  daemon.virsh(`define ${dir}/domain.xml`);

  baseSums.push(sha512(paths.base));
  boots.push(await boot(serialLog));
  baseSums.push(sha512(paths.base));
  overlayReplaced = fs.statSync(disks.overlayPath).ino !== overlayInode;
  const overlay = new ImageReader(disks.overlayPath, dir);
  markerAfterFirstBoot = overlay.debugfs("cat /var/lib/asb-img-marker");
  overlay.close();
  boots.push(await boot(serialLog));
  baseSums.push(sha512(paths.base));
  baseStat = fs.statSync(paths.base);
  // A new install: the program's data disk Volume starts blank.
  sh(`rm -f ${disks.dataPath} && qemu-img create -q -f qcow2 ${disks.dataPath} 1G`);
  blankDataBoot = await boot(serialLog);
  baseAttrs = sh(`lsattr ${paths.base}`).split(" ")[0]!;
}, 900_000);

afterAll(() => {
  daemon?.stop();
  sh(`ip netns del ${netns} 2> /dev/null || true`);
  host?.close();
  // The base is immutable; the flag must go before the folder can.
  if (dir) sh(`chattr -i ${dir}/pool/*.qcow2 2> /dev/null || true`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("every boot of the hardened guest", () => {
  it("reaches the probe on both starts", () => {
    expect(boots.map((b) => b.done)).toEqual(["yes", "yes"]);
  });

  it("has no resolver: empty immutable resolv.conf, resolved masked, nothing on :53 (S1)", () => {
    for (const b of boots) {
      expect(b.resolv).toBe("0 regular empty file");
      expect(b.attrs).toMatch(/^[-a-z]*i[-a-z]*$/);
      expect(b.resolved).toBe("masked");
      expect(b["dns-listeners"]).toBe("0");
      expect(b.lookup).toBe("failed");
    }
  });

  it("takes its reserved address by DHCP with DNS ignored", () => {
    expect(boots[0]!.address).toBe(config.network.vmAddress);
  });

  it("runs the agent as the agent user in tmux with the proxy set, after the reset", () => {
    const url = `http://${config.network.hostAddress}:${config.proxy.port}`;
    const b = boots[0]!;
    expect(b.agent).toBe("active");
    expect(b.tmux).toBe("yes");
    expect(b["env:AGENT_ID"]).toBe("agent:1000");
    for (const name of ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"]) {
      expect(b[`env:${name}`]).toBe(url);
    }
    expect(b["env:NODE_USE_ENV_PROXY"]).toBe("1");
    expect(b["env:no_proxy"]).toBe("localhost,127.0.0.1,::1");
    expect(b["login-https-proxy"]).toBe(url);
  });

  it("has /home from the data disk and no failed units", () => {
    for (const b of boots) {
      expect(b["home-mount"]).toMatch(/\/dev\/vdb\[\/home\]/);
      expect(b.failed).toBe("");
    }
  });
});

describe("the data disk reset", () => {
  it("restores listed files to the image's defaults and removes listed paths without one", () => {
    const b = boots[0]!;
    expect(b.bashrc).toBe("default");
    expect(b.profile).toBe("default");
    expect(b.ssh).toBe("absent");
  });

  it("removes a symlink planted above a listed path and leaves its target alone", () => {
    for (const b of boots) {
      expect(b.config).toBe("absent");
      expect(b.elsewhere).toBe("untouched");
    }
  });

  it("leaves everything else on the data disk, across starts (S7)", () => {
    for (const b of boots) expect([b.keep, b.projects]).toEqual(["kept", "notes"]);
    expect(boots.map((b) => b.boots)).toEqual(["1", "2"]);
  });
});

describe("the first boot on a blank data disk", () => {
  it("formats it and gives the agent its home from the image's defaults", () => {
    const b = blankDataBoot;
    expect(b["home-mount"]).toMatch(/\/dev\/vdb\[\/home\]/);
    expect([b.bashrc, b.profile, b.ssh, b.boots]).toEqual(["default", "default", "absent", "1"]);
    expect([b.agent, b.tmux, b.failed]).toEqual(["active", "yes", ""]);
  });
});

describe("the fresh overlay on every start (S6)", () => {
  it("replaced the overlay through the hook, which logged it", () => {
    expect(overlayReplaced).toBe(true);
    const log = fs.readFileSync(path.join(dir, "log", "overlay-reset.log"), "utf8");
    expect(log.trim().split("\n")).toHaveLength(3);
    expect(log).toContain(`fresh overlay ${disks.overlayPath} on `);
  });

  it("drops a file the guest wrote on its root disk at the next start", () => {
    expect(markerAfterFirstBoot).toBe("planted\n");
    expect(boots.map((b) => b["root-marker"])).toEqual(["absent", "absent"]);
  });

  it("never changes the base, which stays read-only and owned by root", () => {
    expect(new Set(baseSums).size).toBe(1);
    expect(baseSums).toHaveLength(3);
    expect((baseStat!.mode & 0o777).toString(8)).toBe("444");
    expect([baseStat!.uid, baseStat!.gid]).toEqual([0, 0]);
    expect(baseAttrs).toMatch(/^[-a-z]*i[-a-z]*$/);
  });
});

describe("the hook's delete script", () => {
  it("removes the hook for its own generation only", () => {
    const file = path.join(host.root, "etc-up", QEMU_HOOK_PATH.replace(/^\/etc\//, ""));
    const hook = qemuHookScripts(config, debian, { base: "/b", overlay: "/o" });
    expect(host.runScript(hook.delete, "not-the-generation").code).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const removed = host.runScript(hook.delete, hookGeneration);
    expect(removed.code).toBe(0);
    expect(removed.stderr).toContain(`removed ${QEMU_HOOK_PATH}`);
    expect(fs.existsSync(file)).toBe(false);
  });
});
