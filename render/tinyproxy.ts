import { SandboxConfig, allowlistProblem } from "../config";
import { HOST_PATHS, HostProfile, PROXY_USER } from "./hostProfile";

/**
 * tinyproxy 1.11 configuration (every option checked against tinyproxy.conf(5) of 1.11.1).
 * It listens on the bridge address only and serves only the VM; CONNECT goes to 443 only; the
 * filter is an allowlist (FilterDefaultDeny) of anchored, case-insensitive extended regular
 * expressions matched against the whole request target (FilterURLs): tinyproxy compiles them
 * with REG_NEWLINE and joins folded header lines, so a pattern on the host name alone would let
 * a Host header folded onto a second line ("api.anthropic.com\n x.evil.test") through. LogLevel
 * Notice is the lowest level that logs each refusal with what was asked for.
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
    ["FilterURLs", "Yes"],
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
 * The anchored extended regular expressions for one allowlist entry, matched against the
 * request target: `host:443` for CONNECT, `http://host[:port]/path` for plain HTTP. The name
 * must be followed by the port or the path's slash, so no userinfo (`api.anthropic.com@evil`),
 * suffix or second line can follow it. `api.telegram.org` allows exactly that name.
 * `*.anthropic.com` allows any name under anthropic.com, one label deep or more
 * (`api.anthropic.com`, `a.b.anthropic.com`), but NOT the bare `anthropic.com`: list that too if
 * it is wanted. Labels are letters, digits and dashes only.
 */
export function allowlistPatterns(entry: string): [connect: string, http: string] {
  const wildcard = entry.startsWith("*.");
  const name = (wildcard ? entry.slice(2) : entry).replace(/\./g, "\\.");
  const host = wildcard ? `([a-z0-9-]+\\.)+${name}` : name;
  return [`^${host}:443$`, `^(http://)?${host}(:[0-9]+)?/`];
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
    "# agent-sandbox proxy allowlist: anchored, case-insensitive ERE on the request target.",
    ...allowlist.flatMap(allowlistPatterns),
    "",
  ].join("\n");
}

/**
 * logrotate rules for the proxy log. The VM decides how many refusals are logged (the firewall
 * limits the rate, not the total), so the log is kept by size as well as by day. tinyproxy
 * keeps its log open, hence copytruncate.
 */
export function renderProxyLogrotate(): string {
  return [
    "# agent-sandbox: rotation of the egress proxy's log. Rendered by the program.",
    `${HOST_PATHS.proxyLog} {`,
    "  daily",
    "  maxsize 50M",
    "  rotate 7",
    "  compress",
    "  missingok",
    "  notifempty",
    "  copytruncate",
    "}",
    "",
  ].join("\n");
}
