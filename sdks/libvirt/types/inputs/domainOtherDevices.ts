// libvirt_domain graphics, videos, inputs, controllers, memBalloon and rngs.
import * as pulumi from "@pulumi/pulumi";
import type { UntypedAttributes } from "./common";

/** Graphics union: set exactly one branch. */
export interface DomainDevicesGraphic {
  /** VNC server. */
  vnc?: pulumi.Input<DomainDevicesGraphicVnc>;
  /** SPICE server. */
  spice?: pulumi.Input<DomainDevicesGraphicSpice>;
  /** Local SDL window. */
  sdl?: pulumi.Input<UntypedAttributes>;
  /** RDP server. */
  rdp?: pulumi.Input<UntypedAttributes>;
  /** Headless OpenGL. */
  eglHeadless?: pulumi.Input<UntypedAttributes>;
  /** D-Bus display. */
  dbus?: pulumi.Input<UntypedAttributes>;
  /** Local desktop. */
  desktop?: pulumi.Input<UntypedAttributes>;
  /** Audio backend of the display. */
  audio?: pulumi.Input<UntypedAttributes>;
}

/** VNC server. */
export interface DomainDevicesGraphicVnc {
  /** Allocate a port automatically (autoport, a boolean). */
  autoPort?: pulumi.Input<boolean>;
  /** Fixed port. */
  port?: pulumi.Input<number>;
  /** Listen address. */
  listen?: pulumi.Input<string>;
  /** Listen on a unix socket instead. */
  socket?: pulumi.Input<string>;
  /** Keyboard layout. */
  keymap?: pulumi.Input<string>;
  /** Password. */
  passwd?: pulumi.Input<string>;
  /** WebSocket port. */
  webSocket?: pulumi.Input<number>;
  /** Sharing policy. */
  sharePolicy?: pulumi.Input<string>;
  /** The `connected` attribute. */
  connected?: pulumi.Input<string>;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: pulumi.Input<string>;
  /** The `powerControl` attribute. */
  powerControl?: pulumi.Input<string>;
  /** The `listeners` element. */
  listeners?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
}

/** SPICE server. */
export interface DomainDevicesGraphicSpice {
  /** Allocate ports automatically (autoport, a boolean). */
  autoPort?: pulumi.Input<boolean>;
  /** Plain port. */
  port?: pulumi.Input<number>;
  /** TLS port. */
  tlsPort?: pulumi.Input<number>;
  /** Listen address. */
  listen?: pulumi.Input<string>;
  /** Keyboard layout. */
  keymap?: pulumi.Input<string>;
  /** Password. */
  passwd?: pulumi.Input<string>;
  /** The `connected` attribute. */
  connected?: pulumi.Input<string>;
  /** The `defaultMode` attribute. */
  defaultMode?: pulumi.Input<string>;
  /** The `passwdValidTo` attribute. */
  passwdValidTo?: pulumi.Input<string>;
  /** The `channels` element. */
  channels?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** The `listeners` element. */
  listeners?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** The `clipBoard` element. */
  clipBoard?: pulumi.Input<UntypedAttributes>;
  /** The `fileTransfer` element. */
  fileTransfer?: pulumi.Input<UntypedAttributes>;
  /** The `gl` element. */
  gl?: pulumi.Input<UntypedAttributes>;
  /** The `image` element. */
  image?: pulumi.Input<UntypedAttributes>;
  /** The `jpeg` element. */
  jpeg?: pulumi.Input<UntypedAttributes>;
  /** The `mouse` element. */
  mouse?: pulumi.Input<UntypedAttributes>;
  /** The `playback` element. */
  playback?: pulumi.Input<UntypedAttributes>;
  /** The `streaming` element. */
  streaming?: pulumi.Input<UntypedAttributes>;
  /** The `zlib` element. */
  zlib?: pulumi.Input<UntypedAttributes>;
}

/** A video adapter. */
export interface DomainDevicesVideo {
  /** Adapter model. */
  model?: pulumi.Input<DomainDevicesVideoModel>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** Video adapter model. */
export interface DomainDevicesVideoModel {
  /** "virtio", "vga", "qxl", "bochs", "none", ... */
  type?: pulumi.Input<string>;
  /** Number of screens. */
  heads?: pulumi.Input<number>;
  /** "yes" for the primary adapter. */
  primary?: pulumi.Input<string>;
  /** Video RAM in KiB. */
  vram?: pulumi.Input<number>;
  /** 64-bit video RAM in KiB. */
  vram64?: pulumi.Input<number>;
  /** qxl RAM in KiB. */
  ram?: pulumi.Input<number>;
  /** VGA memory in KiB. */
  vgaMem?: pulumi.Input<number>;
  /** The `blob` attribute. */
  blob?: pulumi.Input<string>;
  /** The `edid` attribute. */
  edid?: pulumi.Input<string>;
  /** The `accel` element. */
  accel?: pulumi.Input<UntypedAttributes>;
  /** The `resolution` element. */
  resolution?: pulumi.Input<UntypedAttributes>;
}

/** An input device. */
export interface DomainDevicesInput {
  /** "tablet", "mouse", "keyboard", "passthrough", "evdev". */
  type: pulumi.Input<string>;
  /** "usb", "virtio", "ps2". */
  bus?: pulumi.Input<string>;
  /** Device model. */
  model?: pulumi.Input<string>;
  /** Host event source. */
  source?: pulumi.Input<UntypedAttributes>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** A controller. */
export interface DomainDevicesController {
  /** "usb", "pci", "scsi", "sata", "virtio-serial", ... */
  type: pulumi.Input<string>;
  /** Controller index. */
  index?: pulumi.Input<number>;
  /** Controller model, e.g. "qemu-xhci" or "pcie-root". */
  model?: pulumi.Input<string>;
  /** The `acpi` element. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** The `address` element. */
  address?: pulumi.Input<UntypedAttributes>;
  /** The `alias` element. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** The `driver` element. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** The `nvme` element. */
  nvme?: pulumi.Input<UntypedAttributes>;
  /** The `pci` element. */
  pci?: pulumi.Input<UntypedAttributes>;
  /** The `usb` element. */
  usb?: pulumi.Input<UntypedAttributes>;
  /** The `virtIoSerial` element. */
  virtIoSerial?: pulumi.Input<UntypedAttributes>;
  /** The `xenBus` element. */
  xenBus?: pulumi.Input<UntypedAttributes>;
}

/** The memory balloon. */
export interface DomainDevicesMemBalloon {
  /** "virtio" or "none". */
  model: pulumi.Input<string>;
  /** "on"/"off". */
  autoDeflate?: pulumi.Input<string>;
  /** "on"/"off". */
  freePageReporting?: pulumi.Input<string>;
  /** Statistics polling period. */
  stats?: pulumi.Input<UntypedAttributes>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** A random number generator. */
export interface DomainDevicesRng {
  /** "virtio". */
  model: pulumi.Input<string>;
  /** Host entropy source. */
  backend?: pulumi.Input<DomainDevicesRngBackend>;
  /** Rate limit. */
  rate?: pulumi.Input<DomainDevicesRngRate>;
  /** Backend driver. */
  driver?: pulumi.Input<UntypedAttributes>;
  /** Guest bus address. */
  address?: pulumi.Input<UntypedAttributes>;
  /** User alias. */
  alias?: pulumi.Input<UntypedAttributes>;
  /** ACPI index. */
  acpi?: pulumi.Input<UntypedAttributes>;
}

/** RNG backend union. */
export interface DomainDevicesRngBackend {
  /** Host device, e.g. "/dev/urandom". */
  random?: pulumi.Input<string>;
  /** QEMU's built-in generator. */
  builtIn?: pulumi.Input<boolean>;
  /** EGD socket. */
  egd?: pulumi.Input<UntypedAttributes>;
}

/** RNG rate limit. */
export interface DomainDevicesRngRate {
  /** Bytes per period. */
  bytes: pulumi.Input<number>;
  /** Period in milliseconds. */
  period?: pulumi.Input<number>;
}
