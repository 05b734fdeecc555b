import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { baseImageScripts } from "../../render/guestImage";
import { GUEST_PATHS } from "../../render/guestUnits";
import { hostProfile } from "../../render/hostProfile";
import { sh } from "../harness/sh";
import {
  ImageReader,
  ScriptRun,
  inputImage,
  labConfig,
  labPaths,
  publishBase,
  runWithGuestfs,
  sha512,
} from "./guestImageLab";

// The base image Command's scripts, run exactly as rendered on a small real Debian 12: download
// (file://), SHA512SUMS check, one guestfish hardening session, read-only install; then the
// result is read back with debugfs.
const input = inputImage();
const config = labConfig(input);
let dir: string;
let scripts: ReturnType<typeof baseImageScripts>;
let paths: ReturnType<typeof labPaths>;
let created: ScriptRun;
let image: ImageReader;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-image-"));
  paths = labPaths(config, dir);
  scripts = baseImageScripts(config, hostProfile("debian"), paths);
  created = runWithGuestfs(scripts.create);
  if (created.code !== 0) throw new Error(`create failed:\n${created.stderr}`);
  publishBase(paths);
  image = new ImageReader(paths.base, dir);
}, 400_000);

afterAll(() => {
  image?.close();
  // The base is immutable; the flag must go before the folder can.
  if (dir) sh(`chattr -i ${dir}/pool/*.qcow2 2> /dev/null || true`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the base image create script", () => {
  it("prints only a generation id and logs each step", () => {
    expect(created.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    expect(created.stderr).toContain(
      "verified the SHA-512 of asb-img-bookworm.qcow2 against agent-sandbox:imageSha512SumsUrl",
    );
    expect(created.stderr).toContain("agent-sandbox: hardened the image");
  });

  it("installs the base read-only and owned by root, and removes its staging folder", () => {
    const stat = fs.statSync(paths.base);
    expect((stat.mode & 0o777).toString(8)).toBe("444");
    expect([stat.uid, stat.gid]).toEqual([0, 0]);
    expect(fs.existsSync(paths.stagingDir)).toBe(false);
    expect(sh(`qemu-img info ${paths.base}`)).toMatch(/file format: qcow2[\s\S]*/);
    expect(sh(`qemu-img info ${paths.base}`)).not.toContain("backing file");
  });

  it("keeps an existing base on a re-run instead of rebuilding it", () => {
    const before = sha512(paths.base);
    const again = runWithGuestfs(scripts.create);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("built from the same image and hardening");
    expect(again.stderr).not.toContain("guestfish");
    expect(sha512(paths.base)).toBe(before);
  });
});

describe("the hardened image", () => {
  it("has an empty, regular, immutable /etc/resolv.conf (the input had the host's copy)", () => {
    const stat = image.debugfs("stat /etc/resolv.conf");
    expect(stat).toMatch(/Type: regular/);
    expect(stat).toMatch(/Size: 0\b/);
    // 0x10 is EXT4_IMMUTABLE_FL.
    const flags = Number(/Flags: (0x[0-9a-f]+)/.exec(stat)![1]);
    expect(flags & 0x10).toBe(0x10);
  });

  it("has systemd-resolved masked and host lookups limited to /etc/hosts", () => {
    expect(image.debugfs("stat /etc/systemd/system/systemd-resolved.service")).toContain(
      'Fast link dest: "/dev/null"',
    );
    expect(image.cat("/etc/nsswitch.conf")).toMatch(/^hosts: +files$/m);
    expect(image.debugfs("ls /etc/systemd/system/multi-user.target.wants")).not.toContain(
      "resolved",
    );
  });

  it("has the agent user with the fixed uid, a locked password and no admin group", () => {
    expect(image.cat("/etc/passwd")).toMatch(/^agent:x:1000:1000::\/home\/agent:\/bin\/bash$/m);
    expect(image.cat("/etc/shadow")).toMatch(/^agent:!/m);
    expect(image.cat("/etc/group")).not.toMatch(/^(sudo|adm|wheel):.*\bagent\b/m);
  });

  it("sets the proxy for pam, login shells, systemd and apt", () => {
    const url = `http://${config.network.hostAddress}:${config.proxy.port}`;
    expect(image.cat("/etc/environment")).toContain(`HTTPS_PROXY=${url}\n`);
    expect(image.cat("/etc/profile.d/agent-sandbox-proxy.sh")).toContain(
      `export https_proxy=${url}\n`,
    );
    expect(image.cat("/etc/systemd/system.conf.d/90-agent-sandbox-proxy.conf")).toContain(
      `"HTTPS_PROXY=${url}"`,
    );
    expect(image.cat("/etc/apt/apt.conf.d/90agent-sandbox-proxy")).toContain(url);
  });

  it("enables the reset and agent units and networkd, and mounts the data disk by serial", () => {
    const wants = image.debugfs("ls /etc/systemd/system/multi-user.target.wants");
    for (const unit of [
      "agent-sandbox-reset.service",
      "agent-sandbox-agent.service",
      "systemd-networkd.service",
    ]) {
      expect(wants).toContain(unit);
    }
    expect(image.cat("/etc/fstab")).toContain(`${GUEST_PATHS.dataDevice} /data ext4`);
    expect(image.cat(`${GUEST_PATHS.dataDefaults}/home/agent/.bashrc`)).toBe(
      image.cat("/etc/skel/.bashrc"),
    );
  });

  it("ran the install steps inside the image and left no build scripts behind", () => {
    expect(image.cat("/opt/asb-img-install-step")).toBe("built-in-the-image\n");
    expect(image.debugfs("ls /root")).not.toContain("agent-sandbox-");
  });
});

describe("the base image delete script", () => {
  it("leaves the base to the re-run's newer generation and removes it for that one", () => {
    const stale = created.stdout.trim();
    const recorded = fs.readFileSync(paths.generationFile, "utf8").trim();
    expect(recorded).not.toBe(stale);
    const old = runWithGuestfs(scripts.delete, stale);
    expect(old.code).toBe(0);
    expect(fs.existsSync(paths.base)).toBe(true);
    const own = runWithGuestfs(scripts.delete, recorded);
    expect(own.code).toBe(0);
    expect(own.stderr).toContain(`removed the base ${paths.base}`);
    expect(fs.existsSync(paths.base)).toBe(false);
  });
});
