// Output shapes of the libvirt 0.9.7 resources: the same camelCase, pluralised property names as
// types/input.ts, as plain values the engine reports back, plus the attributes only the provider
// computes (volume target.path, DHCP host id). Derived from types/input.ts by stripping the
// Input wrappers; keep the two files in step.

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
  owner?: string;
  /** Numeric group gid, as a string. */
  group?: string;
  /** Octal mode such as "0750"; the provider normalises the leading zero. */
  mode?: string;
  /** Security (SELinux) label. */
  label?: string;
}

/** A `{type}` format element, e.g. a volume format "qcow2", "raw" or "iso". */
export interface Format {
  /** The format name. */
  type: string;
}

// ---------------------------------------------------------------------------------------------
// libvirt_pool

/** Where the pool keeps its volumes. */
export interface PoolTarget {
  /** Directory of a `dir` pool; a trailing slash is normalised away. */
  path?: string;
  /** Ownership and mode of the pool directory. */
  permissions?: Permissions;
  /** Encryption settings of the target. */
  encryption?: UntypedAttributes;
  /** Timestamps element of the target. */
  timestamps?: UntypedAttributes;
}

/** Source of a pool that is backed by something other than a plain directory. */
export interface PoolSource {
  /** Source directory (`fs`/`netfs` pools). */
  dir?: PoolSourceDir;
  /** Block devices backing the pool (schema `device`, pluralised). */
  devices?: PoolSourceDevice[];
  /** Remote hosts of a network pool (schema `host`, pluralised). */
  hosts?: PoolSourceHost[];
  /** Source name, e.g. the volume group of a logical pool. */
  name?: string;
  /** Format of the source, e.g. a filesystem type. */
  format?: Format;
  /** SCSI adapter of an `scsi` pool. */
  adapter?: UntypedAttributes;
  /** Authentication for network pools. */
  auth?: UntypedAttributes;
  /** iSCSI initiator. */
  initiator?: UntypedAttributes;
  /** Product of the source device. */
  product?: UntypedAttributes;
  /** Protocol version of a netfs source. */
  protocol?: UntypedAttributes;
  /** Vendor of the source device. */
  vendor?: UntypedAttributes;
}

/** A source directory. */
export interface PoolSourceDir {
  /** Absolute path of the directory. */
  path: string;
}

/** A block device under a pool. */
export interface PoolSourceDevice {
  /** Device path, e.g. /dev/sdb. */
  path: string;
  /** Whether partition names get a separator ("yes"/"no"). */
  partSeparator?: string;
  /** Free extents reported by libvirt. */
  freeExtents?: UntypedAttributes[];
}

/** A host serving a network pool. */
export interface PoolSourceHost {
  /** Host name or address. */
  name: string;
  /** Port, as a string. */
  port?: string;
}

/** Pool features. */
export interface PoolFeatures {
  /** Copy-on-write behaviour of a btrfs-backed pool. */
  cow?: PoolFeaturesCow;
}

/** Copy-on-write switch. */
export interface PoolFeaturesCow {
  /** "yes" or "no". */
  state: string;
}

/** Pool refresh policy. */
export interface PoolRefresh {
  /** How volume allocation is refreshed. */
  volume?: PoolRefreshVolume;
}

/** Volume refresh policy. */
export interface PoolRefreshVolume {
  /** "default" or "capacity". */
  allocation: string;
}

/** What the provider does after defining the pool (experimental, 0.9.4+). */
export interface PoolCreate {
  /**
   * Build the pool (create the directory).
   * @default true, except logical pools without devices
   */
  build?: boolean;
  /**
   * Start the pool.
   * @default true
   */
  start?: boolean;
  /**
   * Mark the pool autostart.
   * @default true
   */
  autostart?: boolean;
}

/** What the provider does when the pool is removed (experimental). */
export interface PoolDestroy {
  /**
   * Delete the pool's storage (for `dir` pools: the directory).
   * @default true for dir pools
   */
  delete?: boolean;
}

// ---------------------------------------------------------------------------------------------
// libvirt_volume

/** The volume file itself. */
export interface VolumeTarget {
  /** Absolute path of the volume file, computed by libvirt. */
  path: string;
  /** On-disk format; an overlay must say "qcow2" explicitly (no format propagation in 0.9.7). */
  format?: Format;
  /** Ownership and mode of the volume file. */
  permissions?: Permissions;
  /** qcow2 compatibility level, e.g. "1.1". */
  compat?: string;
  /** qcow2 cluster size. */
  clusterSize?: number;
  /** Unit of clusterSize. */
  clusterSizeUnit?: string;
  /** qcow2 feature flags. */
  features?: UntypedAttributes[];
  /** Encryption of the volume. */
  encryption?: UntypedAttributes;
  /** Timestamps element. */
  timestamps?: UntypedAttributes;
}

/** The image an overlay is layered on. */
export interface VolumeBackingStore {
  /** Absolute path of the backing file (a base volume's `path`). */
  path: string;
  /** Format of the backing file. */
  format?: Format;
  /** Permissions of the backing file. */
  permissions?: Permissions;
}

/** Initial content uploaded into the volume when it is created. */
export interface VolumeCreate {
  /** Where the content comes from. */
  content: VolumeCreateContent;
}

/** A content source. */
export interface VolumeCreateContent {
  /**
   * http(s)://, file:// or a plain path; a local path is read on the machine running the
   * provider. Capacity is taken from Content-Length or the file size.
   */
  url: string;
}

// ---------------------------------------------------------------------------------------------
// libvirt_network

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

/** Opaque metadata. */
export interface Metadata {
  /** XML fragment stored with the object. */
  xml: string;
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

// ---------------------------------------------------------------------------------------------
// libvirt_domain: top-level objects

/** Flags passed to libvirt when the domain is started (`running: true`). */
export interface DomainCreate {
  /** Start paused. */
  paused?: boolean;
  /** Destroy the domain when the libvirt connection closes. */
  autodestroy?: boolean;
  /** Bypass the host page cache when restoring. */
  bypassCache?: boolean;
  /** Boot fresh even if a managed save image exists. */
  forceBoot?: boolean;
  /** Validate the XML against the schema. */
  validate?: boolean;
  /** Reset the UEFI variable store. */
  resetNvram?: boolean;
}

/** How the domain is stopped before an in-place update (0.9.6+). */
export interface DomainUpdate {
  /**
   * ACPI shutdown before redefining.
   * @default 30 s graceful shutdown, then forced
   */
  shutdown?: DomainShutdown;
}

/** How the domain is stopped when it is deleted. */
export interface DomainDestroy {
  /** Ask the guest to shut down instead of pulling the plug. */
  graceful?: boolean;
  /**
   * Graceful shutdown with a timeout.
   * @default hard stop
   */
  shutdown?: DomainShutdown;
}

/** A graceful shutdown. */
export interface DomainShutdown {
  /** Seconds to wait before forcing the domain off. */
  timeout?: number;
}

/** Boot configuration. */
export interface DomainOs {
  /** Guest type, "hvm" for a full virtual machine. */
  type?: string;
  /** Guest architecture, e.g. "x86_64". */
  typeArch?: string;
  /** Machine type, e.g. "q35" or "pc". */
  typeMachine?: string;
  /** Firmware autoselection, e.g. "efi". */
  firmware?: string;
  /** Firmware loader path. */
  loader?: string;
  /** "yes"/"no" (a string). */
  loaderReadonly?: string;
  /** "rom" or "pflash". */
  loaderType?: string;
  /** "yes"/"no": secure boot capable loader. */
  loaderSecure?: string;
  /** Loader image format. */
  loaderFormat?: string;
  /** "yes"/"no": loader without a variable store. */
  loaderStateless?: string;
  /** UEFI variable store. */
  nvRam?: DomainOsNvRam;
  /** Boot order (objects with `dev`, not strings). */
  bootDevices?: DomainOsBootDevice[];
  /** Interactive boot menu. */
  bootMenu?: DomainOsBootMenu;
  /** SeaBIOS options. */
  bios?: DomainOsBios;
  /** Direct kernel boot: host path of the kernel. */
  kernel?: string;
  /** Direct kernel boot: host path of the initrd. */
  initrd?: string;
  /** Direct kernel boot: kernel command line. */
  cmdline?: string;
  /** Device tree blob path. */
  dtb?: string;
  /** Shim path for secure boot. */
  shim?: string;
  /** SMBIOS source. */
  smBios?: DomainOsSmBios;
  /** ACPI tables. */
  acpi?: UntypedAttributes;
  /** Firmware feature selection. */
  firmwareInfo?: UntypedAttributes;
  /** Container init binary. */
  init?: string;
  /** Container init arguments. */
  initArgs?: string[];
  /** Container init working directory. */
  initDir?: string;
  /** Container init environment (schema `init_env`, pluralised). */
  initEnvs?: DomainOsInitEnv[];
  /** Container init group. */
  initGroup?: string;
  /** Container init user. */
  initUser?: string;
}

/** UEFI variable store. */
export interface DomainOsNvRam {
  /** Path of the per-domain variable store. */
  nvRam: string;
  /** Template the store is copied from. */
  template?: string;
  /** Store format. */
  format?: string;
  /** Template format. */
  templateFormat?: string;
  /** Store backed by something other than a file. */
  source?: UntypedAttributes;
}

/** One boot device. */
export interface DomainOsBootDevice {
  /** "hd", "cdrom", "network" or "fd". */
  dev: string;
}

/** Boot menu. */
export interface DomainOsBootMenu {
  /** "yes"/"no". */
  enable?: string;
  /** Milliseconds, as a string. */
  timeout?: string;
}

/** SeaBIOS options. */
export interface DomainOsBios {
  /** "yes"/"no": BIOS messages on the serial port. */
  useSerial?: string;
  /** Milliseconds before retrying boot; -1 disables. */
  rebootTimeout?: number;
}

/** SMBIOS mode. */
export interface DomainOsSmBios {
  /** "emulate", "host" or "sysinfo". */
  mode: string;
}

/** A container init environment variable. */
export interface DomainOsInitEnv {
  /** Variable name. */
  name: string;
  /** Variable value. */
  value: string;
}

/** Guest CPU model and topology. */
export interface DomainCpu {
  /** "host-passthrough", "host-model", "custom" or "maximum". */
  mode?: string;
  /** CPU model name for custom mode. */
  model?: string;
  /** "allow" or "forbid". */
  modelFallback?: string;
  /** Vendor id reported to the guest. */
  modelVendorId?: string;
  /** "minimum", "exact" or "strict". */
  match?: string;
  /** "none", "partial" or "full". */
  check?: string;
  /** Whether the CPU stays migratable. */
  migratable?: boolean;
  /** CPU vendor. */
  vendor?: string;
  /** Sockets, cores and threads. */
  topology?: DomainCpuTopology;
  /** Individual CPU feature policies. */
  features?: UntypedAttributes[];
  /** "on"/"off": drop deprecated features. */
  deprecatedFeatures?: string;
  /** CPU cache emulation. */
  cache?: UntypedAttributes;
  /** Physical address bits. */
  maxPhysAddr?: UntypedAttributes;
  /** Guest NUMA cells. */
  numa?: UntypedAttributes;
}

/** CPU topology; the product must match vcpu. */
export interface DomainCpuTopology {
  /** Sockets. */
  sockets?: number;
  /** Dies per socket. */
  dies?: number;
  /** Clusters per die. */
  clusters?: number;
  /** Cores per cluster. */
  cores?: number;
  /** Threads per core. */
  threads?: number;
}

/** Hypervisor features. */
export interface DomainFeatures {
  /** ACPI (presence-only element, so a boolean). */
  acpi?: boolean;
  /** PAE (presence-only). */
  pae?: boolean;
  /** Private network namespace for containers (presence-only). */
  privNet?: boolean;
  /** Xen viridian (presence-only). */
  viridian?: boolean;
  /** APIC. */
  apic?: UntypedAttributes;
  /** I/O APIC driver. */
  ioapic?: UntypedAttributes;
  /** Hyper-V enlightenments. */
  hyperV?: UntypedAttributes;
  /** KVM-specific features. */
  kvm?: UntypedAttributes;
  /** System management mode. */
  smm?: UntypedAttributes;
  /** VMware I/O port. */
  vmPort?: UntypedAttributes;
  /** Performance monitoring unit. */
  pmu?: UntypedAttributes;
  /** Paravirtual spinlocks. */
  pvSpinlock?: UntypedAttributes;
  /** TCG accelerator tuning. */
  tcg?: UntypedAttributes;
  /** The `aia` element. */
  aia?: UntypedAttributes;
  /** The `asyncTeardown` element. */
  asyncTeardown?: UntypedAttributes;
  /** The `capabilities` element. */
  capabilities?: UntypedAttributes;
  /** The `ccfAssist` element. */
  ccfAssist?: UntypedAttributes;
  /** The `cfpc` element. */
  cfpc?: UntypedAttributes;
  /** The `gic` element. */
  gic?: UntypedAttributes;
  /** The `hap` element. */
  hap?: UntypedAttributes;
  /** The `hpt` element. */
  hpt?: UntypedAttributes;
  /** The `htm` element. */
  htm?: UntypedAttributes;
  /** The `ibs` element. */
  ibs?: UntypedAttributes;
  /** The `msrs` element. */
  msrs?: UntypedAttributes;
  /** The `nestedHv` element. */
  nestedHv?: UntypedAttributes;
  /** The `ps2` element. */
  ps2?: UntypedAttributes;
  /** The `ras` element. */
  ras?: UntypedAttributes;
  /** The `sbbc` element. */
  sbbc?: UntypedAttributes;
  /** The `vmCoreInfo` element. */
  vmCoreInfo?: UntypedAttributes;
  /** The `xen` element. */
  xen?: UntypedAttributes;
}

/** Guest clock. */
export interface DomainClock {
  /** "utc", "localtime", "timezone" or "variable". */
  offset?: string;
  /** Basis of a variable clock. */
  basis?: string;
  /** Adjustment of a variable clock. */
  adjustment?: string;
  /** Start time of an absolute clock. */
  start?: number;
  /** Time zone of a timezone clock. */
  timeZone?: string;
  /** Timer devices (schema `timer`, pluralised). */
  timers?: DomainClockTimer[];
}

/** A timer device. */
export interface DomainClockTimer {
  /** "rtc", "pit", "hpet", "kvmclock", ... */
  name: string;
  /** "delay", "catchup", "merge" or "discard". */
  tickPolicy?: string;
  /** "yes"/"no". */
  present?: string;
  /** What the timer tracks. */
  track?: string;
  /** Timer mode. */
  mode?: string;
  /** Frequency in Hz. */
  frequency?: number;
  /** Catch-up tuning. */
  catchUp?: UntypedAttributes;
}

/** A domain security label. */
export interface DomainSecLabel {
  /** "dynamic", "static" or "none". */
  type?: string;
  /** "selinux", "apparmor" or "dac". */
  model?: string;
  /** "yes"/"no". */
  relabel?: string;
  /** The label. */
  label?: string;
  /** Label of image files. */
  imageLabel?: string;
  /** Base label of dynamic labelling. */
  baseLabel?: string;
}

// ---------------------------------------------------------------------------------------------
// libvirt_domain: devices

/** Devices of the guest. Omit a list for none (e.g. no graphics). */
export interface DomainDevices {
  /** Emulator binary. */
  emulator?: string;
  /** Disks and CD-ROMs. */
  disks?: DomainDevicesDisk[];
  /** Network interfaces. */
  interfaces?: DomainDevicesInterface[];
  /** Graphics consoles; leave out for a headless guest (0.9 adds none by default). */
  graphics?: DomainDevicesGraphic[];
  /** Serial ports. */
  serials?: DomainDevicesSerial[];
  /** Consoles; libvirt adds one for serial port 0 by itself. */
  consoles?: DomainDevicesConsole[];
  /** Guest channels, e.g. the QEMU guest agent. */
  channels?: DomainDevicesChannel[];
  /** Video adapters. */
  videos?: DomainDevicesVideo[];
  /** Input devices. */
  inputs?: DomainDevicesInput[];
  /** Controllers (USB, PCI, virtio-serial, ...). */
  controllers?: DomainDevicesController[];
  /** Memory balloon; model "none" suppresses the default one. */
  memBalloon?: DomainDevicesMemBalloon;
  /** Random number generators. */
  rngs?: DomainDevicesRng[];
  /** Shared host directories. */
  filesystems?: UntypedAttributes[];
  /** TPM devices. */
  tpms?: UntypedAttributes[];
  /** Watchdogs. */
  watchdogs?: UntypedAttributes[];
  /** Host device passthrough. */
  hostdevs?: UntypedAttributes[];
  /** Audio backends. */
  audios?: UntypedAttributes[];
  /** Crypto devices (schema `crypto`, pluralised). */
  cryptos?: UntypedAttributes[];
  /** USB hubs. */
  hubs?: UntypedAttributes[];
  /** IOMMU. */
  iommu?: UntypedAttributes;
  /** Lock manager leases. */
  leases?: UntypedAttributes[];
  /** Memory devices (DIMMs). */
  memorydevs?: UntypedAttributes[];
  /** NVRAM device. */
  nvram?: UntypedAttributes;
  /** Panic devices. */
  panics?: UntypedAttributes[];
  /** Parallel ports. */
  parallels?: UntypedAttributes[];
  /** Persistent store device. */
  pstore?: UntypedAttributes;
  /** USB redirection devices. */
  redirDevs?: UntypedAttributes[];
  /** USB redirection filters. */
  redirFilters?: UntypedAttributes[];
  /** Shared memory devices. */
  shmems?: UntypedAttributes[];
  /** Smartcards. */
  smartcards?: UntypedAttributes[];
  /** Sound cards. */
  sounds?: UntypedAttributes[];
  /** vsock device. */
  vsock?: UntypedAttributes;
}

/** A disk. The source branch implies the XML disk type, so there is no `type` field. */
export interface DomainDevicesDisk {
  /** "disk", "cdrom", "floppy" or "lun". */
  device?: string;
  /** Where the data lives; set exactly one branch. */
  source?: DomainDevicesDiskSource;
  /** How the guest sees the disk. */
  target?: DomainDevicesDiskTarget;
  /** QEMU driver settings. */
  driver?: DomainDevicesDiskDriver;
  /** Read-only disk (presence-only element). */
  readOnly?: boolean;
  /** Shareable between domains (presence-only). */
  shareable?: boolean;
  /** Serial number shown to the guest. */
  serial?: string;
  /** World wide name. */
  wwn?: string;
  /** Vendor string. */
  vendor?: string;
  /** Product string. */
  product?: string;
  /** Disk model, e.g. "virtio-transitional". */
  model?: string;
  /** Per-device boot order. */
  boot?: DomainDevicesBoot;
  /** Snapshot policy. */
  snapshot?: string;
  /** SCSI generic I/O filtering. */
  sgio?: string;
  /** "yes"/"no": raw I/O for LUNs. */
  rawIo?: string;
  /** Backing chain as libvirt sees it. */
  backingStore?: UntypedAttributes;
  /** I/O throttling. */
  ioTune?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** The `acpi` element. */
  acpi?: UntypedAttributes;
  /** The `auth` element. */
  auth?: UntypedAttributes;
  /** The `backendDomain` element. */
  backendDomain?: UntypedAttributes;
  /** The `blockIo` element. */
  blockIo?: UntypedAttributes;
  /** The `encryption` element. */
  encryption?: UntypedAttributes;
  /** The `geometry` element. */
  geometry?: UntypedAttributes;
  /** The `mirror` element. */
  mirror?: UntypedAttributes;
  /** The `throttleFilters` element. */
  throttleFilters?: UntypedAttributes;
  /** The `transient` element. */
  transient?: UntypedAttributes;
}

/** Disk source union: set exactly one of volume, file, block, ... */
export interface DomainDevicesDiskSource {
  /** A storage pool volume. AppArmor hosts may deny this type; use `file` there. */
  volume?: DomainDevicesDiskSourceVolume;
  /** A host file. */
  file?: DomainDevicesDiskSourceFile;
  /** A host block device. */
  block?: DomainDevicesDiskSourceBlock;
  /** A network disk (nbd, iscsi, rbd, ...). */
  network?: UntypedAttributes;
  /** A host directory exposed as a FAT disk. */
  dir?: UntypedAttributes;
  /** An NVMe namespace. */
  nvme?: UntypedAttributes;
  /** Index of the source in a backing chain. */
  index?: number;
  /** "mandatory", "requisite" or "optional". */
  startupPolicy?: string;
  /** The `dataStore` element. */
  dataStore?: UntypedAttributes;
  /** The `vhostUser` element. */
  vhostUser?: UntypedAttributes;
  /** The `vhostVdpa` element. */
  vhostVdpa?: UntypedAttributes;
  /** The `cookies` element. */
  cookies?: UntypedAttributes;
  /** The `encryption` element. */
  encryption?: UntypedAttributes;
  /** The `readahead` element. */
  readahead?: UntypedAttributes;
  /** The `reservations` element. */
  reservations?: UntypedAttributes;
  /** The `slices` element. */
  slices?: UntypedAttributes;
  /** The `ssl` element. */
  ssl?: UntypedAttributes;
  /** The `timeout` element. */
  timeout?: UntypedAttributes;
}

/** A pool volume as a disk source. */
export interface DomainDevicesDiskSourceVolume {
  /** Pool name. */
  pool?: string;
  /** Volume name within the pool. */
  volume?: string;
  /** "host" or "direct" for iSCSI volumes. */
  mode?: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** A host file as a disk source. */
export interface DomainDevicesDiskSourceFile {
  /** Absolute path. */
  file?: string;
  /** File descriptor group passed to libvirt. */
  fdGroup?: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** A host block device as a disk source. */
export interface DomainDevicesDiskSourceBlock {
  /** Device path. */
  dev?: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** How the guest sees a disk. */
export interface DomainDevicesDiskTarget {
  /** Device name hint, e.g. "vda" or "sda". */
  dev?: string;
  /** "virtio", "sata", "scsi", "usb", "ide". */
  bus?: string;
  /** "on"/"off" for USB and SCSI disks. */
  removable?: string;
  /** 1 for SSD, or RPM. */
  rotationRate?: number;
  /** "open"/"closed" for CD-ROMs. */
  tray?: string;
}

/** QEMU disk driver. */
export interface DomainDevicesDiskDriver {
  /** "qemu". */
  name?: string;
  /** Image format, e.g. "qcow2" or "raw". */
  type?: string;
  /** Cache mode, e.g. "none" or "writeback". */
  cache?: string;
  /** "unmap" or "ignore". */
  discard?: string;
  /** "threads", "native" or "io_uring". */
  io?: string;
  /** IOThread to run on. */
  ioThread?: number;
  /** virtio-blk queues. */
  queues?: number;
  /** virtio queue size. */
  queueSize?: number;
  /** Write error policy. */
  errorPolicy?: string;
  /** Read error policy. */
  rerrorPolicy?: string;
  /** "off", "on" or "unmap". */
  detectZeros?: string;
  /** "on"/"off". */
  copyOnRead?: string;
  /** The `ats` attribute. */
  ats?: string;
  /** The `discardNoUnref` attribute. */
  discardNoUnref?: string;
  /** The `eventIdx` attribute. */
  eventIdx?: string;
  /** The `ioEventFd` attribute. */
  ioEventFd?: string;
  /** The `iommu` attribute. */
  iommu?: string;
  /** The `packed` attribute. */
  packed?: string;
  /** The `pagePerVq` attribute. */
  pagePerVq?: string;
  /** The `ioThreads` element. */
  ioThreads?: UntypedAttributes;
  /** The `metadataCache` element. */
  metadataCache?: UntypedAttributes;
}

/** Per-device boot order. */
export interface DomainDevicesBoot {
  /** Position in the boot order, from 1. */
  order: number;
  /** s390 load parameter. */
  loadParm?: string;
}

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

/**
 * Character device source union (serials, consoles, channels). Leave it out for a pty: the
 * `pty` branch requires a path, and libvirt defaults a source-less chardev to a pty.
 */
export interface DomainCharSource {
  /** A pseudo terminal at a fixed path. */
  pty?: DomainCharSourcePty;
  /** Write output to a file. */
  file?: DomainCharSourceFile;
  /** A unix socket. */
  unix?: DomainCharSourceUnix;
  /** A TCP socket. */
  tcp?: DomainCharSourceTcp;
  /** Discard everything (presence-only). */
  null?: boolean;
  /** Virtual console (presence-only). */
  vc?: boolean;
  /** QEMU's stdio (presence-only). */
  stdIo?: boolean;
  /** SPICE VM channel (presence-only). */
  spiceVmc?: boolean;
  /** The `dev` branch. */
  dev?: UntypedAttributes;
  /** The `pipe` branch. */
  pipe?: UntypedAttributes;
  /** The `udp` branch. */
  udp?: UntypedAttributes;
  /** The `spicePort` branch. */
  spicePort?: UntypedAttributes;
  /** The `nmdm` branch. */
  nmdm?: UntypedAttributes;
  /** The `dbus` branch. */
  dbus?: UntypedAttributes;
  /** The `qemuvdAgent` branch. */
  qemuvdAgent?: UntypedAttributes;
}

/** pty source. */
export interface DomainCharSourcePty {
  /** Pty path. */
  path: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** File source. */
export interface DomainCharSourceFile {
  /** Host path. */
  path: string;
  /** "on"/"off". */
  append?: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** Unix socket source. */
export interface DomainCharSourceUnix {
  /** Socket path. */
  path?: string;
  /** "bind" (listen) or "connect". */
  mode?: string;
  /** Reconnect policy. */
  reconnect?: UntypedAttributes;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** TCP source. */
export interface DomainCharSourceTcp {
  /** Host. */
  host?: string;
  /** Port, as a string. */
  service?: string;
  /** "bind" (listen) or "connect". */
  mode?: string;
  /** "yes"/"no". */
  tls?: string;
  /** Reconnect policy. */
  reconnect?: UntypedAttributes;
}

/** Log file of a character device. */
export interface DomainCharLog {
  /** Host path. */
  file: string;
  /** "on"/"off". */
  append?: string;
}

/** A serial port; `{ target: { port: 0 } }` is enough for a pty console on ttyS0. */
export interface DomainDevicesSerial {
  /** Guest side. */
  target?: DomainDevicesSerialTarget;
  /** Host side; omit for a pty. */
  source?: DomainCharSource;
  /** Copy output to a file. */
  log?: DomainCharLog;
  /** Wire protocol for TCP sources. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Guest side of a serial port. */
export interface DomainDevicesSerialTarget {
  /** "isa-serial", "usb-serial", "pci-serial", ... */
  type?: string;
  /** Port number; 0 is ttyS0. */
  port?: number;
  /** Device model. */
  model?: DomainDevicesSerialTargetModel;
}

/** Serial device model. */
export interface DomainDevicesSerialTargetModel {
  /** Model name. */
  name?: string;
}

/** A console. */
export interface DomainDevicesConsole {
  /** Guest side. */
  target?: DomainDevicesConsoleTarget;
  /** Host side; omit for a pty. */
  source?: DomainCharSource;
  /** Pty path reported by libvirt. */
  tty?: string;
  /** Copy output to a file. */
  log?: DomainCharLog;
  /** Wire protocol for TCP sources. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Guest side of a console. */
export interface DomainDevicesConsoleTarget {
  /** "serial", "virtio", ... */
  type?: string;
  /** Port number. */
  port?: number;
}

/** A guest channel. */
export interface DomainDevicesChannel {
  /** Guest side. */
  target?: DomainDevicesChannelTarget;
  /** Host side, e.g. a unix socket for the guest agent. */
  source?: DomainCharSource;
  /** Copy traffic to a file. */
  log?: DomainCharLog;
  /** Wire protocol. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Channel target union. */
export interface DomainDevicesChannelTarget {
  /** A virtio-serial port. */
  virtIo?: DomainDevicesChannelTargetVirtIo;
  /** A guest forward (user networking). */
  guestFwd?: UntypedAttributes;
  /** A Xen channel. */
  xen?: UntypedAttributes;
}

/** virtio-serial channel. */
export interface DomainDevicesChannelTargetVirtIo {
  /** Port name, e.g. "org.qemu.guest_agent.0". */
  name?: string;
  /** "connected"/"disconnected", reported by libvirt. */
  state?: string;
}

/** Graphics union: set exactly one branch. */
export interface DomainDevicesGraphic {
  /** VNC server. */
  vnc?: DomainDevicesGraphicVnc;
  /** SPICE server. */
  spice?: DomainDevicesGraphicSpice;
  /** Local SDL window. */
  sdl?: UntypedAttributes;
  /** RDP server. */
  rdp?: UntypedAttributes;
  /** Headless OpenGL. */
  eglHeadless?: UntypedAttributes;
  /** D-Bus display. */
  dbus?: UntypedAttributes;
  /** Local desktop. */
  desktop?: UntypedAttributes;
  /** Audio backend of the display. */
  audio?: UntypedAttributes;
}

/** VNC server. */
export interface DomainDevicesGraphicVnc {
  /** Allocate a port automatically (autoport, a boolean). */
  autoPort?: boolean;
  /** Fixed port. */
  port?: number;
  /** Listen address. */
  listen?: string;
  /** Listen on a unix socket instead. */
  socket?: string;
  /** Keyboard layout. */
  keymap?: string;
  /** Password. */
  passwd?: string;
  /** WebSocket port. */
  webSocket?: number;
  /** Sharing policy. */
  sharePolicy?: string;
  /** The `connected` attribute. */
  connected?: string;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: string;
  /** The `powerControl` attribute. */
  powerControl?: string;
  /** The `listeners` element. */
  listeners?: UntypedAttributes[];
}

/** SPICE server. */
export interface DomainDevicesGraphicSpice {
  /** Allocate ports automatically (autoport, a boolean). */
  autoPort?: boolean;
  /** Plain port. */
  port?: number;
  /** TLS port. */
  tlsPort?: number;
  /** Listen address. */
  listen?: string;
  /** Keyboard layout. */
  keymap?: string;
  /** Password. */
  passwd?: string;
  /** The `connected` attribute. */
  connected?: string;
  /** The `defaultMode` attribute. */
  defaultMode?: string;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: string;
  /** The `channels` element. */
  channels?: UntypedAttributes[];
  /** The `listeners` element. */
  listeners?: UntypedAttributes[];
  /** The `clipBoard` element. */
  clipBoard?: UntypedAttributes;
  /** The `fileTransfer` element. */
  fileTransfer?: UntypedAttributes;
  /** The `gl` element. */
  gl?: UntypedAttributes;
  /** The `image` element. */
  image?: UntypedAttributes;
  /** The `jpeg` element. */
  jpeg?: UntypedAttributes;
  /** The `mouse` element. */
  mouse?: UntypedAttributes;
  /** The `playback` element. */
  playback?: UntypedAttributes;
  /** The `streaming` element. */
  streaming?: UntypedAttributes;
  /** The `zlib` element. */
  zlib?: UntypedAttributes;
}

/** A video adapter. */
export interface DomainDevicesVideo {
  /** Adapter model. */
  model?: DomainDevicesVideoModel;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Video adapter model. */
export interface DomainDevicesVideoModel {
  /** "virtio", "vga", "qxl", "bochs", "none", ... */
  type?: string;
  /** Number of screens. */
  heads?: number;
  /** "yes" for the primary adapter. */
  primary?: string;
  /** Video RAM in KiB. */
  vram?: number;
  /** 64-bit video RAM in KiB. */
  vram64?: number;
  /** qxl RAM in KiB. */
  ram?: number;
  /** VGA memory in KiB. */
  vgaMem?: number;
  /** The `blob` attribute. */
  blob?: string;
  /** The `edid` attribute. */
  edid?: string;
  /** The `accel` element. */
  accel?: UntypedAttributes;
  /** The `resolution` element. */
  resolution?: UntypedAttributes;
}

/** An input device. */
export interface DomainDevicesInput {
  /** "tablet", "mouse", "keyboard", "passthrough", "evdev". */
  type: string;
  /** "usb", "virtio", "ps2". */
  bus?: string;
  /** Device model. */
  model?: string;
  /** Host event source. */
  source?: UntypedAttributes;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** A controller. */
export interface DomainDevicesController {
  /** "usb", "pci", "scsi", "sata", "virtio-serial", ... */
  type: string;
  /** Controller index. */
  index?: number;
  /** Controller model, e.g. "qemu-xhci" or "pcie-root". */
  model?: string;
  /** The `acpi` element. */
  acpi?: UntypedAttributes;
  /** The `address` element. */
  address?: UntypedAttributes;
  /** The `alias` element. */
  alias?: UntypedAttributes;
  /** The `driver` element. */
  driver?: UntypedAttributes;
  /** The `nvme` element. */
  nvme?: UntypedAttributes;
  /** The `pci` element. */
  pci?: UntypedAttributes;
  /** The `usb` element. */
  usb?: UntypedAttributes;
  /** The `virtIoSerial` element. */
  virtIoSerial?: UntypedAttributes;
  /** The `xenBus` element. */
  xenBus?: UntypedAttributes;
}

/** The memory balloon. */
export interface DomainDevicesMemBalloon {
  /** "virtio" or "none". */
  model: string;
  /** "on"/"off". */
  autoDeflate?: string;
  /** "on"/"off". */
  freePageReporting?: string;
  /** Statistics polling period. */
  stats?: UntypedAttributes;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** A random number generator. */
export interface DomainDevicesRng {
  /** "virtio". */
  model: string;
  /** Host entropy source. */
  backend?: DomainDevicesRngBackend;
  /** Rate limit. */
  rate?: DomainDevicesRngRate;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** RNG backend union. */
export interface DomainDevicesRngBackend {
  /** Host device, e.g. "/dev/urandom". */
  random?: string;
  /** QEMU's built-in generator. */
  builtIn?: boolean;
  /** EGD socket. */
  egd?: UntypedAttributes;
}

/** RNG rate limit. */
export interface DomainDevicesRngRate {
  /** Bytes per period. */
  bytes: number;
  /** Period in milliseconds. */
  period?: number;
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
