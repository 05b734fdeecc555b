// libvirt_network nested shapes.
import * as pulumi from "@pulumi/pulumi";
import type { Metadata, UntypedAttributes } from "./common";

/** How the network reaches the outside. Omit it for an isolated network. */
export interface NetworkForward {
  /** "nat", "route", "open", "bridge", ... */
  mode?: pulumi.Input<string>;
  /** Host device traffic is forwarded through. */
  dev?: pulumi.Input<string>;
  /** Whether libvirt manages hostdev forwarding. */
  managed?: pulumi.Input<boolean>;
  /** NAT address and port ranges. */
  nat?: pulumi.Input<NetworkForwardNat>;
  /** Interfaces of a bridge/passthrough pool. */
  interfaces?: pulumi.Input<pulumi.Input<NetworkForwardInterface>[]>;
  /** Physical functions for SR-IOV forwarding. */
  pfs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** PCI addresses for hostdev forwarding. */
  addresses?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Forwarding driver. */
  driver?: pulumi.Input<UntypedAttributes>;
}

/** NAT ranges. */
export interface NetworkForwardNat {
  /** Public address ranges. */
  addresses?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Port ranges. */
  ports?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** "yes" to NAT IPv6 too. */
  ipv6?: pulumi.Input<string>;
}

/** A forward interface. */
export interface NetworkForwardInterface {
  /** Host device name. */
  dev?: pulumi.Input<string>;
}

/** The host bridge of the network. */
export interface NetworkBridge {
  /** Bridge name; libvirt picks one when unset. */
  name?: pulumi.Input<string>;
  /** Spanning tree, "on" or "off" (a string, not a boolean). */
  stp?: pulumi.Input<string>;
  /** Forward delay in seconds, as a string. */
  delay?: pulumi.Input<string>;
  /** "kernel" or "libvirt". */
  macTableManager?: pulumi.Input<string>;
  /** firewalld zone. */
  zone?: pulumi.Input<string>;
}

/** An address block of the network, with optional DHCP. */
export interface NetworkIp {
  /** Host-side address of the bridge. */
  address?: pulumi.Input<string>;
  /** Prefix length. */
  prefix?: pulumi.Input<number>;
  /** Dotted netmask, instead of prefix. */
  netmask?: pulumi.Input<string>;
  /** "ipv4" or "ipv6". */
  family?: pulumi.Input<string>;
  /** "yes" to answer reverse lookups locally. */
  localPtr?: pulumi.Input<string>;
  /** TFTP service. */
  tftp?: pulumi.Input<NetworkIpTftp>;
  /** DHCP service. */
  dhcp?: pulumi.Input<NetworkIpDhcp>;
}

/** TFTP root. */
export interface NetworkIpTftp {
  /** Directory served over TFTP. */
  root?: pulumi.Input<string>;
}

/** DHCP service of an address block. */
export interface NetworkIpDhcp {
  /** Dynamic ranges. */
  ranges?: pulumi.Input<pulumi.Input<NetworkIpDhcpRange>[]>;
  /** Static leases. */
  hosts?: pulumi.Input<pulumi.Input<NetworkIpDhcpHost>[]>;
  /** BOOTP options (schema `bootp`, pluralised). */
  bootps?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** A dynamic DHCP range. */
export interface NetworkIpDhcpRange {
  /** First address. */
  start?: pulumi.Input<string>;
  /** Last address. */
  end?: pulumi.Input<string>;
  /** Lease time. */
  lease?: pulumi.Input<NetworkLease>;
}

/** A static DHCP lease. */
export interface NetworkIpDhcpHost {
  /** MAC address of the guest. */
  mac?: pulumi.Input<string>;
  /** Address handed out. */
  ip?: pulumi.Input<string>;
  /** Host name handed out. */
  name?: pulumi.Input<string>;
  /** Lease time. */
  lease?: pulumi.Input<NetworkLease>;
}

/** A lease duration. */
export interface NetworkLease {
  /** Lease length. */
  expiry: pulumi.Input<number>;
  /** "seconds", "minutes" or "hours". */
  unit?: pulumi.Input<string>;
}

/** DNS service of the network. */
export interface NetworkDns {
  /** "yes" or "no" (a string); "no" turns dnsmasq's DNS off. */
  enable?: pulumi.Input<string>;
  /** "yes"/"no": forward names without a dot upstream. */
  forwardPlainNames?: pulumi.Input<string>;
  /** Upstream servers. */
  forwarders?: pulumi.Input<pulumi.Input<NetworkDnsForwarder>[]>;
  /** Static host records (schema `host`, pluralised). */
  hosts?: pulumi.Input<pulumi.Input<NetworkDnsHost>[]>;
  /** SRV records. */
  srVs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** TXT records. */
  txTs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** An upstream DNS server. */
export interface NetworkDnsForwarder {
  /** Server address. */
  addr?: pulumi.Input<string>;
  /** Only for this domain. */
  domain?: pulumi.Input<string>;
}

/** A static DNS host record. */
export interface NetworkDnsHost {
  /** Address of the host. */
  ip: pulumi.Input<string>;
  /** Names of the host. */
  hostnames?: pulumi.Input<pulumi.Input<NetworkDnsHostHostname>[]>;
}

/** One host name. */
export interface NetworkDnsHostHostname {
  /** The name. */
  hostname: pulumi.Input<string>;
}

/** DNS domain of the network. */
export interface NetworkDomain {
  /** Domain name. */
  name?: pulumi.Input<string>;
  /** "yes" to never forward queries for it. */
  localOnly?: pulumi.Input<string>;
}

/** MTU of the bridge. */
export interface NetworkMtu {
  /** Bytes. */
  size: pulumi.Input<number>;
}

/** MAC address of the bridge. */
export interface NetworkMac {
  /** The address. */
  address?: pulumi.Input<string>;
}

/** A static route on the network. */
export interface NetworkRoute {
  /** Destination address. */
  address?: pulumi.Input<string>;
  /** "ipv4" or "ipv6". */
  family?: pulumi.Input<string>;
  /** Next hop. */
  gateway?: pulumi.Input<string>;
  /** Route metric, as a string. */
  metric?: pulumi.Input<string>;
  /** Dotted netmask. */
  netmask?: pulumi.Input<string>;
  /** Prefix length. */
  prefix?: pulumi.Input<number>;
}

// Path-derived names of the generated SDK for shared shapes.
export type NetworkIpDhcpRangeLease = NetworkLease;
export type NetworkIpDhcpHostLease = NetworkLease;
export type NetworkMetadata = Metadata;
