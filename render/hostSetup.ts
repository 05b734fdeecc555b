import { SandboxConfig } from "../config";
import { NFT_TABLE_SPEC, renderNftables } from "./nftables";
import { HOST_PATHS, HostProfile, PROXY_USER, UNITS } from "./hostProfile";
import {
  STDOUT_FOR_GENERATION_ONLY,
  generationGuardSteps,
  recordGenerationSteps,
} from "./generation";
import {
  HostFile,
  bashScript,
  installFilesSteps,
  listenerCheckSteps,
  SYSTEMD_RUNNING,
} from "./script";
import { NFTABLES_DROP_IN, firewallUnitFiles, libvirtDropInPath, renderProxyUnit } from "./systemd";
import { NETWORK_HOOK_PATH, applySysctlCommand, renderNetworkHook, renderSysctl } from "./sysctl";
import { renderProxyLogrotate, renderTinyproxyConfig, renderTinyproxyFilter } from "./tinyproxy";

/** What a host-side Command runs: the files it installs and its create and delete scripts. */
export interface HostScripts {
  /** Every file the create script installs, for `npm run render` and the tests. */
  files: HostFile[];
  /** Prints a fresh generation id as its only stdout line. */
  create: string;
  /** Takes the create's stdout as `$1`; does nothing unless it is the recorded generation. */
  delete: string;
}

function generationFile(part: string): string {
  return `${HOST_PATHS.stateDir}/${part}.generation`;
}

/**
 * The proxy user must exist before the ruleset loads (nft resolves `meta skuid` names at load
 * time) and before the proxy starts. It is kept on delete: files may still be owned by its uid.
 */
function ensureProxyUserSteps(profile: HostProfile): string[] {
  return [
    `if ! getent passwd ${PROXY_USER} > /dev/null; then`,
    `  if getent group ${PROXY_USER} > /dev/null; then group=(-g ${PROXY_USER}); else group=(-U); fi`,
    `  useradd --system --no-create-home --home-dir /nonexistent --shell ${profile.nologin}` +
      ` "\${group[@]}" ${PROXY_USER}`,
    `  log "created system user ${PROXY_USER}"`,
    "fi",
  ];
}

/** Removes files, logging each one that was there. */
function removeFilesSteps(paths: string[]): string[] {
  return paths.map((path) => `if [ -e ${path} ]; then rm -f ${path}; log "removed ${path}"; fi`);
}

/**
 * The firewall Command's files and scripts. Create installs the ruleset, the bridge's sysctls,
 * the units and the libvirt network hook, then checks and loads the ruleset in one atomic
 * `nft -f` (so re-running it, as an update does, replaces the table in place). Delete removes
 * only our table and our files, and only when it is handed the generation that is recorded.
 */
export function firewallScripts(config: SandboxConfig, profile: HostProfile): HostScripts {
  const bridge = config.network.bridge;
  const unit = `${HOST_PATHS.unitDir}/${UNITS.firewall}`;
  const files: HostFile[] = [
    { path: HOST_PATHS.nftables, mode: "0644", content: renderNftables(config, profile) },
    { path: HOST_PATHS.sysctl, mode: "0644", content: renderSysctl(config) },
    ...firewallUnitFiles(config, profile),
    { path: NETWORK_HOOK_PATH, mode: "0755", content: renderNetworkHook(config, profile) },
  ];

  const create = bashScript("agent-sandbox firewall: create", [
    STDOUT_FOR_GENERATION_ONLY,
    ...ensureProxyUserSteps(profile),
    ...installFilesSteps(files),
    `${profile.nft} -c -f ${HOST_PATHS.nftables}`,
    `${profile.nft} -f ${HOST_PATHS.nftables}`,
    `log "loaded nft table ${NFT_TABLE_SPEC} from ${HOST_PATHS.nftables}"`,
    `if [ -e /sys/class/net/${bridge} ]; then`,
    `  ${applySysctlCommand(config, profile)}`,
    `  log "applied ${HOST_PATHS.sysctl} to bridge ${bridge}"`,
    "else",
    `  log "bridge ${bridge} does not exist yet: udev and the libvirt hook apply its sysctls"`,
    "fi",
    `if ${SYSTEMD_RUNNING}; then`,
    "  systemctl daemon-reload",
    `  systemctl enable --now ${UNITS.firewall}`,
    `  log "enabled ${UNITS.firewall}"`,
    "else",
    `  log "systemd is not running: ${UNITS.firewall} not enabled"`,
    "fi",
    ...recordGenerationSteps(generationFile("firewall"), "firewall"),
  ]);

  const dropIns = [...UNITS.libvirt.map(libvirtDropInPath), NFTABLES_DROP_IN];
  const remove = bashScript("agent-sandbox firewall: delete", [
    STDOUT_FOR_GENERATION_ONLY,
    ...generationGuardSteps(generationFile("firewall"), `firewall (table ${NFT_TABLE_SPEC})`),
    // Disabled and forgotten, not stopped: a stop would take libvirt (which requires the unit)
    // down with it, and the unit has no ExecStop anyway.
    `if ${SYSTEMD_RUNNING}; then systemctl disable ${UNITS.firewall} || true; fi`,
    `if ${profile.nft} list table ${NFT_TABLE_SPEC} > /dev/null 2>&1; then`,
    `  ${profile.nft} delete table ${NFT_TABLE_SPEC}`,
    `  log "deleted nft table ${NFT_TABLE_SPEC}"`,
    "fi",
    ...removeFilesSteps([HOST_PATHS.nftables, HOST_PATHS.sysctl, unit, ...dropIns]),
    ...dropIns.map(
      (path) => `rmdir --ignore-fail-on-non-empty "$(dirname ${path})" 2> /dev/null || true`,
    ),
    ...removeFilesSteps([NETWORK_HOOK_PATH]),
    `if ${SYSTEMD_RUNNING}; then systemctl daemon-reload; fi`,
    `rm -f ${generationFile("firewall")}`,
    `log "kept system user ${PROXY_USER}: files may still be owned by it"`,
  ]);

  return { files, create, delete: remove };
}

/**
 * tinyproxy parses its config and compiles the filter before it listens, so a copy of the new
 * config that listens on 192.0.2.1 (TEST-NET-1, never a local address) exits with EX_OSERR (71)
 * when config and filter are good, and with another code (65 bad filter, 70 bad config) when
 * not. It runs as the proxy user, so unreadable files fail too. No packet is ever sent.
 */
function validateProxySteps(profile: HostProfile): string[] {
  return [
    "check=$(mktemp -d)",
    "trap 'rm -rf \"$check\"' EXIT",
    "sed -e 's|^Listen .*|Listen 192.0.2.1|' \\",
    `  -e "s|^LogFile .*|LogFile \\"$check/log\\"|" -e "s|^PidFile .*|PidFile \\"$check/pid\\"|" \\`,
    `  ${HOST_PATHS.tinyproxyConfig} > "$check/tinyproxy.conf"`,
    `chown -R ${PROXY_USER}: "$check"`,
    "status=0",
    `timeout 5 setpriv --reuid=${PROXY_USER} --regid=${PROXY_USER} --init-groups \\`,
    `  ${profile.tinyproxy} -d -c "$check/tinyproxy.conf" 2> "$check/stderr" || status=$?`,
    'if [ "$status" != 71 ] && [ "$status" != 124 ]; then',
    '  cat "$check/stderr" "$check/log" 2> /dev/null >&2 || true',
    `  log "tinyproxy refused ${HOST_PATHS.tinyproxyConfig} or its filter (exit $status)"`,
    "  exit 1",
    "fi",
    `log "tinyproxy accepts ${HOST_PATHS.tinyproxyConfig} and ${HOST_PATHS.tinyproxyFilter}"`,
  ];
}

/**
 * The proxy Command's files and scripts. Create installs config, filter and unit, has tinyproxy
 * validate them, then restarts the proxy when config or unit changed and otherwise reloads it
 * with SIGUSR1 (a filter change needs no restart, so open connections survive it). Delete
 * stops and disables the proxy and removes only our files, under the same generation rule as
 * the firewall.
 */
export function proxyScripts(config: SandboxConfig, profile: HostProfile): HostScripts {
  const unit = `${HOST_PATHS.unitDir}/${UNITS.proxy}`;
  const files: HostFile[] = [
    {
      path: HOST_PATHS.tinyproxyConfig,
      mode: "0644",
      content: renderTinyproxyConfig(config, profile),
    },
    {
      path: HOST_PATHS.tinyproxyFilter,
      mode: "0644",
      content: renderTinyproxyFilter(config.proxy.allowlist),
    },
    { path: unit, mode: "0644", content: renderProxyUnit(config, profile) },
    { path: HOST_PATHS.logrotate, mode: "0644", content: renderProxyLogrotate() },
  ];
  const restartInputs = `{ cat ${HOST_PATHS.tinyproxyConfig} ${unit} 2> /dev/null || true; } | sha256sum`;
  const livePid = `pid=$(cat ${HOST_PATHS.proxyPid} 2> /dev/null) && kill -0 "$pid" 2> /dev/null`;

  const create = bashScript("agent-sandbox proxy: create", [
    STDOUT_FOR_GENERATION_ONLY,
    ...ensureProxyUserSteps(profile),
    `before=$(${restartInputs})`,
    ...installFilesSteps(files),
    ...validateProxySteps(profile),
    `if ${SYSTEMD_RUNNING}; then`,
    "  systemctl daemon-reload",
    `  systemctl enable ${UNITS.proxy}`,
    `  if [ "$before" != "$(${restartInputs})" ] || ! systemctl is-active --quiet ${UNITS.proxy}; then`,
    `    systemctl restart ${UNITS.proxy}`,
    `    log "restarted ${UNITS.proxy}"`,
    "  else",
    `    systemctl reload ${UNITS.proxy}`,
    `    log "reloaded ${UNITS.proxy} (SIGUSR1)"`,
    "  fi",
    ...listenerCheckSteps(
      config.network.hostAddress,
      config.proxy.port,
      `see journalctl -u ${UNITS.proxy}; is another proxy (Debian's tinyproxy.service?) on that port?`,
    ).map((line) => `  ${line}`),
    `elif ${livePid}; then`,
    '  kill -USR1 "$pid"',
    '  log "systemd is not running: sent SIGUSR1 to tinyproxy $pid"',
    "else",
    `  log "systemd is not running and no tinyproxy runs: ${UNITS.proxy} not started"`,
    "fi",
    ...recordGenerationSteps(generationFile("proxy"), "proxy"),
  ]);

  const remove = bashScript("agent-sandbox proxy: delete", [
    STDOUT_FOR_GENERATION_ONLY,
    ...generationGuardSteps(generationFile("proxy"), `proxy (${UNITS.proxy})`),
    `if ${SYSTEMD_RUNNING}; then`,
    `  systemctl disable --now ${UNITS.proxy} || true`,
    `  log "stopped and disabled ${UNITS.proxy}"`,
    `elif ${livePid}; then`,
    '  kill -TERM "$pid"',
    '  log "systemd is not running: stopped tinyproxy $pid"',
    "fi",
    ...removeFilesSteps(files.map((file) => file.path)),
    `if ${SYSTEMD_RUNNING}; then systemctl daemon-reload; fi`,
    `rm -f ${generationFile("proxy")}`,
    `log "kept ${HOST_PATHS.logDir}: the proxy's log of refusals"`,
  ]);

  return { files, create, delete: remove };
}
