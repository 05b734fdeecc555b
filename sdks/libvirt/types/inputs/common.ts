// Shapes shared by several resources.
import * as pulumi from "@pulumi/pulumi";

/**
 * A provider attribute object not modelled field by field here. Keys must be the camelCase
 * (and, for lists, pluralised) names of the provider schema; values reach the provider unchanged.
 */
export interface UntypedAttributes {
  [key: string]: unknown;
}

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

/** Opaque metadata. */
export interface Metadata {
  /** XML fragment stored with the object. */
  xml: pulumi.Input<string>;
}
