// libvirt_domain `devices.disks`.
import type { UntypedAttributes } from "./common";
import type { DomainDevicesBoot } from "./domainDevices";

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

// Path-derived names of the generated SDK for shared shapes.
export type DomainDevicesDiskBoot = DomainDevicesBoot;
