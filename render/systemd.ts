import { SandboxConfig } from "../config";
import { HOST_PATHS, HostProfile, PROXY_USER, UNITS } from "./hostProfile";
import { HostFile } from "./script";
import { applySysctlCommand } from "./sysctl";

/** Where the drop-in that ties a libvirt unit to the firewall goes. */
export function libvirtDropInPath(unit: string): string {
  return `${HOST_PATHS.unitDir}/${unit}.d/50-agent-sandbox-firewall.conf`;
}

/**
 * The firewall unit. It loads the table early and on its own (no default dependencies, before
 * network-pre.target and every libvirt unit), like Debian's nftables.service, so the table is
 * in place before any network comes up or any guest autostarts (S9). It is wanted by
 * sysinit.target so it is part of every boot transaction, rescue included. There is no
 * ExecStop: stopping the unit leaves the table loaded (fail closed).
 *
 * Debian's and Arch's nftables.service load /etc/nftables.conf, which starts with
 * `flush ruleset` and would wipe our table: ours loads after it at boot, and a drop-in on
 * nftables.service loads it again after every start or reload of that unit.
 */
export function renderFirewallUnit(config: SandboxConfig, profile: HostProfile): string {
  const load = `${profile.nft} -f ${HOST_PATHS.nftables}`;
  const sysctl = `/bin/sh -c '${applySysctlCommand(config, profile)}'`;
  return [
    "# agent-sandbox: host firewall. Rendered by the program: edits are overwritten.",
    "[Unit]",
    "Description=agent-sandbox host firewall (nft table inet agent_sandbox)",
    "DefaultDependencies=no",
    "Wants=network-pre.target",
    "After=nftables.service",
    `Before=network-pre.target ${UNITS.libvirt.join(" ")}`,
    "",
    "[Service]",
    "Type=oneshot",
    "RemainAfterExit=yes",
    `ExecStart=${load}`,
    `ExecStartPost=${sysctl}`,
    `ExecReload=${load}`,
    `ExecReload=${sysctl}`,
    "",
    "[Install]",
    "WantedBy=sysinit.target",
    "",
  ].join("\n");
}

/**
 * The drop-in for each libvirt unit: Requires + After the firewall, so a firewall that fails to
 * load keeps libvirt, and with it every autostarting guest, down.
 */
export function renderLibvirtDropIn(): string {
  return [
    "# agent-sandbox: no guest starts before the host firewall is loaded, none if it fails.",
    "[Unit]",
    `Requires=${UNITS.firewall}`,
    `After=${UNITS.firewall}`,
    "",
  ].join("\n");
}

/** Where the drop-in that re-loads our table after the distribution's nftables.service goes. */
export const NFTABLES_DROP_IN = `${HOST_PATHS.unitDir}/nftables.service.d/50-agent-sandbox.conf`;

/**
 * The drop-in on nftables.service. Its `flush ruleset` (start, restart or reload) would leave
 * the host without our table until the next boot; loading ours right after in the same unit
 * avoids that without tying the two units' lifecycles (a stop or restart of our unit would
 * propagate to libvirt through its Requires).
 */
export function renderNftablesDropIn(profile: HostProfile): string {
  const load = `${profile.nft} -f ${HOST_PATHS.nftables}`;
  return [
    "# agent-sandbox: load our table again after /etc/nftables.conf emptied the ruleset.",
    "[Service]",
    `ExecStartPost=-${load}`,
    `ExecReload=-${load}`,
    "",
  ].join("\n");
}

/** The firewall unit and the libvirt drop-ins, as the firewall script installs them. */
export function firewallUnitFiles(config: SandboxConfig, profile: HostProfile): HostFile[] {
  return [
    {
      path: `${HOST_PATHS.unitDir}/${UNITS.firewall}`,
      mode: "0644",
      content: renderFirewallUnit(config, profile),
    },
    ...UNITS.libvirt.map((unit) => ({
      path: libvirtDropInPath(unit),
      mode: "0644",
      content: renderLibvirtDropIn(),
    })),
    { path: NFTABLES_DROP_IN, mode: "0644", content: renderNftablesDropIn(profile) },
  ];
}

/** `/run/agent-sandbox` -> `agent-sandbox`: systemd wants directories relative to its roots. */
function under(root: string, path: string): string {
  if (!path.startsWith(`${root}/`)) throw new Error(`${path} is not under ${root}`);
  return path.slice(root.length + 1);
}

/** systemd sandboxing every long-running service of the program gets. */
export const SANDBOXED_SERVICE = [
  "NoNewPrivileges=yes",
  "ProtectSystem=strict",
  "ProtectHome=yes",
  "PrivateTmp=yes",
  "PrivateDevices=yes",
  "ProtectKernelTunables=yes",
  "ProtectKernelModules=yes",
  "ProtectControlGroups=yes",
];

/**
 * The proxy unit: tinyproxy in the foreground as the proxy user, which the firewall's output
 * chain confines to HTTPS and DNS; so it requires the firewall. tinyproxy cannot listen before
 * libvirt has put the bridge address up, so it is ordered after libvirt and restarted until it
 * can. Reload sends SIGUSR1, which re-reads config and filter; SIGHUP would kill tinyproxy.
 */
export function renderProxyUnit(config: SandboxConfig, profile: HostProfile): string {
  const { hostAddress } = config.network;
  const lowPort = config.proxy.port < 1024;
  return [
    "# agent-sandbox: egress proxy. Rendered by the program: edits are overwritten.",
    "[Unit]",
    `Description=agent-sandbox egress proxy (tinyproxy on ${hostAddress}:${config.proxy.port})`,
    `Requires=${UNITS.firewall}`,
    `After=${UNITS.firewall} ${UNITS.libvirt.join(" ")}`,
    "StartLimitIntervalSec=0",
    "",
    "[Service]",
    "Type=simple",
    `User=${PROXY_USER}`,
    `Group=${PROXY_USER}`,
    `ExecStart=${profile.tinyproxy} -d -c ${HOST_PATHS.tinyproxyConfig}`,
    "ExecReload=/bin/kill -USR1 $MAINPID",
    "Restart=on-failure",
    "RestartSec=5s",
    `RuntimeDirectory=${under("/run", HOST_PATHS.runDir)}`,
    `LogsDirectory=${under("/var/log", HOST_PATHS.logDir)}`,
    ...SANDBOXED_SERVICE,
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    ...(lowPort
      ? ["AmbientCapabilities=CAP_NET_BIND_SERVICE", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE"]
      : ["CapabilityBoundingSet="]),
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
