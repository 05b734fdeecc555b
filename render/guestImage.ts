import { createHash } from "crypto";
import { SandboxConfig } from "../config";
import {
  STDOUT_FOR_GENERATION_ONLY,
  generationGuardSteps,
  recordGenerationSteps,
} from "./generation";
import { AGENT_UID, GUEST_PATHS, GUEST_UNITS, fillTemplate, guestFiles } from "./guestUnits";
import { HOST_PATHS, HostProfile } from "./hostProfile";
import { HostFile, bashScript, installFilesSteps, shellQuote } from "./script";

/*
 * How the base gets to the host: the Command downloads the image into a staging folder outside
 * the pool, verifies its SHA-512, converts it to a plain qcow2 (which also drops any backing
 * file a crafted image could name), hardens it with one guestfish session and only then moves
 * it into the pool, root-owned and read-only. Nothing unverified or unhardened ever sits in the
 * pool, and it works the same over SSH, where the provider could not read a host-side file.
 * The base's file name carries a hash of everything that shapes it, so a changed image or
 * hardening makes a new base (and so a new overlay) beside the old one.
 */

/** Where the base image is built and where it ends up. */
export interface BaseImagePaths {
  /** Working folder for the download and the hardening; removed when the create ends. */
  stagingDir: string;
  /** The finished base in the pool: read-only, owned by root; the overlay's backing file. */
  base: string;
  /** Records which create owns the base, so an old delete cannot remove a rebuilt one. */
  generationFile: string;
}

/** What the base image Command runs. */
export interface BaseImageScripts {
  /** The files the create script writes into the staging folder (for `npm run render`). */
  files: HostFile[];
  /** Downloads, verifies, hardens and installs the base; prints a generation id. */
  create: string;
  /** Removes the base and its staging folder if handed the recorded generation. */
  delete: string;
}

/** Services that would answer or write DNS, masked in the image whether installed or not. */
export const MASKED_UNITS = [
  "systemd-resolved.service",
  "resolvconf.service",
  "resolvconf-pull-resolved.path",
  "resolvconf-pull-resolved.service",
  "dnsmasq.service",
  "avahi-daemon.service",
  // ifupdown would run dhclient beside systemd-networkd.
  "networking.service",
  "ifup@.service",
] as const;

const ENABLED_UNITS = ["systemd-networkd.service", GUEST_UNITS.reset, GUEST_UNITS.agent];

/** The in-guest hardening: the guest files, the agent user, no resolver, the data disk. */
export function hardenScript(config: SandboxConfig): string {
  const steps = fillTemplate("harden-steps.sh", {
    AGENT_USER: config.agent.user,
    AGENT_UID: String(AGENT_UID),
    MASKED_UNITS: MASKED_UNITS.join(" "),
    FSTAB_MARKER: "agent-sandbox data disk",
    DATA_DEVICE: GUEST_PATHS.dataDevice,
    DATA_MOUNT: GUEST_PATHS.dataMount,
    DEFAULTS_DIR: GUEST_PATHS.dataDefaults,
    ENABLED_UNITS: ENABLED_UNITS.join(" "),
  });
  return bashScript("agent-sandbox: harden the base image (runs inside it)", [
    ...installFilesSteps(guestFiles(config)),
    steps.trimEnd(),
  ]);
}

/**
 * agent-sandbox:agentInstallSteps as one script run inside the image, through the host's
 * network. Undefined when there are none (the image is then hardened without a network).
 */
export function installStepsScript(config: SandboxConfig): string | undefined {
  const steps = config.agent.installSteps;
  if (steps.length === 0) return undefined;
  // Cloud images ship without package lists, so apt needs an update first.
  const apt = steps.some((step) => /\bapt(-get)?\s+install\b/.test(step));
  return bashScript("agent-sandbox: agentInstallSteps (run inside the base image)", [
    "export DEBIAN_FRONTEND=noninteractive",
    ...(apt ? ['log "apt-get update"', "apt-get update -q"] : []),
    ...steps.flatMap((step, i) => [
      `log ${shellQuote(`install step ${i + 1}/${steps.length}: ${step}`)}`,
      step,
    ]),
    ...(apt ? ["apt-get clean", "rm -rf /var/lib/apt/lists/*"] : []),
  ]);
}

/**
 * guestfish `sh` prints a command's stdout only on success and its stderr only on failure;
 * the wrapper shows the script's log either way and leaves no log file in the image.
 */
function runInGuest(staged: string, name: string): string[] {
  const script = `/root/${name}.sh`;
  const log = `/root/${name}.log`;
  return [
    `upload ${staged} ${script}`,
    `sh "/bin/bash ${script} > ${log} 2>&1 || { cat ${log} >&2; exit 1; }; cat ${log}"`,
    `rm-f ${script}`,
    `rm-f ${log}`,
  ];
}

/** The guestfish commands: one appliance launch for the whole hardening. */
export function guestfishScript(config: SandboxConfig, stagingDir: string): string {
  const install = config.agent.installSteps.length > 0;
  return [
    "# agent-sandbox: hardens the base image in one guestfish session (each launch costs ~20 s).",
    ...(install ? runInGuest(`${stagingDir}/install-steps.sh`, "agent-sandbox-install-steps") : []),
    ...runInGuest(`${stagingDir}/harden.sh`, "agent-sandbox-harden"),
    // Through the API, after every `sh`: with the network on, libguestfs swaps resolv.conf
    // around each `sh` call and puts its own copy back. It may be a symlink, a file or, on a
    // rebuilt image, already immutable.
    "-set-e2attrs /etc/resolv.conf i clear:true",
    "rm-f /etc/resolv.conf",
    "touch /etc/resolv.conf",
    "chown 0 0 /etc/resolv.conf",
    "chmod 0644 /etc/resolv.conf",
    "set-e2attrs /etc/resolv.conf i",
    "",
  ].join("\n");
}

/**
 * The default paths: a staging folder under the program's state folder and a base in the pool
 * named after a hash of the image, the in-guest scripts and the guestfish recipe.
 */
export function baseImagePaths(config: SandboxConfig): BaseImagePaths {
  const hash = createHash("sha256")
    .update(
      JSON.stringify({
        image: config.image,
        harden: hardenScript(config),
        install: installStepsScript(config) ?? "",
        guestfish: guestfishScript(config, "/staging"),
      }),
    )
    .digest("hex")
    .slice(0, 12);
  const name = `${config.vmName}-base-${hash}`;
  return {
    stagingDir: `${HOST_PATHS.stateDir}/images/${name}`,
    base: `${config.poolPath}/${name}.qcow2`,
    generationFile: `${HOST_PATHS.stateDir}/${name}.generation`,
  };
}

/** The SHA-512 the download must have, from the stack config or the release's SHA512SUMS. */
function expectedSha512Steps(config: SandboxConfig): string[] {
  const { image } = config;
  if (image.sha512 !== undefined) return [`expected=${shellQuote(image.sha512)}`];
  return [
    `sums_url=${shellQuote(image.sha512SumsUrl ?? "")}`,
    'sums=$(curl -fsSL --proto =https,file --retry 3 "$sums_url") ||',
    '  { log "could not fetch $sums_url (agent-sandbox:imageSha512SumsUrl)"; exit 1; }',
    `expected=$(awk -v f="$file" '$2 == f || $2 == "*" f { print tolower($1); exit }' <<< "$sums")`,
    'if [ -z "$expected" ]; then',
    '  log "no line for $file in $sums_url (agent-sandbox:imageSha512SumsUrl)"',
    "  exit 1",
    "fi",
  ];
}

/**
 * The base image Command. Create builds the base once per hash (a re-run keeps an existing one,
 * which a running VM may be using) and stops on a checksum mismatch with nothing left behind.
 * libguestfs runs QEMU itself (`direct`), independent of libvirtd; the host needs
 * libguestfs-tools.
 */
export function baseImageScripts(
  config: SandboxConfig,
  profile: HostProfile,
  paths: BaseImagePaths,
): BaseImageScripts {
  const { image } = config;
  const install = installStepsScript(config);
  const files: HostFile[] = [
    ...(install
      ? [{ path: `${paths.stagingDir}/install-steps.sh`, mode: "0644", content: install }]
      : []),
    { path: `${paths.stagingDir}/harden.sh`, mode: "0644", content: hardenScript(config) },
    {
      path: `${paths.stagingDir}/harden.guestfish`,
      mode: "0644",
      content: guestfishScript(config, paths.stagingDir),
    },
  ];
  const network = install ? " --network" : "";
  const verifiedBy =
    image.sha512 !== undefined ? "agent-sandbox:imageSha512" : "agent-sandbox:imageSha512SumsUrl";

  // Not indented under the `if` below: the heredocs of installFilesSteps must start in column 0.
  const build = [
    `url=${shellQuote(image.url)}`,
    `file=${shellQuote(image.fileName)}`,
    `trap 'rm -rf "$staging" "$base.part"' EXIT`,
    'install -d -m 0700 "$staging"',
    ...installFilesSteps(files),
    'log "downloading $url"',
    'curl -fsSL --proto =https,file --retry 3 -o "$staging/download" "$url" ||',
    '  { log "could not download $url (agent-sandbox:imageUrl)"; exit 1; }',
    ...expectedSha512Steps(config),
    `actual=$(sha512sum "$staging/download" | cut -d' ' -f1)`,
    'if [ "$actual" != "$expected" ]; then',
    `  log "SHA-512 mismatch for $file: got $actual, expected $expected (${verifiedBy});` +
      ` nothing was kept"`,
    "  exit 1",
    "fi",
    `log "verified the SHA-512 of $file against ${verifiedBy}"`,
    `${profile.qemuImg} convert -O qcow2 "$staging/download" "$staging/base.qcow2"`,
    'rm -f "$staging/download"',
    'log "converted the image to a standalone qcow2"',
    "export LIBGUESTFS_BACKEND=direct",
    `guestfish -x --rw --format=qcow2 -a "$staging/base.qcow2" -i${network}` +
      ` -f "$staging/harden.guestfish"`,
    'log "hardened the image"',
    'chown root:root "$staging/base.qcow2"',
    'chmod 0444 "$staging/base.qcow2"',
    'install -d -m 0755 "$(dirname "$base")"',
    'mv -f "$staging/base.qcow2" "$base.part"',
    'mv -f "$base.part" "$base"',
    'log "installed the read-only base $base"',
  ];

  const create = bashScript("agent-sandbox base image: create", [
    STDOUT_FOR_GENERATION_ONLY,
    "umask 022",
    `staging=${shellQuote(paths.stagingDir)}`,
    `base=${shellQuote(paths.base)}`,
    'if [ -f "$base" ]; then',
    '  log "kept $base: built from the same image and hardening"',
    "else",
    ...build,
    "fi",
    // QEMU only ever reads the base: the overlay is the only writable layer. libvirt's DAC
    // driver chowns every image of a disk's chain to the QEMU user at start and never gives a
    // backing file back; the immutable flag makes that chown fail (libvirt tolerates EPERM),
    // so the base stays root's 0444 while the VM runs.
    'chattr -i "$base" 2> /dev/null || true',
    'chown root:root "$base"',
    'chmod 0444 "$base"',
    'if chattr +i "$base" 2> /dev/null; then',
    '  log "made $base read-only and immutable"',
    "else",
    '  log "made $base read-only; no immutable flag here: the qemu hook resets its owner"',
    "fi",
    ...recordGenerationSteps(paths.generationFile, "base image"),
  ]);

  const remove = bashScript("agent-sandbox base image: delete", [
    STDOUT_FOR_GENERATION_ONLY,
    ...generationGuardSteps(paths.generationFile, "base image"),
    `rm -rf ${shellQuote(paths.stagingDir)}`,
    `if [ -e ${shellQuote(paths.base)} ]; then`,
    `  chattr -i ${shellQuote(paths.base)} 2> /dev/null || true`,
    `  rm -f ${shellQuote(paths.base)}`,
    `  log "removed the base ${paths.base}"`,
    "fi",
    `rm -f ${paths.generationFile}`,
  ]);
  return { files, create, delete: remove };
}
