import { SandboxConfig } from "../config";
import {
  STDOUT_FOR_GENERATION_ONLY,
  generationGuardSteps,
  recordGenerationSteps,
} from "./generation";
import { HOST_PATHS, HostProfile } from "./hostProfile";
import { HostFile, bashScript, installFilesSteps, shellQuote, SYSTEMD_RUNNING } from "./script";

/**
 * Our hook lives in libvirt's hook folder for qemu (libvirt >= 6.5 runs every executable in
 * it), so a hook the user has in /etc/libvirt/hooks/qemu keeps working.
 */
export const QEMU_HOOK_PATH = `${HOST_PATHS.libvirtHooksDir}/qemu.d/agent-sandbox`;

const GENERATION_FILE = `${HOST_PATHS.stateDir}/qemu-hook.generation`;

/** The files the hook works on. */
export interface HookPaths {
  /** The read-only base image: the overlay's backing file. */
  base: string;
  /** The overlay the domain boots from; replaced on every start. */
  overlay: string;
  /**
   * File the hook appends one line to per fresh overlay.
   * @default `${HOST_PATHS.logDir}/overlay-reset.log`
   */
  log?: string;
}

/** What the hook Command runs. */
export interface QemuHookScripts {
  /** The hook itself, for `npm run render` and the tests. */
  files: HostFile[];
  /** Installs the hook and makes libvirtd see it; prints a generation id. */
  create: string;
  /** Removes the hook if handed the recorded generation. */
  delete: string;
}

function logPath(paths: HookPaths): string {
  return paths.log ?? `${HOST_PATHS.logDir}/overlay-reset.log`;
}

/**
 * The libvirt qemu hook. In the `prepare` phase of this domain (and no other) it builds a new
 * overlay on the base beside the old one and renames it into place, so every start, whoever
 * starts the domain, boots what the base holds; a stale `.new` from a crash is replaced. It
 * runs inside libvirtd and so never calls virsh (that would deadlock), and prints nothing on
 * stdout (libvirt takes a hook's stdout as domain XML in some phases). A failure fails the
 * start: the VM never runs on an old overlay.
 */
export function qemuHookScript(
  config: SandboxConfig,
  profile: HostProfile,
  paths: HookPaths,
): string {
  const size = `${config.rootDiskGiB}G`;
  return [
    "#!/bin/bash",
    "# agent-sandbox: libvirt qemu hook, installed by the agent-sandbox stack and removed with it.",
    `# Gives domain ${config.vmName} a fresh overlay on its read-only base at every start.`,
    "set -euo pipefail",
    // libvirt writes the domain XML to stdin; read it all so the write never breaks.
    "cat > /dev/null",
    "exec 1>&2",
    `[ "\${1:-}" = ${shellQuote(config.vmName)} ] || exit 0`,
    'case "${2:-}" in',
    "  prepare) ;;",
    "  restore)",
    "    # Saved memory belongs to the overlay it was saved with; on a fresh one it would",
    "    # corrupt the disk. Refused, so the domain boots fresh instead (start --force-boot).",
    '    echo "agent-sandbox: refusing to restore saved state of $1: every start boots fresh" >&2',
    "    exit 1",
    "    ;;",
    "  *) exit 0 ;;",
    "esac",
    `base=${shellQuote(paths.base)}`,
    `overlay=${shellQuote(paths.overlay)}`,
    // Without an immutable flag, libvirt's relabelling leaves the base owned by the QEMU user
    // after a run; it goes back to root before QEMU gets it again.
    'if [ "$(stat -c %u:%g:%a "$base")" != 0:0:444 ]; then',
    '  chown root:root "$base"',
    '  chmod 0444 "$base"',
    "fi",
    'rm -f "$overlay.new"',
    `${profile.qemuImg} create -q -f qcow2 -o compat=1.1 -F qcow2 -b "$base" "$overlay.new" ${size}`,
    `chown ${profile.qemuUser}:${profile.qemuGroup} "$overlay.new"`,
    'chmod 0600 "$overlay.new"',
    'mv -f "$overlay.new" "$overlay"',
    // Logging must never fail a start.
    `{ printf '%s agent-sandbox: fresh overlay %s on %s for %s\\n' "$(date -u +%FT%TZ)"` +
      ` "$overlay" "$base" "$1" >> ${shellQuote(logPath(paths))}; } 2> /dev/null || true`,
    "",
  ].join("\n");
}

/** The unit that throws away saved memory of the VM at host boot (see renderFreshBootUnit). */
export const FRESH_BOOT_UNIT = "agent-sandbox-fresh-boot.service";
const FRESH_BOOT_UNIT_PATH = `${HOST_PATHS.unitDir}/${FRESH_BOOT_UNIT}`;

/**
 * A boot unit that removes the VM's managed save before libvirt starts. libvirt-guests' default
 * on Debian suspends running guests at host shutdown (a managed save); at boot, autostart would
 * restore that memory onto a fresh overlay, which the hook refuses, leaving the VM down. With
 * the save gone, autostart boots the VM fresh instead.
 */
export function renderFreshBootUnit(config: SandboxConfig): string {
  return [
    "# agent-sandbox: rendered by the program; edits are overwritten.",
    "[Unit]",
    `Description=agent-sandbox: boot ${config.vmName} fresh, never from saved memory`,
    "DefaultDependencies=no",
    "After=local-fs.target",
    "Before=libvirtd.service virtqemud.service libvirt-guests.service",
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=/bin/rm -f /var/lib/libvirt/qemu/save/${config.vmName}.save`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

/**
 * The hook Command. libvirtd looks for hooks only when it starts and when it reloads (SIGHUP
 * re-runs its hook scan; libvirt 9's virHookCall), so a hook that was not there before is
 * followed by a reload of whichever libvirt daemon runs (a reload keeps domains running).
 */
export function qemuHookScripts(
  config: SandboxConfig,
  profile: HostProfile,
  paths: HookPaths,
): QemuHookScripts {
  const files: HostFile[] = [
    { path: QEMU_HOOK_PATH, mode: "0755", content: qemuHookScript(config, profile, paths) },
    { path: FRESH_BOOT_UNIT_PATH, mode: "0644", content: renderFreshBootUnit(config) },
  ];
  const logDir = logPath(paths).replace(/\/[^/]+$/, "");
  const create = bashScript("agent-sandbox qemu hook: create", [
    STDOUT_FOR_GENERATION_ONLY,
    `if [ -e ${QEMU_HOOK_PATH} ]; then new_hook=0; else new_hook=1; fi`,
    `install -d -m 0750 ${shellQuote(logDir)}`,
    ...installFilesSteps(files),
    'if [ "$new_hook" = 1 ]; then',
    "  for daemon in libvirtd virtqemud; do",
    '    if systemctl is-active --quiet "$daemon.service" 2> /dev/null; then',
    '      systemctl reload "$daemon.service"',
    '      log "reloaded $daemon.service so it runs the new hook"',
    "    fi",
    "  done",
    "fi",
    `if ${SYSTEMD_RUNNING}; then`,
    `  systemctl daemon-reload && systemctl enable ${FRESH_BOOT_UNIT}`,
    `  log "enabled ${FRESH_BOOT_UNIT}"`,
    "fi",
    ...recordGenerationSteps(GENERATION_FILE, "qemu hook"),
  ]);
  const remove = bashScript("agent-sandbox qemu hook: delete", [
    STDOUT_FOR_GENERATION_ONLY,
    ...generationGuardSteps(GENERATION_FILE, "qemu hook"),
    `if [ -e ${QEMU_HOOK_PATH} ]; then`,
    `  rm -f ${QEMU_HOOK_PATH}`,
    `  log "removed ${QEMU_HOOK_PATH}"`,
    "fi",
    `rmdir --ignore-fail-on-non-empty "$(dirname ${QEMU_HOOK_PATH})" 2> /dev/null || true`,
    `if ${SYSTEMD_RUNNING}; then systemctl disable ${FRESH_BOOT_UNIT} || true; fi`,
    `rm -f ${FRESH_BOOT_UNIT_PATH}`,
    `rm -f ${GENERATION_FILE}`,
  ]);
  return { files, create, delete: remove };
}
