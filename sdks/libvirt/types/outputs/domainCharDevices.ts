// libvirt_domain character devices: serials, consoles, channels.
import type { UntypedAttributes } from "./common";

/**
 * Character device source union (serials, consoles, channels). Leave it out for a pty: the
 * `pty` branch requires a path, and libvirt defaults a source-less chardev to a pty.
 */
export interface DomainCharSource {
  /** A pseudo terminal at a fixed path. */
  pty?: DomainCharSourcePty;
  /** Write output to a file. */
  file?: DomainCharSourceFile;
  /** A unix socket. */
  unix?: DomainCharSourceUnix;
  /** A TCP socket. */
  tcp?: DomainCharSourceTcp;
  /** Discard everything (presence-only). */
  null?: boolean;
  /** Virtual console (presence-only). */
  vc?: boolean;
  /** QEMU's stdio (presence-only). */
  stdIo?: boolean;
  /** SPICE VM channel (presence-only). */
  spiceVmc?: boolean;
  /** The `dev` branch. */
  dev?: UntypedAttributes;
  /** The `pipe` branch. */
  pipe?: UntypedAttributes;
  /** The `udp` branch. */
  udp?: UntypedAttributes;
  /** The `spicePort` branch. */
  spicePort?: UntypedAttributes;
  /** The `nmdm` branch. */
  nmdm?: UntypedAttributes;
  /** The `dbus` branch. */
  dbus?: UntypedAttributes;
  /** The `qemuvdAgent` branch. */
  qemuvdAgent?: UntypedAttributes;
}

/** pty source. */
export interface DomainCharSourcePty {
  /** Pty path. */
  path: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** File source. */
export interface DomainCharSourceFile {
  /** Host path. */
  path: string;
  /** "on"/"off". */
  append?: string;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** Unix socket source. */
export interface DomainCharSourceUnix {
  /** Socket path. */
  path?: string;
  /** "bind" (listen) or "connect". */
  mode?: string;
  /** Reconnect policy. */
  reconnect?: UntypedAttributes;
  /** Per-source security labels. */
  secLabels?: UntypedAttributes[];
}

/** TCP source. */
export interface DomainCharSourceTcp {
  /** Host. */
  host?: string;
  /** Port, as a string. */
  service?: string;
  /** "bind" (listen) or "connect". */
  mode?: string;
  /** "yes"/"no". */
  tls?: string;
  /** Reconnect policy. */
  reconnect?: UntypedAttributes;
}

/** Log file of a character device. */
export interface DomainCharLog {
  /** Host path. */
  file: string;
  /** "on"/"off". */
  append?: string;
}

/** A serial port; `{ target: { port: 0 } }` is enough for a pty console on ttyS0. */
export interface DomainDevicesSerial {
  /** Guest side. */
  target?: DomainDevicesSerialTarget;
  /** Host side; omit for a pty. */
  source?: DomainCharSource;
  /** Copy output to a file. */
  log?: DomainCharLog;
  /** Wire protocol for TCP sources. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Guest side of a serial port. */
export interface DomainDevicesSerialTarget {
  /** "isa-serial", "usb-serial", "pci-serial", ... */
  type?: string;
  /** Port number; 0 is ttyS0. */
  port?: number;
  /** Device model. */
  model?: DomainDevicesSerialTargetModel;
}

/** Serial device model. */
export interface DomainDevicesSerialTargetModel {
  /** Model name. */
  name?: string;
}

/** A console. */
export interface DomainDevicesConsole {
  /** Guest side. */
  target?: DomainDevicesConsoleTarget;
  /** Host side; omit for a pty. */
  source?: DomainCharSource;
  /** Pty path reported by libvirt. */
  tty?: string;
  /** Copy output to a file. */
  log?: DomainCharLog;
  /** Wire protocol for TCP sources. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Guest side of a console. */
export interface DomainDevicesConsoleTarget {
  /** "serial", "virtio", ... */
  type?: string;
  /** Port number. */
  port?: number;
}

/** A guest channel. */
export interface DomainDevicesChannel {
  /** Guest side. */
  target?: DomainDevicesChannelTarget;
  /** Host side, e.g. a unix socket for the guest agent. */
  source?: DomainCharSource;
  /** Copy traffic to a file. */
  log?: DomainCharLog;
  /** Wire protocol. */
  protocol?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Channel target union. */
export interface DomainDevicesChannelTarget {
  /** A virtio-serial port. */
  virtIo?: DomainDevicesChannelTargetVirtIo;
  /** A guest forward (user networking). */
  guestFwd?: UntypedAttributes;
  /** A Xen channel. */
  xen?: UntypedAttributes;
}

/** virtio-serial channel. */
export interface DomainDevicesChannelTargetVirtIo {
  /** Port name, e.g. "org.qemu.guest_agent.0". */
  name?: string;
  /** "connected"/"disconnected", reported by libvirt. */
  state?: string;
}
