// libvirt_domain `devices`: the device lists.
import * as pulumi from "@pulumi/pulumi";
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

/** Per-device boot order. */
export interface DomainDevicesBoot {
  /** Position in the boot order, from 1. */
  order: pulumi.Input<number>;
  /** s390 load parameter. */
  loadParm?: pulumi.Input<string>;
}
