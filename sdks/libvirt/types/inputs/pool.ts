// libvirt_pool nested shapes.
import * as pulumi from "@pulumi/pulumi";
import type { Format, Permissions, UntypedAttributes } from "./common";

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

// Path-derived names of the generated SDK for shared shapes.
export type PoolTargetPermissions = Permissions;
export type PoolSourceFormat = Format;
