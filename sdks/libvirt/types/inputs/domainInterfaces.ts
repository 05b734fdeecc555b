// libvirt_domain `devices.interfaces`.
import * as pulumi from "@pulumi/pulumi";
import type { UntypedAttributes } from "./common";
import type { NetworkMtu } from "./network";
import type { DomainDevicesBoot } from "./domainDevices";

/** A network interface. The source branch implies the interface type; do not set `type`. */
export interface DomainDevicesInterface {
  /** What the interface connects to; set exactly one branch. */
  source?: pulumi.Input<DomainDevicesInterfaceSource>;
  /** NIC model. */
  model?: pulumi.Input<DomainDevicesInterfaceModel>;
  /** Fixed MAC address; libvirt generates one when unset. */
  mac?: pulumi.Input<DomainDevicesInterfaceMac>;
  /** Provider-specific: wait for the guest to get an address before create returns. */
  waitForIp?: pulumi.Input<DomainDevicesInterfaceWaitForIp>;
  /** MTU of the interface. */
  mtu?: pulumi.Input<NetworkMtu>;
  /** Per-device boot order. */
  boot?: pulumi.Input<DomainDevicesBoot>;
  /** Whether libvirt manages the host device (presence/boolean). */
  managed?: pulumi.Input<boolean>;
  /** "yes"/"no". */
  trustGuestRxFilters?: pulumi.Input<string>;
  /** Backend driver settings. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Link state. */
  link?: pulumi.Input<UntypedAttributes>;
  /** VLAN tags. */
  vlan?: pulumi.Input<UntypedAttributes>;
  /** nwfilter reference. */
  filterRef?: pulumi.Input<UntypedAttributes>;
  /** Host-side tap device. */
  target?: pulumi.Input<UntypedAttributes>;
  /** Guest addresses for user-mode networking (schema `ip`, pluralised). */
  ips?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Guest routes (schema `route`, pluralised). */
  routes?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Port forwards of passt (schema `port_forward`, pluralised). */
  portForwards?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** The `acpi` element. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** The `address` element. */
  address?: pulumi.Input<UntypedAttributes>;
  /** The `alias` element. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** The `backend` element. */
  backend?: pulumi.Input<UntypedAttributes>;
  /** The `backendDomain` element. */
  backendDomain?: pulumi.Input<UntypedAttributes>;
  /** The `bandwidth` element. */
  bandwidth?: pulumi.Input<UntypedAttributes>;
  /** The `coalesce` element. */
  coalesce?: pulumi.Input<UntypedAttributes>;
  /** The `downScript` element. */
  downScript?: pulumi.Input<UntypedAttributes>;
  /** The `guest` element. */
  guest?: pulumi.Input<UntypedAttributes>;
  /** The `portOptions` element. */
  portOptions?: pulumi.Input<UntypedAttributes>;
  /** The `rom` element. */
  rom?: pulumi.Input<UntypedAttributes>;
  /** The `script` element. */
  script?: pulumi.Input<UntypedAttributes>;
  /** The `teaming` element. */
  teaming?: pulumi.Input<UntypedAttributes>;
  /** The `tune` element. */
  tune?: pulumi.Input<UntypedAttributes>;
  /** The `virtualPort` element. */
  virtualPort?: pulumi.Input<UntypedAttributes>;
}

/** Interface source union: set exactly one of network, bridge, direct, user, ... */
export interface DomainDevicesInterfaceSource {
  /** A libvirt network. */
  network?: pulumi.Input<DomainDevicesInterfaceSourceNetwork>;
  /** A host bridge. */
  bridge?: pulumi.Input<DomainDevicesInterfaceSourceBridge>;
  /** macvtap on a host device. */
  direct?: pulumi.Input<UntypedAttributes>;
  /** User-mode networking. */
  user?: pulumi.Input<UntypedAttributes>;
  /** A pre-made tap device. */
  ethernet?: pulumi.Input<UntypedAttributes>;
  /** No connection (presence-only). */
  null?: pulumi.Input<boolean>;
  /** The `client` branch. */
  client?: pulumi.Input<UntypedAttributes>;
  /** The `server` branch. */
  server?: pulumi.Input<UntypedAttributes>;
  /** The `mcast` branch. */
  mcast?: pulumi.Input<UntypedAttributes>;
  /** The `udp` branch. */
  udp?: pulumi.Input<UntypedAttributes>;
  /** The `hostdev` branch. */
  hostdev?: pulumi.Input<UntypedAttributes>;
  /** The `internal` branch. */
  internal?: pulumi.Input<UntypedAttributes>;
  /** The `vdpa` branch. */
  vdpa?: pulumi.Input<UntypedAttributes>;
  /** The `vds` branch. */
  vds?: pulumi.Input<UntypedAttributes>;
  /** The `vhostUser` branch. */
  vhostUser?: pulumi.Input<UntypedAttributes>;
}

/** A libvirt network as interface source. */
export interface DomainDevicesInterfaceSourceNetwork {
  /** Network name. */
  network?: pulumi.Input<string>;
  /** Port group of the network. */
  portGroup?: pulumi.Input<string>;
  /** Bridge, reported by libvirt. */
  bridge?: pulumi.Input<string>;
  /** Network port UUID. */
  portId?: pulumi.Input<string>;
}

/** A host bridge as interface source. */
export interface DomainDevicesInterfaceSourceBridge {
  /** Bridge name. */
  bridge: pulumi.Input<string>;
}

/** NIC model. */
export interface DomainDevicesInterfaceModel {
  /** "virtio", "e1000e", ... */
  type: pulumi.Input<string>;
}

/** Interface MAC address. */
export interface DomainDevicesInterfaceMac {
  /** The address. */
  address: pulumi.Input<string>;
  /** "generated" or "static". */
  type?: pulumi.Input<string>;
  /** "yes"/"no": check the address is not a multicast one. */
  check?: pulumi.Input<string>;
}

/** Wait for the guest's address after create. */
export interface DomainDevicesInterfaceWaitForIp {
  /**
   * Seconds to wait.
   * @default 300
   */
  timeout?: pulumi.Input<number>;
  /** "lease", "agent" or "any". */
  source?: pulumi.Input<string>;
}

// Path-derived names of the generated SDK for shared shapes.
export type DomainDevicesInterfaceMtu = NetworkMtu;
export type DomainDevicesInterfaceBoot = DomainDevicesBoot;
