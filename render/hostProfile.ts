import { HostFamily } from "../config";

/**
 * What differs between host distributions: binary paths and the users that libvirt's QEMU
 * runs as. Everything else (unit names, our own paths and proxy user) is the same everywhere.
 */
export interface HostProfile {
  family: HostFamily;
  nft: string;
  sysctl: string;
  tinyproxy: string;
  qemuImg: string;
  /** User and group libvirt runs QEMU as; they must read the base and write the overlay. */
  qemuUser: string;
  qemuGroup: string;
  nologin: string;
  /** Group whose members may use sudo; named in the README's sudoers entry. */
  sudoGroup: string;
}

const PROFILES: Record<HostFamily, HostProfile> = {
  debian: {
    family: "debian",
    nft: "/usr/sbin/nft",
    sysctl: "/usr/sbin/sysctl",
    tinyproxy: "/usr/bin/tinyproxy",
    qemuImg: "/usr/bin/qemu-img",
    qemuUser: "libvirt-qemu",
    qemuGroup: "kvm",
    nologin: "/usr/sbin/nologin",
    sudoGroup: "sudo",
  },
  arch: {
    family: "arch",
    nft: "/usr/bin/nft",
    sysctl: "/usr/bin/sysctl",
    tinyproxy: "/usr/bin/tinyproxy",
    qemuImg: "/usr/bin/qemu-img",
    qemuUser: "libvirt-qemu",
    qemuGroup: "libvirt-qemu",
    nologin: "/usr/bin/nologin",
    sudoGroup: "wheel",
  },
};

export function hostProfile(family: HostFamily): HostProfile {
  return PROFILES[family];
}

/** Where the program puts things on the host. One place, so scripts and tests agree. */
export const HOST_PATHS = {
  etcDir: "/etc/agent-sandbox",
  nftables: "/etc/agent-sandbox/nftables.nft",
  tinyproxyConfig: "/etc/agent-sandbox/tinyproxy.conf",
  tinyproxyFilter: "/etc/agent-sandbox/tinyproxy.filter",
  sysctl: "/etc/sysctl.d/60-agent-sandbox.conf",
  stateDir: "/var/lib/agent-sandbox",
  logDir: "/var/log/agent-sandbox",
  proxyLog: "/var/log/agent-sandbox/proxy.log",
  logrotate: "/etc/logrotate.d/agent-sandbox",
  runDir: "/run/agent-sandbox",
  proxyPid: "/run/agent-sandbox/proxy.pid",
  unitDir: "/etc/systemd/system",
  libvirtHooksDir: "/etc/libvirt/hooks",
} as const;

/** The nft table the program owns; it never touches any other. */
export const NFT_TABLE = { family: "inet", name: "agent_sandbox" } as const;

/** System user tinyproxy runs as; the firewall limits its outbound traffic by this uid. */
export const PROXY_USER = "agent-sandbox-proxy";

/** systemd units the program installs. */
export const UNITS = {
  firewall: "agent-sandbox-firewall.service",
  proxy: "agent-sandbox-proxy.service",
  control: "agent-sandbox-control.service",
  /** Units that can start guests at boot; the firewall is ordered before all of them. */
  libvirt: ["libvirtd.service", "virtqemud.service", "libvirt-guests.service"],
} as const;
