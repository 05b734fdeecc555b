// libvirt_pool nested shapes.
import type { Format, Permissions, UntypedAttributes } from "./common";

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

// Path-derived names of the generated SDK for shared shapes.
export type PoolTargetPermissions = Permissions;
export type PoolSourceFormat = Format;
