import { readFileSync } from "fs";
import { join } from "path";
import { SandboxConfig } from "../config";
import { DATA_DISK_SERIAL } from "./libvirt";
import { HostFile, shellQuote } from "./script";

const TEMPLATES = join(__dirname, "..", "files", "guest");

/** Where the hardened image keeps what the program puts in it. */
export const GUEST_PATHS = {
  libDir: "/usr/local/lib/agent-sandbox",
  resetData: "/usr/local/lib/agent-sandbox/reset-data",
  runAgent: "/usr/local/lib/agent-sandbox/run-agent",
  /** What the reset restores: a tree shaped like the data disk (`home/<user>/...`). */
  dataDefaults: "/usr/local/share/agent-sandbox/data-defaults",
  /** Where the data disk is mounted; `/home` is bound from `<dataMount>/home`. */
  dataMount: "/data",
  dataDevice: `/dev/disk/by-id/virtio-${DATA_DISK_SERIAL}`,
  unitDir: "/etc/systemd/system",
} as const;

/** The guest's systemd units the program adds. */
export const GUEST_UNITS = {
  reset: "agent-sandbox-reset.service",
  agent: "agent-sandbox-agent.service",
} as const;

/** The agent's uid: fixed, so files on the data disk keep their owner across base rebuilds. */
export const AGENT_UID = 1000;

/**
 * Fills `{{NAME}}` placeholders in a template from files/guest/. Every placeholder must have a
 * value and every value must be used, so a renamed placeholder cannot slip through silently.
 */
export function fillTemplate(name: string, values: Record<string, string>): string {
  const text = readFileSync(join(TEMPLATES, name), "utf8");
  const used = new Set<string>();
  const filled = text.replace(/\{\{([A-Z_]+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template ${name} has no value for {{${key}}}`);
    used.add(key);
    return value;
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`template ${name} does not use ${unused.join(", ")}`);
  return filled;
}

/** The proxy URL the guest uses for everything: the host's bridge address. */
export function guestProxyUrl(config: SandboxConfig): string {
  return `http://${config.network.hostAddress}:${config.proxy.port}`;
}

/**
 * The proxy environment every program in the guest gets, in both spellings (tools disagree on
 * case). Node's own fetch ignores these unless NODE_USE_ENV_PROXY=1.
 */
export function proxyEnvironment(config: SandboxConfig): Array<[string, string]> {
  const url = guestProxyUrl(config);
  const local = "localhost,127.0.0.1,::1";
  return [
    ["HTTP_PROXY", url],
    ["HTTPS_PROXY", url],
    ["http_proxy", url],
    ["https_proxy", url],
    ["NO_PROXY", local],
    ["no_proxy", local],
    ["NODE_USE_ENV_PROXY", "1"],
  ];
}

const HEADER = "# agent-sandbox: written into the base image by the agent-sandbox stack.";

/** /etc/environment (pam_env, and the agent's unit), /etc/profile.d and systemd's managers. */
function proxyFiles(config: SandboxConfig): HostFile[] {
  const env = proxyEnvironment(config);
  const url = guestProxyUrl(config);
  const systemd = [
    HEADER,
    "# Every service and user manager gets the proxy settings.",
    "[Manager]",
    `DefaultEnvironment=${env.map(([key, value]) => `"${key}=${value}"`).join(" ")}`,
    "",
  ].join("\n");
  return [
    {
      path: "/etc/environment",
      mode: "0644",
      content: [HEADER, ...env.map(([key, value]) => `${key}=${value}`), ""].join("\n"),
    },
    {
      path: "/etc/profile.d/agent-sandbox-proxy.sh",
      mode: "0644",
      content: [HEADER, ...env.map(([key, value]) => `export ${key}=${value}`), ""].join("\n"),
    },
    {
      path: "/etc/systemd/system.conf.d/90-agent-sandbox-proxy.conf",
      mode: "0644",
      content: systemd,
    },
    {
      path: "/etc/systemd/user.conf.d/90-agent-sandbox-proxy.conf",
      mode: "0644",
      content: systemd,
    },
    {
      path: "/etc/apt/apt.conf.d/90agent-sandbox-proxy",
      mode: "0644",
      content: [
        HEADER,
        `Acquire::http::Proxy "${url}";`,
        `Acquire::https::Proxy "${url}";`,
        "",
      ].join("\n"),
    },
  ];
}

/**
 * Settings that keep every DHCP client and network manager from configuring a resolver, for
 * whichever of them the image has. The VM's own DHCP is systemd-networkd, told to ignore DNS.
 */
function noResolverFiles(): HostFile[] {
  return [
    {
      path: "/etc/systemd/network/05-agent-sandbox.network",
      mode: "0644",
      content: [
        HEADER,
        "# DHCP for the address only: no DNS, no search domains, no NTP, no IPv6. networkd uses",
        "# the first file (by name) that matches a link: 05 comes before any the image ships.",
        "[Match]",
        "Name=en* eth*",
        "",
        "[Network]",
        "DHCP=ipv4",
        "LinkLocalAddressing=no",
        "IPv6AcceptRA=no",
        "",
        "[DHCPv4]",
        "UseDNS=no",
        "UseDomains=no",
        "UseNTP=no",
        "UseHostname=no",
        "",
      ].join("\n"),
    },
    {
      path: "/etc/dhcp/dhclient-enter-hooks.d/zz-agent-sandbox-no-dns",
      mode: "0644",
      content: [
        HEADER,
        "# The VM has no resolver: dhclient never writes /etc/resolv.conf.",
        "make_resolv_conf() { :; }",
        "",
      ].join("\n"),
    },
    {
      path: "/etc/NetworkManager/conf.d/90-agent-sandbox-no-dns.conf",
      mode: "0644",
      content: `${HEADER}\n[main]\ndns=none\nrc-manager=unmanaged\n`,
    },
    {
      // cloud-init would probe metadata addresses the firewall drops and rewrite the network,
      // the resolver and users; the sandbox needs none of it.
      path: "/etc/cloud/cloud-init.disabled",
      mode: "0644",
      content: `${HEADER}\n`,
    },
    {
      path: "/etc/cloud/cloud.cfg.d/99-agent-sandbox.cfg",
      mode: "0644",
      content: [
        HEADER,
        "# Should cloud-init ever be re-enabled: no resolver, no network, no metadata probes.",
        "manage_resolv_conf: false",
        "datasource_list: [ None ]",
        "network: {config: disabled}",
        "",
      ].join("\n"),
    },
  ];
}

/** The reset script, the agent's launcher and both units. */
function agentFiles(config: SandboxConfig): HostFile[] {
  const user = config.agent.user;
  return [
    {
      path: GUEST_PATHS.resetData,
      mode: "0755",
      content: fillTemplate("reset-data.sh", {
        DATA_MOUNT: GUEST_PATHS.dataMount,
        DEFAULTS_DIR: GUEST_PATHS.dataDefaults,
        AGENT_USER: user,
        RESET_PATHS: config.dataResetPaths.map(shellQuote).join(" "),
      }),
    },
    {
      path: GUEST_PATHS.runAgent,
      mode: "0755",
      content: fillTemplate("run-agent.sh", {
        AGENT_USER: user,
        AGENT_COMMAND: shellQuote(config.agent.command),
      }),
    },
    {
      path: `${GUEST_PATHS.unitDir}/${GUEST_UNITS.reset}`,
      mode: "0644",
      content: fillTemplate(GUEST_UNITS.reset, {
        DATA_MOUNT: GUEST_PATHS.dataMount,
        RESET_DATA: GUEST_PATHS.resetData,
      }),
    },
    {
      path: `${GUEST_PATHS.unitDir}/${GUEST_UNITS.agent}`,
      mode: "0644",
      content: fillTemplate(GUEST_UNITS.agent, {
        AGENT_USER: user,
        RUN_AGENT: GUEST_PATHS.runAgent,
      }),
    },
  ];
}

/**
 * The serial console logs in as the agent user, without a password: it is how the owner
 * finishes Claude Code's first login and attaches to the agent's tmux session
 * (`virsh console`). Only the host's libvirt can open it; the VM's network never reaches it.
 */
function consoleFiles(config: SandboxConfig): HostFile[] {
  return [
    {
      path: `${GUEST_PATHS.unitDir}/serial-getty@ttyS0.service.d/agent-sandbox-autologin.conf`,
      mode: "0644",
      content: [
        HEADER,
        "[Service]",
        "ExecStart=",
        `ExecStart=-/sbin/agetty --autologin ${config.agent.user} --keep-baud 115200,57600,38400,9600 %I $TERM`,
        "",
      ].join("\n"),
    },
  ];
}

/** Every file the hardening writes into the base image. */
export function guestFiles(config: SandboxConfig): HostFile[] {
  return [
    ...proxyFiles(config),
    ...noResolverFiles(),
    ...agentFiles(config),
    ...consoleFiles(config),
  ];
}
