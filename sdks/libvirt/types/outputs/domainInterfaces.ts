// libvirt_domain `devices.interfaces`.
import type { UntypedAttributes } from "./common";
import type { NetworkMtu } from "./network";
import type { DomainDevicesBoot } from "./domainDevices";

/** A network interface. The source branch implies the interface type; do not set `type`. */
export interface DomainDevicesInterface {
  /** What the interface connects to; set exactly one branch. */
  source?: DomainDevicesInterfaceSource;
  /** NIC model. */
  model?: DomainDevicesInterfaceModel;
  /** Fixed MAC address; libvirt generates one when unset. */
  mac?: DomainDevicesInterfaceMac;
  /** Provider-specific: wait for the guest to get an address before create returns. */
  waitForIp?: DomainDevicesInterfaceWaitForIp;
  /** MTU of the interface. */
  mtu?: NetworkMtu;
  /** Per-device boot order. */
  boot?: DomainDevicesBoot;
  /** Whether libvirt manages the host device (presence/boolean). */
  managed?: boolean;
  /** "yes"/"no". */
  trustGuestRxFilters?: string;
  /** Backend driver settings. */
  driver?: UntypedAttributes;
  /** Link state. */
  link?: UntypedAttributes;
  /** VLAN tags. */
  vlan?: UntypedAttributes;
  /** nwfilter reference. */
  filterRef?: UntypedAttributes;
  /** Host-side tap device. */
  target?: UntypedAttributes;
  /** Guest addresses for user-mode networking (schema `ip`, pluralised). */
  ips?: UntypedAttributes[];
  /** Guest routes (schema `route`, pluralised). */
  routes?: UntypedAttributes[];
  /** Port forwards of passt (schema `port_forward`, pluralised). */
  portForwards?: UntypedAttributes[];
  /** The `acpi` element. */
  acpi?: UntypedAttributes;
  /** The `address` element. */
  address?: UntypedAttributes;
  /** The `alias` element. */
  alias?: UntypedAttributes;
  /** The `backend` element. */
  backend?: UntypedAttributes;
  /** The `backendDomain` element. */
  backendDomain?: UntypedAttributes;
  /** The `bandwidth` element. */
  bandwidth?: UntypedAttributes;
  /** The `coalesce` element. */
  coalesce?: UntypedAttributes;
  /** The `downScript` element. */
  downScript?: UntypedAttributes;
  /** The `guest` element. */
  guest?: UntypedAttributes;
  /** The `portOptions` element. */
  portOptions?: UntypedAttributes;
  /** The `rom` element. */
  rom?: UntypedAttributes;
  /** The `script` element. */
  script?: UntypedAttributes;
  /** The `teaming` element. */
  teaming?: UntypedAttributes;
  /** The `tune` element. */
  tune?: UntypedAttributes;
  /** The `virtualPort` element. */
  virtualPort?: UntypedAttributes;
}

/** Interface source union: set exactly one of network, bridge, direct, user, ... */
export interface DomainDevicesInterfaceSource {
  /** A libvirt network. */
  network?: DomainDevicesInterfaceSourceNetwork;
  /** A host bridge. */
  bridge?: DomainDevicesInterfaceSourceBridge;
  /** macvtap on a host device. */
  direct?: UntypedAttributes;
  /** User-mode networking. */
  user?: UntypedAttributes;
  /** A pre-made tap device. */
  ethernet?: UntypedAttributes;
  /** No connection (presence-only). */
  null?: boolean;
  /** The `client` branch. */
  client?: UntypedAttributes;
  /** The `server` branch. */
  server?: UntypedAttributes;
  /** The `mcast` branch. */
  mcast?: UntypedAttributes;
  /** The `udp` branch. */
  udp?: UntypedAttributes;
  /** The `hostdev` branch. */
  hostdev?: UntypedAttributes;
  /** The `internal` branch. */
  internal?: UntypedAttributes;
  /** The `vdpa` branch. */
  vdpa?: UntypedAttributes;
  /** The `vds` branch. */
  vds?: UntypedAttributes;
  /** The `vhostUser` branch. */
  vhostUser?: UntypedAttributes;
}

/** A libvirt network as interface source. */
export interface DomainDevicesInterfaceSourceNetwork {
  /** Network name. */
  network?: string;
  /** Port group of the network. */
  portGroup?: string;
  /** Bridge, reported by libvirt. */
  bridge?: string;
  /** Network port UUID. */
  portId?: string;
}

/** A host bridge as interface source. */
export interface DomainDevicesInterfaceSourceBridge {
  /** Bridge name. */
  bridge: string;
}

/** NIC model. */
export interface DomainDevicesInterfaceModel {
  /** "virtio", "e1000e", ... */
  type: string;
}

/** Interface MAC address. */
export interface DomainDevicesInterfaceMac {
  /** The address. */
  address: string;
  /** "generated" or "static". */
  type?: string;
  /** "yes"/"no": check the address is not a multicast one. */
  check?: string;
}

/** Wait for the guest's address after create. */
export interface DomainDevicesInterfaceWaitForIp {
  /**
   * Seconds to wait.
   * @default 300
   */
  timeout?: number;
  /** "lease", "agent" or "any". */
  source?: string;
}

// Path-derived names of the generated SDK for shared shapes.
export type DomainDevicesInterfaceMtu = NetworkMtu;
export type DomainDevicesInterfaceBoot = DomainDevicesBoot;
