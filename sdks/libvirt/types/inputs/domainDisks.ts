// libvirt_domain `devices.disks`.
import * as pulumi from "@pulumi/pulumi";
import type { UntypedAttributes } from "./common";
import type { DomainDevicesBoot } from "./domainDevices";

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

// Path-derived names of the generated SDK for shared shapes.
export type DomainDevicesDiskBoot = DomainDevicesBoot;
