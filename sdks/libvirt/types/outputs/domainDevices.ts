// libvirt_domain `devices`: the device lists.
import type { UntypedAttributes } from "./common";
import type { DomainDevicesDisk } from "./domainDisks";
import type { DomainDevicesInterface } from "./domainInterfaces";
import type {
  DomainDevicesChannel,
  DomainDevicesConsole,
  DomainDevicesSerial,
} from "./domainCharDevices";
import type {
  DomainDevicesController,
  DomainDevicesGraphic,
  DomainDevicesInput,
  DomainDevicesMemBalloon,
  DomainDevicesRng,
  DomainDevicesVideo,
} from "./domainOtherDevices";

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

/** Per-device boot order. */
export interface DomainDevicesBoot {
  /** Position in the boot order, from 1. */
  order: number;
  /** s390 load parameter. */
  loadParm?: string;
}
