import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { SandboxConfig } from "../../config";
import { BaseImagePaths, baseImagePaths } from "../../render/guestImage";
import { homeConfig } from "../fixtures/homeConfig";
import { quote, sh } from "../harness/sh";
import { CACHE_DIR, debianCloudKernel } from "../harness/tinyGuest";

/*
 * A small real Debian 12 for the image and boot tests: debootstrap once (cached), a test-only
 * probe unit, an ext4 image, qcow2. The hardening then runs on it exactly as rendered.
 */

const PACKAGES = ["linux-image-cloud-amd64", "systemd-sysv", "udev", "e2fsprogs", "tmux"];
const LAB = path.join(CACHE_DIR, "asb-img");
/** Debian's own mirror: the package registry, the one place the tests download from. */
const MIRROR = "http://deb.debian.org/debian";

/** Marks the probe's lines on the serial console. */
export const PROBE = "ASB-PROBE";

/** A test-only unit: after the agent starts, prints what the boot test checks, then powers off. */
const PROBE_UNIT = `[Unit]
Description=asb-img test probe
After=agent-sandbox-agent.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/asb-img-probe

[Install]
WantedBy=multi-user.target
`;

const PROBE_SCRIPT = `#!/bin/bash
# Test-only: reports to the serial console what the boot test checks, then powers off.
exec > /dev/ttyS0 2>&1
p() { echo "${PROBE} $*"; }
for i in $(seq 240); do [ -s /tmp/agent-env ] && break; sleep 0.5; done
p "resolv=$(stat -c '%s %F' /etc/resolv.conf) attrs=$(lsattr /etc/resolv.conf | cut -d' ' -f1)"
p "resolved=$(systemctl is-enabled systemd-resolved.service 2>&1)"
p "dns-listeners=$(cat /proc/net/udp /proc/net/tcp | awk '$2 ~ /:0035$/' | wc -l)"
p "lookup=$(getent hosts deb.debian.org > /dev/null && echo resolved || echo failed)"
p "address=$(hostname -I | xargs)"
tmux=$(runuser -u agent -- tmux has-session -t agent && echo yes || echo no)
p "agent=$(systemctl is-active agent-sandbox-agent.service) tmux=$tmux"
grep -E '^(HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|NODE_USE_ENV_PROXY|AGENT_ID)=' \\
  /tmp/agent-env | sort | sed 's/^/${PROBE} agent-env /'
p "login-https-proxy=$(runuser -l agent -c 'echo $HTTPS_PROXY')"
p "home-mount=$(findmnt -n -o SOURCE /home)"
h=/home/agent
p "bashrc=$(cmp -s $h/.bashrc /etc/skel/.bashrc && echo default || echo changed)"
p "profile=$(cmp -s $h/.profile /etc/skel/.profile && echo default || echo changed)"
p "ssh=$([ -e $h/.ssh ] && echo present || echo absent)"
config=$([ -e $h/.config ] && echo present || echo absent)
p "config=$([ -L $h/.config ] && echo symlink || echo $config)"
p "elsewhere=$(cat /data/elsewhere/systemd/user/evil.service)"
p "keep=$(cat $h/work/keep.txt) projects=$(cat /data/projects/notes.txt)"
runuser -u agent -- mkdir -p $h/work && echo boot >> $h/work/boots
p "boots=$(wc -l < $h/work/boots)"
p "root-marker=$([ -e /var/lib/asb-img-marker ] && echo present || echo absent)"
echo planted > /var/lib/asb-img-marker
p "failed=$(systemctl --failed --no-legend --plain | awk '{print $1}' | xargs)"
sync
p DONE
systemctl poweroff
`;

/** The agent command of the test stack: reports its environment, then idles like an agent. */
export const TEST_AGENT_COMMAND =
  '{ env; echo "AGENT_ID=$(id -un):$(id -u)"; } > /tmp/agent-env.part && ' +
  "mv /tmp/agent-env.part /tmp/agent-env && exec sleep infinity";

/** A local-only install step, so the image test proves steps run inside the image. */
export const TEST_INSTALL_STEP = "echo built-in-the-image > /opt/asb-img-install-step";

function cacheKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 12);
}

/** debootstrap's tree as a tarball, built once per package list (under a lock). */
function bookwormTree(): string {
  fs.mkdirSync(LAB, { recursive: true });
  const tar = path.join(LAB, `bookworm-${cacheKey("minbase", ...PACKAGES)}.tar`);
  const tree = `${tar}.tree`;
  const build = [
    `test -f ${tar} && exit 0`,
    `rm -rf ${tree}`,
    `debootstrap --variant=minbase --include=${PACKAGES.join(",")} bookworm ${tree} ${MIRROR}` +
      ` > ${tar}.log 2>&1`,
    `rm -rf ${tree}/var/cache/apt/*.bin ${tree}/var/cache/apt/archives/*.deb`,
    `rm -rf ${tree}/var/lib/apt/lists/*`,
    `tar -C ${tree} -cf ${tar}.part . && mv ${tar}.part ${tar} && rm -rf ${tree}`,
  ].join("\n");
  sh(`flock ${LAB}/.tree.lock bash -c ${quote(build)}`, { timeoutMs: 600_000 });
  return tar;
}

/** The test's unhardened input image, its SHA512SUMS and the kernel to boot it with. */
export interface InputImage {
  image: string;
  sums: string;
  kernel: string;
  initrd: string;
}

/**
 * The tree plus the probe, as a 1 GiB ext4 in a qcow2. Cached, so its checksum (and with it
 * the base's name) is the same for every test in a run.
 */
export function inputImage(): InputImage {
  const tar = bookwormTree();
  const dir = path.join(LAB, `input-${cacheKey(tar, PROBE_UNIT, PROBE_SCRIPT)}`);
  const image = path.join(dir, "asb-img-bookworm.qcow2");
  const result = {
    image,
    sums: path.join(dir, "SHA512SUMS"),
    kernel: path.join(dir, "vmlinuz"),
    initrd: path.join(dir, "initrd.img"),
  };
  if (fs.existsSync(path.join(dir, ".done"))) return result;
  // The probe files go in through a folder of this process; the build runs under a lock, as
  // the image and boot tests start at the same time.
  const probe = fs.mkdtempSync(path.join(LAB, ".probe-"));
  fs.writeFileSync(path.join(probe, "asb-img-probe.service"), PROBE_UNIT);
  fs.writeFileSync(path.join(probe, "asb-img-probe"), PROBE_SCRIPT, { mode: 0o755 });
  const tree = path.join(dir, "tree");
  const units = `${tree}/etc/systemd/system`;
  const build = [
    `test -f ${dir}/.done && exit 0`,
    // Inputs and bases of earlier versions of the tests only take space.
    `rm -rf ${LAB}/input-* ${LAB}/bases`,
    `mkdir -p ${tree} && tar -C ${tree} -xf ${tar}`,
    `cp ${probe}/asb-img-probe.service ${units}/`,
    `cp -p ${probe}/asb-img-probe ${tree}/usr/local/sbin/`,
    `ln -s /etc/systemd/system/asb-img-probe.service ${units}/multi-user.target.wants/`,
    `cp ${tree}/boot/vmlinuz-* ${result.kernel} && cp ${tree}/boot/initrd.img-* ${result.initrd}`,
    `chmod 0644 ${result.kernel} ${result.initrd} && chmod 0755 ${dir}`,
    `truncate -s 1G ${dir}/root.raw && mkfs.ext4 -q -L asb-img-root -d ${tree} ${dir}/root.raw`,
    `qemu-img convert -O qcow2 ${dir}/root.raw ${image} && rm -rf ${dir}/root.raw ${tree}`,
    `(cd ${dir} && sha512sum asb-img-bookworm.qcow2 > SHA512SUMS) && touch ${dir}/.done`,
  ].join("\n");
  try {
    sh(`flock ${LAB}/.input.lock bash -ec ${quote(build)}`, { timeoutMs: 180_000 });
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
  return result;
}

/**
 * The test stack: the home stack with a small TCG-friendly VM, the probe's agent command and
 * the input image as a local file checked against a local SHA512SUMS (never the network).
 */
export function labConfig(input: InputImage): SandboxConfig {
  const config = homeConfig({
    vmName: "asb-img-vm",
    bridgeName: "asbimg0",
    memoryMiB: "1024",
    vcpus: "1",
    rootDiskGiB: "4",
    dataDiskGiB: "1",
    agentCommand: TEST_AGENT_COMMAND,
    agentInstallSteps: [TEST_INSTALL_STEP],
  });
  return {
    ...config,
    image: {
      url: `file://${input.image}`,
      fileName: path.basename(input.image),
      sha512SumsUrl: `file://${input.sums}`,
    },
  };
}

/** The program's base name for this config, with the working files under `dir`. */
export function labPaths(config: SandboxConfig, dir: string): BaseImagePaths {
  return {
    stagingDir: path.join(dir, "staging"),
    base: path.join(dir, "pool", path.basename(baseImagePaths(config).base)),
    generationFile: path.join(dir, "base.generation"),
  };
}

/** A finished base kept for the other test of the same run. */
export function cachedBase(paths: BaseImagePaths): string {
  return path.join(LAB, "bases", path.basename(paths.base));
}

export function publishBase(paths: BaseImagePaths): void {
  const cached = cachedBase(paths);
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  // A copy of this process's own, renamed into place: the other test may publish at once.
  const part = `${cached}.${process.pid}`;
  sh(`test -f ${cached} || { cp --sparse=always ${paths.base} ${part} && mv ${part} ${cached}; }`);
}

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a rendered host script as `asRoot` does, where libguestfs can work on this machine:
 * TCG (KVM hangs here) and the cached Debian cloud kernel for its appliance, since the machine
 * has no kernel of its own. supermin also wants /lib/modules to exist; a private mount
 * namespace gives it one over /usr/lib without touching the machine.
 */
export function runWithGuestfs(script: string, arg = "", timeoutMs = 300_000): ScriptRun {
  const kernel = debianCloudKernel();
  const up = fs.mkdtempSync("/tmp/asb-img-libmods-");
  const setup = [
    "if [ ! -d /lib/modules ]; then",
    '  mkdir "$3/upper" "$3/work" "$3/upper/modules"',
    '  mount -t overlay asb-img-libmods -o lowerdir=/usr/lib,upperdir="$3/upper",workdir="$3/work" /usr/lib',
    "fi",
    'exec bash -c "$1" agent-sandbox "$2"',
  ].join("\n");
  const run = spawnSync(
    "unshare",
    ["-m", "--propagation", "private", "bash", "-c", setup, "asb-img", script, arg, up],
    {
      encoding: "utf8",
      timeout: timeoutMs,
      env: {
        ...process.env,
        LIBGUESTFS_BACKEND_SETTINGS: "force_tcg",
        SUPERMIN_KERNEL: kernel.vmlinuz,
        SUPERMIN_MODULES: path.join(kernel.root, "lib/modules", kernel.version),
      },
    },
  );
  fs.rmSync(up, { recursive: true, force: true });
  return { code: run.status ?? -1, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

/** Reads a file system inside a qcow2 with debugfs (through a raw copy; no appliance). */
export class ImageReader {
  private readonly raw: string;

  constructor(qcow2: string, dir: string) {
    this.raw = path.join(dir, `${path.basename(qcow2)}.raw`);
    sh(`qemu-img convert -O raw ${qcow2} ${this.raw}`, { timeoutMs: 120_000 });
  }

  debugfs(request: string): string {
    return sh(`debugfs -R ${quote(request)} ${this.raw} 2> /dev/null`);
  }

  cat(file: string): string {
    return this.debugfs(`cat ${file}`);
  }

  close(): void {
    fs.rmSync(this.raw, { force: true });
  }
}

export function sha512(file: string): string {
  return sh(`sha512sum ${file}`).split(" ")[0]!;
}
