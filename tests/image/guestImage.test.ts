import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SandboxConfig } from "../../config";
import {
  BaseImagePaths,
  baseImagePaths,
  baseImageScripts,
  guestfishScript,
  hardenScript,
  installStepsScript,
} from "../../render/guestImage";
import { hostProfile } from "../../render/hostProfile";
import { homeConfig } from "../fixtures/homeConfig";

const debian = hostProfile("debian");

/** Index of the first line starting with `text` (after indentation). */
function lineOf(script: string, text: string): number {
  const index = script.split("\n").findIndex((line) => line.trimStart().startsWith(text));
  if (index < 0) throw new Error(`script has no line starting with ${text}`);
  return index;
}

function bashSyntaxError(script: string): string {
  const run = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
  return run.status === 0 ? "" : run.stderr;
}

/** A config whose image is a local file, so the create script runs without any network. */
function localImageConfig(dir: string, image: Partial<SandboxConfig["image"]>): SandboxConfig {
  const config = homeConfig({ agentInstallSteps: [] });
  const file = path.join(dir, "disk.qcow2");
  fs.writeFileSync(file, "not really an image\n");
  return { ...config, image: { url: `file://${file}`, fileName: "disk.qcow2", ...image } };
}

function localPaths(dir: string): BaseImagePaths {
  return {
    stagingDir: path.join(dir, "staging"),
    base: path.join(dir, "pool", "base.qcow2"),
    generationFile: path.join(dir, "base.generation"),
  };
}

function runCreate(config: SandboxConfig, paths: BaseImagePaths) {
  const script = baseImageScripts(config, debian, paths).create;
  return spawnSync("bash", ["-c", script, "agent-sandbox", ""], { encoding: "utf8" });
}

describe("baseImageScripts", () => {
  const config = homeConfig();
  const scripts = baseImageScripts(config, debian, baseImagePaths(config));

  it("renders scripts bash accepts", () => {
    expect(bashSyntaxError(scripts.create)).toBe("");
    expect(bashSyntaxError(scripts.delete)).toBe("");
    for (const file of scripts.files.filter((f) => f.path.endsWith(".sh"))) {
      expect(bashSyntaxError(file.content)).toBe("");
    }
  });

  it("verifies the download before converting, hardening or installing it", () => {
    const verify = lineOf(scripts.create, 'if [ "$actual" != "$expected" ]');
    expect(lineOf(scripts.create, "curl -fsSL --proto =https,file --retry 3 -o")).toBeLessThan(
      verify,
    );
    expect(verify).toBeLessThan(lineOf(scripts.create, "/usr/bin/qemu-img convert"));
    expect(verify).toBeLessThan(lineOf(scripts.create, "guestfish"));
    expect(lineOf(scripts.create, "guestfish")).toBeLessThan(lineOf(scripts.create, "chmod 0444"));
    expect(lineOf(scripts.create, "chmod 0444")).toBeLessThan(
      lineOf(scripts.create, 'mv -f "$base.part"'),
    );
  });

  it("reads the expected SHA-512 from the release's SHA512SUMS when none is configured", () => {
    expect(scripts.create).toContain(
      "sums_url='https://cloud.debian.org/images/cloud/bookworm/20250210-2019/SHA512SUMS'",
    );
    expect(scripts.create).toContain("file='debian-12-genericcloud-amd64-20250210-2019.qcow2'");
  });

  it("uses a configured SHA-512 without fetching SHA512SUMS", () => {
    const sha = "ab".repeat(64);
    const pinned = homeConfig({ imageSha512: sha });
    const create = baseImageScripts(pinned, debian, baseImagePaths(pinned)).create;
    expect(create).toContain(`expected='${sha}'`);
    expect(create).not.toContain("sums_url=");
  });

  it("hardens with the network only when there are install steps", () => {
    expect(scripts.create).toMatch(/guestfish .* -i --network -f/);
    const offline = homeConfig({ agentInstallSteps: [] });
    const create = baseImageScripts(offline, debian, baseImagePaths(offline)).create;
    expect(create).toMatch(/guestfish .* -i -f/);
    expect(create).not.toContain("install-steps.sh");
  });

  it("makes the base immutable after its last chown and clears that before removing it", () => {
    const chown = scripts.create.split("\n").lastIndexOf('chown root:root "$base"');
    expect(chown).toBeGreaterThan(lineOf(scripts.create, 'chattr -i "$base"'));
    expect(chown).toBeLessThan(lineOf(scripts.create, 'if chattr +i "$base"'));
    expect(lineOf(scripts.delete, "chattr -i")).toBeLessThan(
      lineOf(scripts.delete, "rm -f '/var/lib/libvirt"),
    );
  });

  it("prints only the generation on stdout and guards the delete with it", () => {
    expect(scripts.create.split("\n").filter((line) => line.includes(">&3"))).toEqual([
      "printf '%s\\n' \"$generation\" >&3",
    ]);
    expect(lineOf(scripts.delete, "exit 0")).toBeLessThan(lineOf(scripts.delete, "rm -rf"));
  });
});

describe("baseImagePaths", () => {
  it("puts the base in the pool under a name that changes with the image and the hardening", () => {
    const home = baseImagePaths(homeConfig());
    expect(home.base).toMatch(
      /^\/var\/lib\/libvirt\/agent-sandbox\/agent-sandbox-base-[0-9a-f]{12}\.qcow2$/,
    );
    expect(baseImagePaths(homeConfig()).base).toBe(home.base);
    expect(
      baseImagePaths(homeConfig({ agentUser: "claude", dataResetPaths: ["home/claude/.bashrc"] }))
        .base,
    ).not.toBe(home.base);
    expect(baseImagePaths(homeConfig({ imageSha512: "cd".repeat(64) })).base).not.toBe(home.base);
    expect(baseImagePaths(homeConfig({ proxyPort: "3128" })).base).not.toBe(home.base);
  });

  it("keeps the staging folder outside the pool", () => {
    const paths = baseImagePaths(homeConfig());
    expect(paths.stagingDir.startsWith("/var/lib/libvirt/")).toBe(false);
  });
});

describe("the base image create script, run against a local file", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-img-unit-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stops on a SHA-512 mismatch, naming the key, and leaves nothing behind", () => {
    const paths = localPaths(dir);
    const run = runCreate(localImageConfig(dir, { sha512: "0".repeat(128) }), paths);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SHA-512 mismatch for disk.qcow2");
    expect(run.stderr).toContain("(agent-sandbox:imageSha512); nothing was kept");
    expect(run.stdout).toBe("");
    expect(fs.existsSync(paths.stagingDir)).toBe(false);
    expect(fs.existsSync(paths.base)).toBe(false);
    expect(fs.existsSync(paths.generationFile)).toBe(false);
  });

  it("stops when SHA512SUMS has no line for the image", () => {
    const sums = path.join(dir, "SHA512SUMS");
    fs.writeFileSync(sums, `${"1".repeat(128)}  other.qcow2\n`);
    const paths = localPaths(dir);
    const run = runCreate(localImageConfig(dir, { sha512SumsUrl: `file://${sums}` }), paths);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no line for disk.qcow2 in file://${sums}`);
    expect(fs.existsSync(paths.stagingDir)).toBe(false);
  });

  it("accepts the line for the image in SHA512SUMS and goes on to convert it", () => {
    const image = path.join(dir, "disk.qcow2");
    const config = localImageConfig(dir, {});
    const sha = createHash("sha512").update(fs.readFileSync(image)).digest("hex");
    const sums = path.join(dir, "SHA512SUMS");
    fs.writeFileSync(sums, `${"1".repeat(128)}  other.qcow2\n${sha.toUpperCase()} *disk.qcow2\n`);
    const run = runCreate(
      { ...config, image: { ...config.image, sha512SumsUrl: `file://${sums}` } },
      localPaths(dir),
    );
    expect(run.stderr).toContain(
      "verified the SHA-512 of disk.qcow2 against agent-sandbox:imageSha512SumsUrl",
    );
    // The file is no image, so conversion is where it stops.
    expect(run.status).not.toBe(0);
    expect(fs.existsSync(localPaths(dir).stagingDir)).toBe(false);
  });
});

describe("guestfishScript", () => {
  const script = guestfishScript(homeConfig(), "/staging");

  it("runs the install steps before the hardening, both inside the image", () => {
    expect(lineOf(script, "upload /staging/install-steps.sh")).toBeLessThan(
      lineOf(script, "upload /staging/harden.sh"),
    );
    expect(script.match(/^sh "\/bin\/bash \/root\/[a-z-]+\.sh /gm)).toHaveLength(2);
  });

  it("replaces resolv.conf through the API after every sh call, immutable last", () => {
    const lines = script.trimEnd().split("\n");
    const lastSh = lines.map((line) => line.startsWith("sh ")).lastIndexOf(true);
    expect(lastSh).toBeLessThan(lineOf(script, "rm-f /etc/resolv.conf"));
    expect(lines.slice(lineOf(script, "rm-f /etc/resolv.conf"))).toEqual([
      "rm-f /etc/resolv.conf",
      "touch /etc/resolv.conf",
      "chown 0 0 /etc/resolv.conf",
      "chmod 0644 /etc/resolv.conf",
      "set-e2attrs /etc/resolv.conf i",
    ]);
  });
});

describe("installStepsScript", () => {
  it("is absent without steps", () => {
    expect(installStepsScript(homeConfig({ agentInstallSteps: [] }))).toBeUndefined();
  });

  it("updates apt's lists before an apt install and logs each step", () => {
    const script = installStepsScript(homeConfig())!;
    expect(lineOf(script, "apt-get update")).toBeLessThan(lineOf(script, "apt-get install"));
    expect(script).toContain("log 'install step 2/2: npm install -g @anthropic-ai/claude-code'");
  });

  it("runs a step verbatim, quoting only its log line", () => {
    const script = installStepsScript(
      homeConfig({ agentInstallSteps: ["echo 'it''s' > /opt/x"] }),
    )!;
    expect(script).toContain("\necho 'it''s' > /opt/x\n");
    expect(script).not.toContain("apt-get update");
    expect(bashSyntaxError(script)).toBe("");
  });
});

describe("hardenScript", () => {
  const script = hardenScript(homeConfig());

  it("is valid bash that creates the agent user with the fixed uid", () => {
    expect(bashSyntaxError(script)).toBe("");
    expect(script).toContain(
      'useradd --uid "$uid" --user-group --create-home --shell /bin/bash "$user"',
    );
    expect(script).toContain("user=agent\nuid=1000\n");
  });

  it("masks systemd-resolved and limits host lookups to /etc/hosts", () => {
    expect(script).toMatch(/for unit in systemd-resolved\.service /);
    expect(script).toContain("s/^hosts:.*/hosts:          files/");
  });

  it("mounts the data disk by its serial and binds /home after the reset", () => {
    expect(script).toContain(
      "/dev/disk/by-id/virtio-agent-data /data ext4 defaults,nosuid,nodev,nofail,x-systemd.makefs",
    );
    expect(script).toContain(
      "/data/home /home none bind,nofail,x-systemd.requires=agent-sandbox-reset.service 0 0",
    );
  });
});
