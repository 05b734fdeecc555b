// libvirt_volume nested shapes.
import * as pulumi from "@pulumi/pulumi";
import type { Format, Permissions, UntypedAttributes } from "./common";

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

// Path-derived names of the generated SDK for shared shapes.
export type VolumeTargetFormat = Format;
export type VolumeTargetPermissions = Permissions;
export type VolumeBackingStoreFormat = Format;
export type VolumeBackingStorePermissions = Permissions;
