// libvirt_domain graphics, videos, inputs, controllers, memBalloon and rngs.
import type { UntypedAttributes } from "./common";

/** Graphics union: set exactly one branch. */
export interface DomainDevicesGraphic {
  /** VNC server. */
  vnc?: DomainDevicesGraphicVnc;
  /** SPICE server. */
  spice?: DomainDevicesGraphicSpice;
  /** Local SDL window. */
  sdl?: UntypedAttributes;
  /** RDP server. */
  rdp?: UntypedAttributes;
  /** Headless OpenGL. */
  eglHeadless?: UntypedAttributes;
  /** D-Bus display. */
  dbus?: UntypedAttributes;
  /** Local desktop. */
  desktop?: UntypedAttributes;
  /** Audio backend of the display. */
  audio?: UntypedAttributes;
}

/** VNC server. */
export interface DomainDevicesGraphicVnc {
  /** Allocate a port automatically (autoport, a boolean). */
  autoPort?: boolean;
  /** Fixed port. */
  port?: number;
  /** Listen address. */
  listen?: string;
  /** Listen on a unix socket instead. */
  socket?: string;
  /** Keyboard layout. */
  keymap?: string;
  /** Password. */
  passwd?: string;
  /** WebSocket port. */
  webSocket?: number;
  /** Sharing policy. */
  sharePolicy?: string;
  /** The `connected` attribute. */
  connected?: string;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: string;
  /** The `powerControl` attribute. */
  powerControl?: string;
  /** The `listeners` element. */
  listeners?: UntypedAttributes[];
}

/** SPICE server. */
export interface DomainDevicesGraphicSpice {
  /** Allocate ports automatically (autoport, a boolean). */
  autoPort?: boolean;
  /** Plain port. */
  port?: number;
  /** TLS port. */
  tlsPort?: number;
  /** Listen address. */
  listen?: string;
  /** Keyboard layout. */
  keymap?: string;
  /** Password. */
  passwd?: string;
  /** The `connected` attribute. */
  connected?: string;
  /** The `defaultMode` attribute. */
  defaultMode?: string;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: string;
  /** The `channels` element. */
  channels?: UntypedAttributes[];
  /** The `listeners` element. */
  listeners?: UntypedAttributes[];
  /** The `clipBoard` element. */
  clipBoard?: UntypedAttributes;
  /** The `fileTransfer` element. */
  fileTransfer?: UntypedAttributes;
  /** The `gl` element. */
  gl?: UntypedAttributes;
  /** The `image` element. */
  image?: UntypedAttributes;
  /** The `jpeg` element. */
  jpeg?: UntypedAttributes;
  /** The `mouse` element. */
  mouse?: UntypedAttributes;
  /** The `playback` element. */
  playback?: UntypedAttributes;
  /** The `streaming` element. */
  streaming?: UntypedAttributes;
  /** The `zlib` element. */
  zlib?: UntypedAttributes;
}

/** A video adapter. */
export interface DomainDevicesVideo {
  /** Adapter model. */
  model?: DomainDevicesVideoModel;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** Video adapter model. */
export interface DomainDevicesVideoModel {
  /** "virtio", "vga", "qxl", "bochs", "none", ... */
  type?: string;
  /** Number of screens. */
  heads?: number;
  /** "yes" for the primary adapter. */
  primary?: string;
  /** Video RAM in KiB. */
  vram?: number;
  /** 64-bit video RAM in KiB. */
  vram64?: number;
  /** qxl RAM in KiB. */
  ram?: number;
  /** VGA memory in KiB. */
  vgaMem?: number;
  /** The `blob` attribute. */
  blob?: string;
  /** The `edid` attribute. */
  edid?: string;
  /** The `accel` element. */
  accel?: UntypedAttributes;
  /** The `resolution` element. */
  resolution?: UntypedAttributes;
}

/** An input device. */
export interface DomainDevicesInput {
  /** "tablet", "mouse", "keyboard", "passthrough", "evdev". */
  type: string;
  /** "usb", "virtio", "ps2". */
  bus?: string;
  /** Device model. */
  model?: string;
  /** Host event source. */
  source?: UntypedAttributes;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** A controller. */
export interface DomainDevicesController {
  /** "usb", "pci", "scsi", "sata", "virtio-serial", ... */
  type: string;
  /** Controller index. */
  index?: number;
  /** Controller model, e.g. "qemu-xhci" or "pcie-root". */
  model?: string;
  /** The `acpi` element. */
  acpi?: UntypedAttributes;
  /** The `address` element. */
  address?: UntypedAttributes;
  /** The `alias` element. */
  alias?: UntypedAttributes;
  /** The `driver` element. */
  driver?: UntypedAttributes;
  /** The `nvme` element. */
  nvme?: UntypedAttributes;
  /** The `pci` element. */
  pci?: UntypedAttributes;
  /** The `usb` element. */
  usb?: UntypedAttributes;
  /** The `virtIoSerial` element. */
  virtIoSerial?: UntypedAttributes;
  /** The `xenBus` element. */
  xenBus?: UntypedAttributes;
}

/** The memory balloon. */
export interface DomainDevicesMemBalloon {
  /** "virtio" or "none". */
  model: string;
  /** "on"/"off". */
  autoDeflate?: string;
  /** "on"/"off". */
  freePageReporting?: string;
  /** Statistics polling period. */
  stats?: UntypedAttributes;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** A random number generator. */
export interface DomainDevicesRng {
  /** "virtio". */
  model: string;
  /** Host entropy source. */
  backend?: DomainDevicesRngBackend;
  /** Rate limit. */
  rate?: DomainDevicesRngRate;
  /** Backend driver. */
  driver?: UntypedAttributes;
  /** Guest bus address. */
  address?: UntypedAttributes;
  /** User alias. */
  alias?: UntypedAttributes;
  /** ACPI index. */
  acpi?: UntypedAttributes;
}

/** RNG backend union. */
export interface DomainDevicesRngBackend {
  /** Host device, e.g. "/dev/urandom". */
  random?: string;
  /** QEMU's built-in generator. */
  builtIn?: boolean;
  /** EGD socket. */
  egd?: UntypedAttributes;
}

/** RNG rate limit. */
export interface DomainDevicesRngRate {
  /** Bytes per period. */
  bytes: number;
  /** Period in milliseconds. */
  period?: number;
}
