import { SandboxConfig, allowlistProblem } from "../config";
import { HOST_PATHS, HostProfile, PROXY_USER } from "./hostProfile";

/**
 * tinyproxy 1.11 configuration (every option checked against tinyproxy.conf(5) of 1.11.1).
 * It listens on the bridge address only and serves only the VM; CONNECT goes to 443 only; the
 * filter is an allowlist (FilterDefaultDeny) of anchored, case-insensitive extended regular
 * expressions matched against the host name alone. LogLevel Notice is the lowest level that
 * logs each refusal with the host asked for ("Proxying refused on filtered domain").
 */
export function renderTinyproxyConfig(config: SandboxConfig, _profile: HostProfile): string {
  const lines: [string, string | number][] = [
    // Only honoured when started as root; the unit already starts it as this user.
    ["User", PROXY_USER],
    ["Group", PROXY_USER],
    ["Listen", config.network.hostAddress],
    ["Port", config.proxy.port],
    ["Allow", config.network.vmAddress],
    ["ConnectPort", 443],
    ["Timeout", 600],
    ["MaxClients", 100],
    ["DisableViaHeader", "Yes"],
    ["XTinyproxy", "No"],
    ["Filter", `"${HOST_PATHS.tinyproxyFilter}"`],
    ["FilterType", "ere"],
    ["FilterURLs", "No"],
    ["FilterCaseSensitive", "No"],
    ["FilterDefaultDeny", "Yes"],
    ["LogFile", `"${HOST_PATHS.proxyLog}"`],
    ["LogLevel", "Notice"],
    ["PidFile", `"${HOST_PATHS.proxyPid}"`],
  ];
  return [
    "# agent-sandbox egress proxy. Rendered by the program: edits are overwritten.",
    "# Reload with SIGUSR1 (systemctl reload); SIGHUP kills tinyproxy.",
    ...lines.map(([option, value]) => `${option} ${value}`),
    "",
  ].join("\n");
}

/**
 * One anchored extended regular expression for an allowlist entry. `api.telegram.org` allows
 * exactly that name. `*.anthropic.com` allows any name under anthropic.com, one label deep or
 * more (`api.anthropic.com`, `a.b.anthropic.com`), but NOT the bare `anthropic.com`: list that
 * too if it is wanted. Labels are letters, digits and dashes, so nothing else (a port, a
 * slash, an address with a trailing name) can slip in front of the domain.
 */
export function allowlistPattern(entry: string): string {
  const wildcard = entry.startsWith("*.");
  const name = (wildcard ? entry.slice(2) : entry).replace(/\./g, "\\.");
  return wildcard ? `^([a-z0-9-]+\\.)+${name}$` : `^${name}$`;
}

/**
 * The tinyproxy filter file: one pattern per allowlist entry. No blank lines and no comment
 * after the header, so the file reads the same to tinyproxy and to `grep -E -i -f`.
 */
export function renderTinyproxyFilter(allowlist: string[]): string {
  if (allowlist.length === 0) throw new Error("agent-sandbox:allowlist must not be empty");
  for (const entry of allowlist) {
    const why = allowlistProblem(entry);
    if (why) throw new Error(`agent-sandbox:allowlist entry "${entry}" ${why}`);
  }
  return [
    "# agent-sandbox proxy allowlist: anchored, case-insensitive ERE on the host name.",
    ...allowlist.map(allowlistPattern),
    "",
  ].join("\n");
}
