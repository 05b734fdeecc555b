// libvirt_network nested shapes.
import type { Metadata, UntypedAttributes } from "./common";

/** How the network reaches the outside. Omit it for an isolated network. */
export interface NetworkForward {
  /** "nat", "route", "open", "bridge", ... */
  mode?: string;
  /** Host device traffic is forwarded through. */
  dev?: string;
  /** Whether libvirt manages hostdev forwarding. */
  managed?: boolean;
  /** NAT address and port ranges. */
  nat?: NetworkForwardNat;
  /** Interfaces of a bridge/passthrough pool. */
  interfaces?: NetworkForwardInterface[];
  /** Physical functions for SR-IOV forwarding. */
  pfs?: UntypedAttributes[];
  /** PCI addresses for hostdev forwarding. */
  addresses?: UntypedAttributes[];
  /** Forwarding driver. */
  driver?: UntypedAttributes;
}

/** NAT ranges. */
export interface NetworkForwardNat {
  /** Public address ranges. */
  addresses?: UntypedAttributes[];
  /** Port ranges. */
  ports?: UntypedAttributes[];
  /** "yes" to NAT IPv6 too. */
  ipv6?: string;
}

/** A forward interface. */
export interface NetworkForwardInterface {
  /** Host device name. */
  dev?: string;
}

/** The host bridge of the network. */
export interface NetworkBridge {
  /** Bridge name; libvirt picks one when unset. */
  name?: string;
  /** Spanning tree, "on" or "off" (a string, not a boolean). */
  stp?: string;
  /** Forward delay in seconds, as a string. */
  delay?: string;
  /** "kernel" or "libvirt". */
  macTableManager?: string;
  /** firewalld zone. */
  zone?: string;
}

/** An address block of the network, with optional DHCP. */
export interface NetworkIp {
  /** Host-side address of the bridge. */
  address?: string;
  /** Prefix length. */
  prefix?: number;
  /** Dotted netmask, instead of prefix. */
  netmask?: string;
  /** "ipv4" or "ipv6". */
  family?: string;
  /** "yes" to answer reverse lookups locally. */
  localPtr?: string;
  /** TFTP service. */
  tftp?: NetworkIpTftp;
  /** DHCP service. */
  dhcp?: NetworkIpDhcp;
}

/** TFTP root. */
export interface NetworkIpTftp {
  /** Directory served over TFTP. */
  root?: string;
}

/** DHCP service of an address block. */
export interface NetworkIpDhcp {
  /** Dynamic ranges. */
  ranges?: NetworkIpDhcpRange[];
  /** Static leases. */
  hosts?: NetworkIpDhcpHost[];
  /** BOOTP options (schema `bootp`, pluralised). */
  bootps?: UntypedAttributes[];
}

/** A dynamic DHCP range. */
export interface NetworkIpDhcpRange {
  /** First address. */
  start?: string;
  /** Last address. */
  end?: string;
  /** Lease time. */
  lease?: NetworkLease;
}

/** A static DHCP lease. */
export interface NetworkIpDhcpHost {
  /** Identifier the provider computes for the lease. */
  id: string;
  /** MAC address of the guest. */
  mac?: string;
  /** Address handed out. */
  ip?: string;
  /** Host name handed out. */
  name?: string;
  /** Lease time. */
  lease?: NetworkLease;
}

/** A lease duration. */
export interface NetworkLease {
  /** Lease length. */
  expiry: number;
  /** "seconds", "minutes" or "hours". */
  unit?: string;
}

/** DNS service of the network. */
export interface NetworkDns {
  /** "yes" or "no" (a string); "no" turns dnsmasq's DNS off. */
  enable?: string;
  /** "yes"/"no": forward names without a dot upstream. */
  forwardPlainNames?: string;
  /** Upstream servers. */
  forwarders?: NetworkDnsForwarder[];
  /** Static host records (schema `host`, pluralised). */
  hosts?: NetworkDnsHost[];
  /** SRV records. */
  srVs?: UntypedAttributes[];
  /** TXT records. */
  txTs?: UntypedAttributes[];
}

/** An upstream DNS server. */
export interface NetworkDnsForwarder {
  /** Server address. */
  addr?: string;
  /** Only for this domain. */
  domain?: string;
}

/** A static DNS host record. */
export interface NetworkDnsHost {
  /** Address of the host. */
  ip: string;
  /** Names of the host. */
  hostnames?: NetworkDnsHostHostname[];
}

/** One host name. */
export interface NetworkDnsHostHostname {
  /** The name. */
  hostname: string;
}

/** DNS domain of the network. */
export interface NetworkDomain {
  /** Domain name. */
  name?: string;
  /** "yes" to never forward queries for it. */
  localOnly?: string;
}

/** MTU of the bridge. */
export interface NetworkMtu {
  /** Bytes. */
  size: number;
}

/** MAC address of the bridge. */
export interface NetworkMac {
  /** The address. */
  address?: string;
}

/** A static route on the network. */
export interface NetworkRoute {
  /** Destination address. */
  address?: string;
  /** "ipv4" or "ipv6". */
  family?: string;
  /** Next hop. */
  gateway?: string;
  /** Route metric, as a string. */
  metric?: string;
  /** Dotted netmask. */
  netmask?: string;
  /** Prefix length. */
  prefix?: number;
}

// Path-derived names of the generated SDK for shared shapes.
export type NetworkIpDhcpRangeLease = NetworkLease;
export type NetworkIpDhcpHostLease = NetworkLease;
export type NetworkMetadata = Metadata;
