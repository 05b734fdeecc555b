// Input shapes of the libvirt 0.9.7 resources, as Pulumi bridges them: every snake_case
// attribute is camelCase here, singular list attributes are pluralised, single nested
// attributes are plain objects and list nested attributes are arrays of objects. Interface names
// follow the generated SDK (path-derived, singular, no `Args` suffix); only property names go on
// the wire. Parts of the schema this hand-written SDK does not model field by field are typed as
// UntypedAttributes.
import * as pulumi from "@pulumi/pulumi";

/**
 * A provider attribute object not modelled field by field here. Keys must be the camelCase
 * (and, for lists, pluralised) names of the provider schema; values reach the provider unchanged.
 */
export interface UntypedAttributes {
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** File ownership and mode libvirt applies to a pool directory or a volume file. */
export interface Permissions {
  /** Numeric owner uid, as a string. */
  owner?: pulumi.Input<string>;
  /** Numeric group gid, as a string. */
  group?: pulumi.Input<string>;
  /** Octal mode such as "0750"; the provider normalises the leading zero. */
  mode?: pulumi.Input<string>;
  /** Security (SELinux) label. */
  label?: pulumi.Input<string>;
}

/** A `{type}` format element, e.g. a volume format "qcow2", "raw" or "iso". */
export interface Format {
  /** The format name. */
  type: pulumi.Input<string>;
}

// ---------------------------------------------------------------------------------------------
// libvirt_pool

/** Where the pool keeps its volumes. */
export interface PoolTarget {
  /** Directory of a `dir` pool; a trailing slash is normalised away. */
  path?: pulumi.Input<string>;
  /** Ownership and mode of the pool directory. */
  permissions?: pulumi.Input<Permissions>;
  /** Encryption settings of the target. */
  encryption?: pulumi.Input<UntypedAttributes>;
  /** Timestamps element of the target. */
  timestamps?: pulumi.Input<UntypedAttributes>;
}

/** Source of a pool that is backed by something other than a plain directory. */
export interface PoolSource {
  /** Source directory (`fs`/`netfs` pools). */
  dir?: pulumi.Input<PoolSourceDir>;
  /** Block devices backing the pool (schema `device`, pluralised). */
  devices?: pulumi.Input<pulumi.Input<PoolSourceDevice>[]>;
  /** Remote hosts of a network pool (schema `host`, pluralised). */
  hosts?: pulumi.Input<pulumi.Input<PoolSourceHost>[]>;
  /** Source name, e.g. the volume group of a logical pool. */
  name?: pulumi.Input<string>;
  /** Format of the source, e.g. a filesystem type. */
  format?: pulumi.Input<Format>;
  /** SCSI adapter of an `scsi` pool. */
  adapter?: pulumi.Input<UntypedAttributes>;
  /** Authentication for network pools. */
  auth?: pulumi.Input<UntypedAttributes>;
  /** iSCSI initiator. */
  initiator?: pulumi.Input<UntypedAttributes>;
  /** Product of the source device. */
  product?: pulumi.Input<UntypedAttributes>;
  /** Protocol version of a netfs source. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Vendor of the source device. */
  vendor?: pulumi.Input<UntypedAttributes>;
}

/** A source directory. */
export interface PoolSourceDir {
  /** Absolute path of the directory. */
  path: pulumi.Input<string>;
}

/** A block device under a pool. */
export interface PoolSourceDevice {
  /** Device path, e.g. /dev/sdb. */
  path: pulumi.Input<string>;
  /** Whether partition names get a separator ("yes"/"no"). */
  partSeparator?: pulumi.Input<string>;
  /** Free extents reported by libvirt. */
  freeExtents?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** A host serving a network pool. */
export interface PoolSourceHost {
  /** Host name or address. */
  name: pulumi.Input<string>;
  /** Port, as a string. */
  port?: pulumi.Input<string>;
}

/** Pool features. */
export interface PoolFeatures {
  /** Copy-on-write behaviour of a btrfs-backed pool. */
  cow?: pulumi.Input<PoolFeaturesCow>;
}

/** Copy-on-write switch. */
export interface PoolFeaturesCow {
  /** "yes" or "no". */
  state: pulumi.Input<string>;
}

/** Pool refresh policy. */
export interface PoolRefresh {
  /** How volume allocation is refreshed. */
  volume?: pulumi.Input<PoolRefreshVolume>;
}

/** Volume refresh policy. */
export interface PoolRefreshVolume {
  /** "default" or "capacity". */
  allocation: pulumi.Input<string>;
}

/** What the provider does after defining the pool (experimental, 0.9.4+). */
export interface PoolCreate {
  /**
   * Build the pool (create the directory).
   * @default true, except logical pools without devices
   */
  build?: pulumi.Input<boolean>;
  /**
   * Start the pool.
   * @default true
   */
  start?: pulumi.Input<boolean>;
  /**
   * Mark the pool autostart.
   * @default true
   */
  autostart?: pulumi.Input<boolean>;
}

/** What the provider does when the pool is removed (experimental). */
export interface PoolDestroy {
  /**
   * Delete the pool's storage (for `dir` pools: the directory).
   * @default true for dir pools
   */
  delete?: pulumi.Input<boolean>;
}

// ---------------------------------------------------------------------------------------------
// libvirt_volume

/** The volume file itself. */
export interface VolumeTarget {
  /** On-disk format; an overlay must say "qcow2" explicitly (no format propagation in 0.9.7). */
  format?: pulumi.Input<Format>;
  /** Ownership and mode of the volume file. */
  permissions?: pulumi.Input<Permissions>;
  /** qcow2 compatibility level, e.g. "1.1". */
  compat?: pulumi.Input<string>;
  /** qcow2 cluster size. */
  clusterSize?: pulumi.Input<number>;
  /** Unit of clusterSize. */
  clusterSizeUnit?: pulumi.Input<string>;
  /** qcow2 feature flags. */
  features?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Encryption of the volume. */
  encryption?: pulumi.Input<UntypedAttributes>;
  /** Timestamps element. */
  timestamps?: pulumi.Input<UntypedAttributes>;
}

/** The image an overlay is layered on. */
export interface VolumeBackingStore {
  /** Absolute path of the backing file (a base volume's `path`). */
  path: pulumi.Input<string>;
  /** Format of the backing file. */
  format?: pulumi.Input<Format>;
  /** Permissions of the backing file. */
  permissions?: pulumi.Input<Permissions>;
}

/** Initial content uploaded into the volume when it is created. */
export interface VolumeCreate {
  /** Where the content comes from. */
  content: pulumi.Input<VolumeCreateContent>;
}

/** A content source. */
export interface VolumeCreateContent {
  /**
   * http(s)://, file:// or a plain path; a local path is read on the machine running the
   * provider. Capacity is taken from Content-Length or the file size.
   */
  url: pulumi.Input<string>;
}

// ---------------------------------------------------------------------------------------------
// libvirt_network

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

/** Opaque metadata. */
export interface Metadata {
  /** XML fragment stored with the object. */
  xml: pulumi.Input<string>;
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

// ---------------------------------------------------------------------------------------------
// libvirt_domain: top-level objects

/** Flags passed to libvirt when the domain is started (`running: true`). */
export interface DomainCreate {
  /** Start paused. */
  paused?: pulumi.Input<boolean>;
  /** Destroy the domain when the libvirt connection closes. */
  autodestroy?: pulumi.Input<boolean>;
  /** Bypass the host page cache when restoring. */
  bypassCache?: pulumi.Input<boolean>;
  /** Boot fresh even if a managed save image exists. */
  forceBoot?: pulumi.Input<boolean>;
  /** Validate the XML against the schema. */
  validate?: pulumi.Input<boolean>;
  /** Reset the UEFI variable store. */
  resetNvram?: pulumi.Input<boolean>;
}

/** How the domain is stopped before an in-place update (0.9.6+). */
export interface DomainUpdate {
  /**
   * ACPI shutdown before redefining.
   * @default 30 s graceful shutdown, then forced
   */
  shutdown?: pulumi.Input<DomainShutdown>;
}

/** How the domain is stopped when it is deleted. */
export interface DomainDestroy {
  /** Ask the guest to shut down instead of pulling the plug. */
  graceful?: pulumi.Input<boolean>;
  /**
   * Graceful shutdown with a timeout.
   * @default hard stop
   */
  shutdown?: pulumi.Input<DomainShutdown>;
}

/** A graceful shutdown. */
export interface DomainShutdown {
  /** Seconds to wait before forcing the domain off. */
  timeout?: pulumi.Input<number>;
}

/** Boot configuration. */
export interface DomainOs {
  /** Guest type, "hvm" for a full virtual machine. */
  type?: pulumi.Input<string>;
  /** Guest architecture, e.g. "x86_64". */
  typeArch?: pulumi.Input<string>;
  /** Machine type, e.g. "q35" or "pc". */
  typeMachine?: pulumi.Input<string>;
  /** Firmware autoselection, e.g. "efi". */
  firmware?: pulumi.Input<string>;
  /** Firmware loader path. */
  loader?: pulumi.Input<string>;
  /** "yes"/"no" (a string). */
  loaderReadonly?: pulumi.Input<string>;
  /** "rom" or "pflash". */
  loaderType?: pulumi.Input<string>;
  /** "yes"/"no": secure boot capable loader. */
  loaderSecure?: pulumi.Input<string>;
  /** Loader image format. */
  loaderFormat?: pulumi.Input<string>;
  /** "yes"/"no": loader without a variable store. */
  loaderStateless?: pulumi.Input<string>;
  /** UEFI variable store. */
  nvRam?: pulumi.Input<DomainOsNvRam>;
  /** Boot order (objects with `dev`, not strings). */
  bootDevices?: pulumi.Input<pulumi.Input<DomainOsBootDevice>[]>;
  /** Interactive boot menu. */
  bootMenu?: pulumi.Input<DomainOsBootMenu>;
  /** SeaBIOS options. */
  bios?: pulumi.Input<DomainOsBios>;
  /** Direct kernel boot: host path of the kernel. */
  kernel?: pulumi.Input<string>;
  /** Direct kernel boot: host path of the initrd. */
  initrd?: pulumi.Input<string>;
  /** Direct kernel boot: kernel command line. */
  cmdline?: pulumi.Input<string>;
  /** Device tree blob path. */
  dtb?: pulumi.Input<string>;
  /** Shim path for secure boot. */
  shim?: pulumi.Input<string>;
  /** SMBIOS source. */
  smBios?: pulumi.Input<DomainOsSmBios>;
  /** ACPI tables. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** Firmware feature selection. */
  firmwareInfo?: pulumi.Input<UntypedAttributes>;
  /** Container init binary. */
  init?: pulumi.Input<string>;
  /** Container init arguments. */
  initArgs?: pulumi.Input<pulumi.Input<string>[]>;
  /** Container init working directory. */
  initDir?: pulumi.Input<string>;
  /** Container init environment (schema `init_env`, pluralised). */
  initEnvs?: pulumi.Input<pulumi.Input<DomainOsInitEnv>[]>;
  /** Container init group. */
  initGroup?: pulumi.Input<string>;
  /** Container init user. */
  initUser?: pulumi.Input<string>;
}

/** UEFI variable store. */
export interface DomainOsNvRam {
  /** Path of the per-domain variable store. */
  nvRam: pulumi.Input<string>;
  /** Template the store is copied from. */
  template?: pulumi.Input<string>;
  /** Store format. */
  format?: pulumi.Input<string>;
  /** Template format. */
  templateFormat?: pulumi.Input<string>;
  /** Store backed by something other than a file. */
  source?: pulumi.Input<UntypedAttributes>;
}

/** One boot device. */
export interface DomainOsBootDevice {
  /** "hd", "cdrom", "network" or "fd". */
  dev: pulumi.Input<string>;
}

/** Boot menu. */
export interface DomainOsBootMenu {
  /** "yes"/"no". */
  enable?: pulumi.Input<string>;
  /** Milliseconds, as a string. */
  timeout?: pulumi.Input<string>;
}

/** SeaBIOS options. */
export interface DomainOsBios {
  /** "yes"/"no": BIOS messages on the serial port. */
  useSerial?: pulumi.Input<string>;
  /** Milliseconds before retrying boot; -1 disables. */
  rebootTimeout?: pulumi.Input<number>;
}

/** SMBIOS mode. */
export interface DomainOsSmBios {
  /** "emulate", "host" or "sysinfo". */
  mode: pulumi.Input<string>;
}

/** A container init environment variable. */
export interface DomainOsInitEnv {
  /** Variable name. */
  name: pulumi.Input<string>;
  /** Variable value. */
  value: pulumi.Input<string>;
}

/** Guest CPU model and topology. */
export interface DomainCpu {
  /** "host-passthrough", "host-model", "custom" or "maximum". */
  mode?: pulumi.Input<string>;
  /** CPU model name for custom mode. */
  model?: pulumi.Input<string>;
  /** "allow" or "forbid". */
  modelFallback?: pulumi.Input<string>;
  /** Vendor id reported to the guest. */
  modelVendorId?: pulumi.Input<string>;
  /** "minimum", "exact" or "strict". */
  match?: pulumi.Input<string>;
  /** "none", "partial" or "full". */
  check?: pulumi.Input<string>;
  /** Whether the CPU stays migratable. */
  migratable?: pulumi.Input<boolean>;
  /** CPU vendor. */
  vendor?: pulumi.Input<string>;
  /** Sockets, cores and threads. */
  topology?: pulumi.Input<DomainCpuTopology>;
  /** Individual CPU feature policies. */
  features?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** "on"/"off": drop deprecated features. */
  deprecatedFeatures?: pulumi.Input<string>;
  /** CPU cache emulation. */
  cache?: pulumi.Input<UntypedAttributes>;
  /** Physical address bits. */
  maxPhysAddr?: pulumi.Input<UntypedAttributes>;
  /** Guest NUMA cells. */
  numa?: pulumi.Input<UntypedAttributes>;
}

/** CPU topology; the product must match vcpu. */
export interface DomainCpuTopology {
  /** Sockets. */
  sockets?: pulumi.Input<number>;
  /** Dies per socket. */
  dies?: pulumi.Input<number>;
  /** Clusters per die. */
  clusters?: pulumi.Input<number>;
  /** Cores per cluster. */
  cores?: pulumi.Input<number>;
  /** Threads per core. */
  threads?: pulumi.Input<number>;
}

/** Hypervisor features. */
export interface DomainFeatures {
  /** ACPI (presence-only element, so a boolean). */
  acpi?: pulumi.Input<boolean>;
  /** PAE (presence-only). */
  pae?: pulumi.Input<boolean>;
  /** Private network namespace for containers (presence-only). */
  privNet?: pulumi.Input<boolean>;
  /** Xen viridian (presence-only). */
  viridian?: pulumi.Input<boolean>;
  /** APIC. */
  apic?: pulumi.Input<UntypedAttributes>;
  /** I/O APIC driver. */
  ioapic?: pulumi.Input<UntypedAttributes>;
  /** Hyper-V enlightenments. */
  hyperV?: pulumi.Input<UntypedAttributes>;
  /** KVM-specific features. */
  kvm?: pulumi.Input<UntypedAttributes>;
  /** System management mode. */
  smm?: pulumi.Input<UntypedAttributes>;
  /** VMware I/O port. */
  vmPort?: pulumi.Input<UntypedAttributes>;
  /** Performance monitoring unit. */
  pmu?: pulumi.Input<UntypedAttributes>;
  /** Paravirtual spinlocks. */
  pvSpinlock?: pulumi.Input<UntypedAttributes>;
  /** TCG accelerator tuning. */
  tcg?: pulumi.Input<UntypedAttributes>;
  /** The `aia` element. */
  aia?: pulumi.Input<UntypedAttributes>;
  /** The `asyncTeardown` element. */
  asyncTeardown?: pulumi.Input<UntypedAttributes>;
  /** The `capabilities` element. */
  capabilities?: pulumi.Input<UntypedAttributes>;
  /** The `ccfAssist` element. */
  ccfAssist?: pulumi.Input<UntypedAttributes>;
  /** The `cfpc` element. */
  cfpc?: pulumi.Input<UntypedAttributes>;
  /** The `gic` element. */
  gic?: pulumi.Input<UntypedAttributes>;
  /** The `hap` element. */
  hap?: pulumi.Input<UntypedAttributes>;
  /** The `hpt` element. */
  hpt?: pulumi.Input<UntypedAttributes>;
  /** The `htm` element. */
  htm?: pulumi.Input<UntypedAttributes>;
  /** The `ibs` element. */
  ibs?: pulumi.Input<UntypedAttributes>;
  /** The `msrs` element. */
  msrs?: pulumi.Input<UntypedAttributes>;
  /** The `nestedHv` element. */
  nestedHv?: pulumi.Input<UntypedAttributes>;
  /** The `ps2` element. */
  ps2?: pulumi.Input<UntypedAttributes>;
  /** The `ras` element. */
  ras?: pulumi.Input<UntypedAttributes>;
  /** The `sbbc` element. */
  sbbc?: pulumi.Input<UntypedAttributes>;
  /** The `vmCoreInfo` element. */
  vmCoreInfo?: pulumi.Input<UntypedAttributes>;
  /** The `xen` element. */
  xen?: pulumi.Input<UntypedAttributes>;
}

/** Guest clock. */
export interface DomainClock {
  /** "utc", "localtime", "timezone" or "variable". */
  offset?: pulumi.Input<string>;
  /** Basis of a variable clock. */
  basis?: pulumi.Input<string>;
  /** Adjustment of a variable clock. */
  adjustment?: pulumi.Input<string>;
  /** Start time of an absolute clock. */
  start?: pulumi.Input<number>;
  /** Time zone of a timezone clock. */
  timeZone?: pulumi.Input<string>;
  /** Timer devices (schema `timer`, pluralised). */
  timers?: pulumi.Input<pulumi.Input<DomainClockTimer>[]>;
}

/** A timer device. */
export interface DomainClockTimer {
  /** "rtc", "pit", "hpet", "kvmclock", ... */
  name: pulumi.Input<string>;
  /** "delay", "catchup", "merge" or "discard". */
  tickPolicy?: pulumi.Input<string>;
  /** "yes"/"no". */
  present?: pulumi.Input<string>;
  /** What the timer tracks. */
  track?: pulumi.Input<string>;
  /** Timer mode. */
  mode?: pulumi.Input<string>;
  /** Frequency in Hz. */
  frequency?: pulumi.Input<number>;
  /** Catch-up tuning. */
  catchUp?: pulumi.Input<UntypedAttributes>;
}

/** A domain security label. */
export interface DomainSecLabel {
  /** "dynamic", "static" or "none". */
  type?: pulumi.Input<string>;
  /** "selinux", "apparmor" or "dac". */
  model?: pulumi.Input<string>;
  /** "yes"/"no". */
  relabel?: pulumi.Input<string>;
  /** The label. */
  label?: pulumi.Input<string>;
  /** Label of image files. */
  imageLabel?: pulumi.Input<string>;
  /** Base label of dynamic labelling. */
  baseLabel?: pulumi.Input<string>;
}

// ---------------------------------------------------------------------------------------------
// libvirt_domain: devices

/** Devices of the guest. Omit a list for none (e.g. no graphics). */
export interface DomainDevices {
  /** Emulator binary. */
  emulator?: pulumi.Input<string>;
  /** Disks and CD-ROMs. */
  disks?: pulumi.Input<pulumi.Input<DomainDevicesDisk>[]>;
  /** Network interfaces. */
  interfaces?: pulumi.Input<pulumi.Input<DomainDevicesInterface>[]>;
  /** Graphics consoles; leave out for a headless guest (0.9 adds none by default). */
  graphics?: pulumi.Input<pulumi.Input<DomainDevicesGraphic>[]>;
  /** Serial ports. */
  serials?: pulumi.Input<pulumi.Input<DomainDevicesSerial>[]>;
  /** Consoles; libvirt adds one for serial port 0 by itself. */
  consoles?: pulumi.Input<pulumi.Input<DomainDevicesConsole>[]>;
  /** Guest channels, e.g. the QEMU guest agent. */
  channels?: pulumi.Input<pulumi.Input<DomainDevicesChannel>[]>;
  /** Video adapters. */
  videos?: pulumi.Input<pulumi.Input<DomainDevicesVideo>[]>;
  /** Input devices. */
  inputs?: pulumi.Input<pulumi.Input<DomainDevicesInput>[]>;
  /** Controllers (USB, PCI, virtio-serial, ...). */
  controllers?: pulumi.Input<pulumi.Input<DomainDevicesController>[]>;
  /** Memory balloon; model "none" suppresses the default one. */
  memBalloon?: pulumi.Input<DomainDevicesMemBalloon>;
  /** Random number generators. */
  rngs?: pulumi.Input<pulumi.Input<DomainDevicesRng>[]>;
  /** Shared host directories. */
  filesystems?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** TPM devices. */
  tpms?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Watchdogs. */
  watchdogs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Host device passthrough. */
  hostdevs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Audio backends. */
  audios?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Crypto devices (schema `crypto`, pluralised). */
  cryptos?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** USB hubs. */
  hubs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** IOMMU. */
  iommu?: pulumi.Input<UntypedAttributes>;
  /** Lock manager leases. */
  leases?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Memory devices (DIMMs). */
  memorydevs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** NVRAM device. */
  nvram?: pulumi.Input<UntypedAttributes>;
  /** Panic devices. */
  panics?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Parallel ports. */
  parallels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Persistent store device. */
  pstore?: pulumi.Input<UntypedAttributes>;
  /** USB redirection devices. */
  redirDevs?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** USB redirection filters. */
  redirFilters?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Shared memory devices. */
  shmems?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Smartcards. */
  smartcards?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** Sound cards. */
  sounds?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** vsock device. */
  vsock?: pulumi.Input<UntypedAttributes>;
}

/** A disk. The source branch implies the XML disk type, so there is no `type` field. */
export interface DomainDevicesDisk {
  /** "disk", "cdrom", "floppy" or "lun". */
  device?: pulumi.Input<string>;
  /** Where the data lives; set exactly one branch. */
  source?: pulumi.Input<DomainDevicesDiskSource>;
  /** How the guest sees the disk. */
  target?: pulumi.Input<DomainDevicesDiskTarget>;
  /** QEMU driver settings. */
  driver?: pulumi.Input<DomainDevicesDiskDriver>;
  /** Read-only disk (presence-only element). */
  readOnly?: pulumi.Input<boolean>;
  /** Shareable between domains (presence-only). */
  shareable?: pulumi.Input<boolean>;
  /** Serial number shown to the guest. */
  serial?: pulumi.Input<string>;
  /** World wide name. */
  wwn?: pulumi.Input<string>;
  /** Vendor string. */
  vendor?: pulumi.Input<string>;
  /** Product string. */
  product?: pulumi.Input<string>;
  /** Disk model, e.g. "virtio-transitional". */
  model?: pulumi.Input<string>;
  /** Per-device boot order. */
  boot?: pulumi.Input<DomainDevicesBoot>;
  /** Snapshot policy. */
  snapshot?: pulumi.Input<string>;
  /** SCSI generic I/O filtering. */
  sgio?: pulumi.Input<string>;
  /** "yes"/"no": raw I/O for LUNs. */
  rawIo?: pulumi.Input<string>;
  /** Backing chain as libvirt sees it. */
  backingStore?: pulumi.Input<UntypedAttributes>;
  /** I/O throttling. */
  ioTune?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** The `acpi` element. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** The `auth` element. */
  auth?: pulumi.Input<UntypedAttributes>;
  /** The `backendDomain` element. */
  backendDomain?: pulumi.Input<UntypedAttributes>;
  /** The `blockIo` element. */
  blockIo?: pulumi.Input<UntypedAttributes>;
  /** The `encryption` element. */
  encryption?: pulumi.Input<UntypedAttributes>;
  /** The `geometry` element. */
  geometry?: pulumi.Input<UntypedAttributes>;
  /** The `mirror` element. */
  mirror?: pulumi.Input<UntypedAttributes>;
  /** The `throttleFilters` element. */
  throttleFilters?: pulumi.Input<UntypedAttributes>;
  /** The `transient` element. */
  transient?: pulumi.Input<UntypedAttributes>;
}

/** Disk source union: set exactly one of volume, file, block, ... */
export interface DomainDevicesDiskSource {
  /** A storage pool volume. AppArmor hosts may deny this type; use `file` there. */
  volume?: pulumi.Input<DomainDevicesDiskSourceVolume>;
  /** A host file. */
  file?: pulumi.Input<DomainDevicesDiskSourceFile>;
  /** A host block device. */
  block?: pulumi.Input<DomainDevicesDiskSourceBlock>;
  /** A network disk (nbd, iscsi, rbd, ...). */
  network?: pulumi.Input<UntypedAttributes>;
  /** A host directory exposed as a FAT disk. */
  dir?: pulumi.Input<UntypedAttributes>;
  /** An NVMe namespace. */
  nvme?: pulumi.Input<UntypedAttributes>;
  /** Index of the source in a backing chain. */
  index?: pulumi.Input<number>;
  /** "mandatory", "requisite" or "optional". */
  startupPolicy?: pulumi.Input<string>;
  /** The `dataStore` element. */
  dataStore?: pulumi.Input<UntypedAttributes>;
  /** The `vhostUser` element. */
  vhostUser?: pulumi.Input<UntypedAttributes>;
  /** The `vhostVdpa` element. */
  vhostVdpa?: pulumi.Input<UntypedAttributes>;
  /** The `cookies` element. */
  cookies?: pulumi.Input<UntypedAttributes>;
  /** The `encryption` element. */
  encryption?: pulumi.Input<UntypedAttributes>;
  /** The `readahead` element. */
  readahead?: pulumi.Input<UntypedAttributes>;
  /** The `reservations` element. */
  reservations?: pulumi.Input<UntypedAttributes>;
  /** The `slices` element. */
  slices?: pulumi.Input<UntypedAttributes>;
  /** The `ssl` element. */
  ssl?: pulumi.Input<UntypedAttributes>;
  /** The `timeout` element. */
  timeout?: pulumi.Input<UntypedAttributes>;
}

/** A pool volume as a disk source. */
export interface DomainDevicesDiskSourceVolume {
  /** Pool name. */
  pool?: pulumi.Input<string>;
  /** Volume name within the pool. */
  volume?: pulumi.Input<string>;
  /** "host" or "direct" for iSCSI volumes. */
  mode?: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** A host file as a disk source. */
export interface DomainDevicesDiskSourceFile {
  /** Absolute path. */
  file?: pulumi.Input<string>;
  /** File descriptor group passed to libvirt. */
  fdGroup?: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** A host block device as a disk source. */
export interface DomainDevicesDiskSourceBlock {
  /** Device path. */
  dev?: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** How the guest sees a disk. */
export interface DomainDevicesDiskTarget {
  /** Device name hint, e.g. "vda" or "sda". */
  dev?: pulumi.Input<string>;
  /** "virtio", "sata", "scsi", "usb", "ide". */
  bus?: pulumi.Input<string>;
  /** "on"/"off" for USB and SCSI disks. */
  removable?: pulumi.Input<string>;
  /** 1 for SSD, or RPM. */
  rotationRate?: pulumi.Input<number>;
  /** "open"/"closed" for CD-ROMs. */
  tray?: pulumi.Input<string>;
}

/** QEMU disk driver. */
export interface DomainDevicesDiskDriver {
  /** "qemu". */
  name?: pulumi.Input<string>;
  /** Image format, e.g. "qcow2" or "raw". */
  type?: pulumi.Input<string>;
  /** Cache mode, e.g. "none" or "writeback". */
  cache?: pulumi.Input<string>;
  /** "unmap" or "ignore". */
  discard?: pulumi.Input<string>;
  /** "threads", "native" or "io_uring". */
  io?: pulumi.Input<string>;
  /** IOThread to run on. */
  ioThread?: pulumi.Input<number>;
  /** virtio-blk queues. */
  queues?: pulumi.Input<number>;
  /** virtio queue size. */
  queueSize?: pulumi.Input<number>;
  /** Write error policy. */
  errorPolicy?: pulumi.Input<string>;
  /** Read error policy. */
  rerrorPolicy?: pulumi.Input<string>;
  /** "off", "on" or "unmap". */
  detectZeros?: pulumi.Input<string>;
  /** "on"/"off". */
  copyOnRead?: pulumi.Input<string>;
  /** The `ats` attribute. */
  ats?: pulumi.Input<string>;
  /** The `discardNoUnref` attribute. */
  discardNoUnref?: pulumi.Input<string>;
  /** The `eventIdx` attribute. */
  eventIdx?: pulumi.Input<string>;
  /** The `ioEventFd` attribute. */
  ioEventFd?: pulumi.Input<string>;
  /** The `iommu` attribute. */
  iommu?: pulumi.Input<string>;
  /** The `packed` attribute. */
  packed?: pulumi.Input<string>;
  /** The `pagePerVq` attribute. */
  pagePerVq?: pulumi.Input<string>;
  /** The `ioThreads` element. */
  ioThreads?: pulumi.Input<UntypedAttributes>;
  /** The `metadataCache` element. */
  metadataCache?: pulumi.Input<UntypedAttributes>;
}

/** Per-device boot order. */
export interface DomainDevicesBoot {
  /** Position in the boot order, from 1. */
  order: pulumi.Input<number>;
  /** s390 load parameter. */
  loadParm?: pulumi.Input<string>;
}

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

/**
 * Character device source union (serials, consoles, channels). Leave it out for a pty: the
 * `pty` branch requires a path, and libvirt defaults a source-less chardev to a pty.
 */
export interface DomainCharSource {
  /** A pseudo terminal at a fixed path. */
  pty?: pulumi.Input<DomainCharSourcePty>;
  /** Write output to a file. */
  file?: pulumi.Input<DomainCharSourceFile>;
  /** A unix socket. */
  unix?: pulumi.Input<DomainCharSourceUnix>;
  /** A TCP socket. */
  tcp?: pulumi.Input<DomainCharSourceTcp>;
  /** Discard everything (presence-only). */
  null?: pulumi.Input<boolean>;
  /** Virtual console (presence-only). */
  vc?: pulumi.Input<boolean>;
  /** QEMU's stdio (presence-only). */
  stdIo?: pulumi.Input<boolean>;
  /** SPICE VM channel (presence-only). */
  spiceVmc?: pulumi.Input<boolean>;
  /** The `dev` branch. */
  dev?: pulumi.Input<UntypedAttributes>;
  /** The `pipe` branch. */
  pipe?: pulumi.Input<UntypedAttributes>;
  /** The `udp` branch. */
  udp?: pulumi.Input<UntypedAttributes>;
  /** The `spicePort` branch. */
  spicePort?: pulumi.Input<UntypedAttributes>;
  /** The `nmdm` branch. */
  nmdm?: pulumi.Input<UntypedAttributes>;
  /** The `dbus` branch. */
  dbus?: pulumi.Input<UntypedAttributes>;
  /** The `qemuvdAgent` branch. */
  qemuvdAgent?: pulumi.Input<UntypedAttributes>;
}

/** pty source. */
export interface DomainCharSourcePty {
  /** Pty path. */
  path: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** File source. */
export interface DomainCharSourceFile {
  /** Host path. */
  path: pulumi.Input<string>;
  /** "on"/"off". */
  append?: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** Unix socket source. */
export interface DomainCharSourceUnix {
  /** Socket path. */
  path?: pulumi.Input<string>;
  /** "bind" (listen) or "connect". */
  mode?: pulumi.Input<string>;
  /** Reconnect policy. */
  reconnect?: pulumi.Input<UntypedAttributes>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** TCP source. */
export interface DomainCharSourceTcp {
  /** Host. */
  host?: pulumi.Input<string>;
  /** Port, as a string. */
  service?: pulumi.Input<string>;
  /** "bind" (listen) or "connect". */
  mode?: pulumi.Input<string>;
  /** "yes"/"no". */
  tls?: pulumi.Input<string>;
  /** Reconnect policy. */
  reconnect?: pulumi.Input<UntypedAttributes>;
}

/** Log file of a character device. */
export interface DomainCharLog {
  /** Host path. */
  file: pulumi.Input<string>;
  /** "on"/"off". */
  append?: pulumi.Input<string>;
}

/** A serial port; `{ target: { port: 0 } }` is enough for a pty console on ttyS0. */
export interface DomainDevicesSerial {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesSerialTarget>;
  /** Host side; omit for a pty. */
  source?: pulumi.Input<DomainCharSource>;
  /** Copy output to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol for TCP sources. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Guest side of a serial port. */
export interface DomainDevicesSerialTarget {
  /** "isa-serial", "usb-serial", "pci-serial", ... */
  type?: pulumi.Input<string>;
  /** Port number; 0 is ttyS0. */
  port?: pulumi.Input<number>;
  /** Device model. */
  model?: pulumi.Input<DomainDevicesSerialTargetModel>;
}

/** Serial device model. */
export interface DomainDevicesSerialTargetModel {
  /** Model name. */
  name?: pulumi.Input<string>;
}

/** A console. */
export interface DomainDevicesConsole {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesConsoleTarget>;
  /** Host side; omit for a pty. */
  source?: pulumi.Input<DomainCharSource>;
  /** Pty path reported by libvirt. */
  tty?: pulumi.Input<string>;
  /** Copy output to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol for TCP sources. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Guest side of a console. */
export interface DomainDevicesConsoleTarget {
  /** "serial", "virtio", ... */
  type?: pulumi.Input<string>;
  /** Port number. */
  port?: pulumi.Input<number>;
}

/** A guest channel. */
export interface DomainDevicesChannel {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesChannelTarget>;
  /** Host side, e.g. a unix socket for the guest agent. */
  source?: pulumi.Input<DomainCharSource>;
  /** Copy traffic to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Channel target union. */
export interface DomainDevicesChannelTarget {
  /** A virtio-serial port. */
  virtIo?: pulumi.Input<DomainDevicesChannelTargetVirtIo>;
  /** A guest forward (user networking). */
  guestFwd?: pulumi.Input<UntypedAttributes>;
  /** A Xen channel. */
  xen?: pulumi.Input<UntypedAttributes>;
}

/** virtio-serial channel. */
export interface DomainDevicesChannelTargetVirtIo {
  /** Port name, e.g. "org.qemu.guest_agent.0". */
  name?: pulumi.Input<string>;
  /** "connected"/"disconnected", reported by libvirt. */
  state?: pulumi.Input<string>;
}

/** Graphics union: set exactly one branch. */
export interface DomainDevicesGraphic {
  /** VNC server. */
  vnc?: pulumi.Input<DomainDevicesGraphicVnc>;
  /** SPICE server. */
  spice?: pulumi.Input<DomainDevicesGraphicSpice>;
  /** Local SDL window. */
  sdl?: pulumi.Input<UntypedAttributes>;
  /** RDP server. */
  rdp?: pulumi.Input<UntypedAttributes>;
  /** Headless OpenGL. */
  eglHeadless?: pulumi.Input<UntypedAttributes>;
  /** D-Bus display. */
  dbus?: pulumi.Input<UntypedAttributes>;
  /** Local desktop. */
  desktop?: pulumi.Input<UntypedAttributes>;
  /** Audio backend of the display. */
  audio?: pulumi.Input<UntypedAttributes>;
}

/** VNC server. */
export interface DomainDevicesGraphicVnc {
  /** Allocate a port automatically (autoport, a boolean). */
  autoPort?: pulumi.Input<boolean>;
  /** Fixed port. */
  port?: pulumi.Input<number>;
  /** Listen address. */
  listen?: pulumi.Input<string>;
  /** Listen on a unix socket instead. */
  socket?: pulumi.Input<string>;
  /** Keyboard layout. */
  keymap?: pulumi.Input<string>;
  /** Password. */
  passwd?: pulumi.Input<string>;
  /** WebSocket port. */
  webSocket?: pulumi.Input<number>;
  /** Sharing policy. */
  sharePolicy?: pulumi.Input<string>;
  /** The `connected` attribute. */
  connected?: pulumi.Input<string>;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: pulumi.Input<string>;
  /** The `powerControl` attribute. */
  powerControl?: pulumi.Input<string>;
  /** The `listeners` element. */
  listeners?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** SPICE server. */
export interface DomainDevicesGraphicSpice {
  /** Allocate ports automatically (autoport, a boolean). */
  autoPort?: pulumi.Input<boolean>;
  /** Plain port. */
  port?: pulumi.Input<number>;
  /** TLS port. */
  tlsPort?: pulumi.Input<number>;
  /** Listen address. */
  listen?: pulumi.Input<string>;
  /** Keyboard layout. */
  keymap?: pulumi.Input<string>;
  /** Password. */
  passwd?: pulumi.Input<string>;
  /** The `connected` attribute. */
  connected?: pulumi.Input<string>;
  /** The `defaultMode` attribute. */
  defaultMode?: pulumi.Input<string>;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: pulumi.Input<string>;
  /** The `channels` element. */
  channels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** The `listeners` element. */
  listeners?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** The `clipBoard` element. */
  clipBoard?: pulumi.Input<UntypedAttributes>;
  /** The `fileTransfer` element. */
  fileTransfer?: pulumi.Input<UntypedAttributes>;
  /** The `gl` element. */
  gl?: pulumi.Input<UntypedAttributes>;
  /** The `image` element. */
  image?: pulumi.Input<UntypedAttributes>;
  /** The `jpeg` element. */
  jpeg?: pulumi.Input<UntypedAttributes>;
  /** The `mouse` element. */
  mouse?: pulumi.Input<UntypedAttributes>;
  /** The `playback` element. */
  playback?: pulumi.Input<UntypedAttributes>;
  /** The `streaming` element. */
  streaming?: pulumi.Input<UntypedAttributes>;
  /** The `zlib` element. */
  zlib?: pulumi.Input<UntypedAttributes>;
}

/** A video adapter. */
export interface DomainDevicesVideo {
  /** Adapter model. */
  model?: pulumi.Input<DomainDevicesVideoModel>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Video adapter model. */
export interface DomainDevicesVideoModel {
  /** "virtio", "vga", "qxl", "bochs", "none", ... */
  type?: pulumi.Input<string>;
  /** Number of screens. */
  heads?: pulumi.Input<number>;
  /** "yes" for the primary adapter. */
  primary?: pulumi.Input<string>;
  /** Video RAM in KiB. */
  vram?: pulumi.Input<number>;
  /** 64-bit video RAM in KiB. */
  vram64?: pulumi.Input<number>;
  /** qxl RAM in KiB. */
  ram?: pulumi.Input<number>;
  /** VGA memory in KiB. */
  vgaMem?: pulumi.Input<number>;
  /** The `blob` attribute. */
  blob?: pulumi.Input<string>;
  /** The `edid` attribute. */
  edid?: pulumi.Input<string>;
  /** The `accel` element. */
  accel?: pulumi.Input<UntypedAttributes>;
  /** The `resolution` element. */
  resolution?: pulumi.Input<UntypedAttributes>;
}

/** An input device. */
export interface DomainDevicesInput {
  /** "tablet", "mouse", "keyboard", "passthrough", "evdev". */
  type: pulumi.Input<string>;
  /** "usb", "virtio", "ps2". */
  bus?: pulumi.Input<string>;
  /** Device model. */
  model?: pulumi.Input<string>;
  /** Host event source. */
  source?: pulumi.Input<UntypedAttributes>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** A controller. */
export interface DomainDevicesController {
  /** "usb", "pci", "scsi", "sata", "virtio-serial", ... */
  type: pulumi.Input<string>;
  /** Controller index. */
  index?: pulumi.Input<number>;
  /** Controller model, e.g. "qemu-xhci" or "pcie-root". */
  model?: pulumi.Input<string>;
  /** The `acpi` element. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** The `address` element. */
  address?: pulumi.Input<UntypedAttributes>;
  /** The `alias` element. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** The `driver` element. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** The `nvme` element. */
  nvme?: pulumi.Input<UntypedAttributes>;
  /** The `pci` element. */
  pci?: pulumi.Input<UntypedAttributes>;
  /** The `usb` element. */
  usb?: pulumi.Input<UntypedAttributes>;
  /** The `virtIoSerial` element. */
  virtIoSerial?: pulumi.Input<UntypedAttributes>;
  /** The `xenBus` element. */
  xenBus?: pulumi.Input<UntypedAttributes>;
}

/** The memory balloon. */
export interface DomainDevicesMemBalloon {
  /** "virtio" or "none". */
  model: pulumi.Input<string>;
  /** "on"/"off". */
  autoDeflate?: pulumi.Input<string>;
  /** "on"/"off". */
  freePageReporting?: pulumi.Input<string>;
  /** Statistics polling period. */
  stats?: pulumi.Input<UntypedAttributes>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** A random number generator. */
export interface DomainDevicesRng {
  /** "virtio". */
  model: pulumi.Input<string>;
  /** Host entropy source. */
  backend?: pulumi.Input<DomainDevicesRngBackend>;
  /** Rate limit. */
  rate?: pulumi.Input<DomainDevicesRngRate>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** RNG backend union. */
export interface DomainDevicesRngBackend {
  /** Host device, e.g. "/dev/urandom". */
  random?: pulumi.Input<string>;
  /** QEMU's built-in generator. */
  builtIn?: pulumi.Input<boolean>;
  /** EGD socket. */
  egd?: pulumi.Input<UntypedAttributes>;
}

/** RNG rate limit. */
export interface DomainDevicesRngRate {
  /** Bytes per period. */
  bytes: pulumi.Input<number>;
  /** Period in milliseconds. */
  period?: pulumi.Input<number>;
}

// ---------------------------------------------------------------------------------------------
// Path-derived names of the generated SDK for the shared shapes above.

export type PoolTargetPermissions = Permissions;
export type PoolSourceFormat = Format;
export type VolumeTargetFormat = Format;
export type VolumeTargetPermissions = Permissions;
export type VolumeBackingStoreFormat = Format;
export type VolumeBackingStorePermissions = Permissions;
export type NetworkIpDhcpRangeLease = NetworkLease;
export type NetworkIpDhcpHostLease = NetworkLease;
export type NetworkMetadata = Metadata;
export type DomainMetadata = Metadata;
export type DomainDevicesInterfaceMtu = NetworkMtu;
export type DomainDevicesDiskBoot = DomainDevicesBoot;
export type DomainDevicesInterfaceBoot = DomainDevicesBoot;
export type DomainUpdateShutdown = DomainShutdown;
export type DomainDestroyShutdown = DomainShutdown;
