// libvirt_domain character devices: serials, consoles, channels.
import * as pulumi from "@pulumi/pulumi";
import type { UntypedAttributes } from "./common";

/**
 * Character device source union (serials, consoles, channels). Leave it out for a pty: the
 * `pty` branch requires a path, and libvirt defaults a source-less chardev to a pty.
 */
export interface DomainCharSource {
  /** A pseudo terminal at a fixed path. */
  pty?: pulumi.Input<DomainCharSourcePty>;
  /** Write output to a file. */
  file?: pulumi.Input<DomainCharSourceFile>;
  /** A unix socket. */
  unix?: pulumi.Input<DomainCharSourceUnix>;
  /** A TCP socket. */
  tcp?: pulumi.Input<DomainCharSourceTcp>;
  /** Discard everything (presence-only). */
  null?: pulumi.Input<boolean>;
  /** Virtual console (presence-only). */
  vc?: pulumi.Input<boolean>;
  /** QEMU's stdio (presence-only). */
  stdIo?: pulumi.Input<boolean>;
  /** SPICE VM channel (presence-only). */
  spiceVmc?: pulumi.Input<boolean>;
  /** The `dev` branch. */
  dev?: pulumi.Input<UntypedAttributes>;
  /** The `pipe` branch. */
  pipe?: pulumi.Input<UntypedAttributes>;
  /** The `udp` branch. */
  udp?: pulumi.Input<UntypedAttributes>;
  /** The `spicePort` branch. */
  spicePort?: pulumi.Input<UntypedAttributes>;
  /** The `nmdm` branch. */
  nmdm?: pulumi.Input<UntypedAttributes>;
  /** The `dbus` branch. */
  dbus?: pulumi.Input<UntypedAttributes>;
  /** The `qemuvdAgent` branch. */
  qemuvdAgent?: pulumi.Input<UntypedAttributes>;
}

/** pty source. */
export interface DomainCharSourcePty {
  /** Pty path. */
  path: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** File source. */
export interface DomainCharSourceFile {
  /** Host path. */
  path: pulumi.Input<string>;
  /** "on"/"off". */
  append?: pulumi.Input<string>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** Unix socket source. */
export interface DomainCharSourceUnix {
  /** Socket path. */
  path?: pulumi.Input<string>;
  /** "bind" (listen) or "connect". */
  mode?: pulumi.Input<string>;
  /** Reconnect policy. */
  reconnect?: pulumi.Input<UntypedAttributes>;
  /** Per-source security labels. */
  secLabels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** TCP source. */
export interface DomainCharSourceTcp {
  /** Host. */
  host?: pulumi.Input<string>;
  /** Port, as a string. */
  service?: pulumi.Input<string>;
  /** "bind" (listen) or "connect". */
  mode?: pulumi.Input<string>;
  /** "yes"/"no". */
  tls?: pulumi.Input<string>;
  /** Reconnect policy. */
  reconnect?: pulumi.Input<UntypedAttributes>;
}

/** Log file of a character device. */
export interface DomainCharLog {
  /** Host path. */
  file: pulumi.Input<string>;
  /** "on"/"off". */
  append?: pulumi.Input<string>;
}

/** A serial port; `{ target: { port: 0 } }` is enough for a pty console on ttyS0. */
export interface DomainDevicesSerial {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesSerialTarget>;
  /** Host side; omit for a pty. */
  source?: pulumi.Input<DomainCharSource>;
  /** Copy output to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol for TCP sources. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Guest side of a serial port. */
export interface DomainDevicesSerialTarget {
  /** "isa-serial", "usb-serial", "pci-serial", ... */
  type?: pulumi.Input<string>;
  /** Port number; 0 is ttyS0. */
  port?: pulumi.Input<number>;
  /** Device model. */
  model?: pulumi.Input<DomainDevicesSerialTargetModel>;
}

/** Serial device model. */
export interface DomainDevicesSerialTargetModel {
  /** Model name. */
  name?: pulumi.Input<string>;
}

/** A console. */
export interface DomainDevicesConsole {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesConsoleTarget>;
  /** Host side; omit for a pty. */
  source?: pulumi.Input<DomainCharSource>;
  /** Pty path reported by libvirt. */
  tty?: pulumi.Input<string>;
  /** Copy output to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol for TCP sources. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Guest side of a console. */
export interface DomainDevicesConsoleTarget {
  /** "serial", "virtio", ... */
  type?: pulumi.Input<string>;
  /** Port number. */
  port?: pulumi.Input<number>;
}

/** A guest channel. */
export interface DomainDevicesChannel {
  /** Guest side. */
  target?: pulumi.Input<DomainDevicesChannelTarget>;
  /** Host side, e.g. a unix socket for the guest agent. */
  source?: pulumi.Input<DomainCharSource>;
  /** Copy traffic to a file. */
  log?: pulumi.Input<DomainCharLog>;
  /** Wire protocol. */
  protocol?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Channel target union. */
export interface DomainDevicesChannelTarget {
  /** A virtio-serial port. */
  virtIo?: pulumi.Input<DomainDevicesChannelTargetVirtIo>;
  /** A guest forward (user networking). */
  guestFwd?: pulumi.Input<UntypedAttributes>;
  /** A Xen channel. */
  xen?: pulumi.Input<UntypedAttributes>;
}

/** virtio-serial channel. */
export interface DomainDevicesChannelTargetVirtIo {
  /** Port name, e.g. "org.qemu.guest_agent.0". */
  name?: pulumi.Input<string>;
  /** "connected"/"disconnected", reported by libvirt. */
  state?: pulumi.Input<string>;
}
