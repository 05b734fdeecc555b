// libvirt_volume nested shapes.
import type { Format, Permissions, UntypedAttributes } from "./common";

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

// Path-derived names of the generated SDK for shared shapes.
export type VolumeTargetFormat = Format;
export type VolumeTargetPermissions = Permissions;
export type VolumeBackingStoreFormat = Format;
export type VolumeBackingStorePermissions = Permissions;
