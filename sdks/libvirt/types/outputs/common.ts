// Shapes shared by several resources.

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

/** Opaque metadata. */
export interface Metadata {
  /** XML fragment stored with the object. */
  xml: string;
}
