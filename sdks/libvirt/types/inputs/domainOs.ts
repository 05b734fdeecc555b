// libvirt_domain `os`: boot configuration.
import * as pulumi from "@pulumi/pulumi";
import type { UntypedAttributes } from "./common";

/** Boot configuration. */
export interface DomainOs {
  /** Guest type, "hvm" for a full virtual machine. */
  type?: pulumi.Input<string>;
  /** Guest architecture, e.g. "x86_64". */
  typeArch?: pulumi.Input<string>;
  /** Machine type, e.g. "q35" or "pc". */
  typeMachine?: pulumi.Input<string>;
  /** Firmware autoselection, e.g. "efi". */
  firmware?: pulumi.Input<string>;
  /** Firmware loader path. */
  loader?: pulumi.Input<string>;
  /** "yes"/"no" (a string). */
  loaderReadonly?: pulumi.Input<string>;
  /** "rom" or "pflash". */
  loaderType?: pulumi.Input<string>;
  /** "yes"/"no": secure boot capable loader. */
  loaderSecure?: pulumi.Input<string>;
  /** Loader image format. */
  loaderFormat?: pulumi.Input<string>;
  /** "yes"/"no": loader without a variable store. */
  loaderStateless?: pulumi.Input<string>;
  /** UEFI variable store. */
  nvRam?: pulumi.Input<DomainOsNvRam>;
  /** Boot order (objects with `dev`, not strings). */
  bootDevices?: pulumi.Input<pulumi.Input<DomainOsBootDevice>[]>;
  /** Interactive boot menu. */
  bootMenu?: pulumi.Input<DomainOsBootMenu>;
  /** SeaBIOS options. */
  bios?: pulumi.Input<DomainOsBios>;
  /** Direct kernel boot: host path of the kernel. */
  kernel?: pulumi.Input<string>;
  /** Direct kernel boot: host path of the initrd. */
  initrd?: pulumi.Input<string>;
  /** Direct kernel boot: kernel command line. */
  cmdline?: pulumi.Input<string>;
  /** Device tree blob path. */
  dtb?: pulumi.Input<string>;
  /** Shim path for secure boot. */
  shim?: pulumi.Input<string>;
  /** SMBIOS source. */
  smBios?: pulumi.Input<DomainOsSmBios>;
  /** ACPI tables. */
  acpi?: pulumi.Input<UntypedAttributes>;
  /** Firmware feature selection. */
  firmwareInfo?: pulumi.Input<UntypedAttributes>;
  /** Container init binary. */
  init?: pulumi.Input<string>;
  /** Container init arguments. */
  initArgs?: pulumi.Input<pulumi.Input<string>[]>;
  /** Container init working directory. */
  initDir?: pulumi.Input<string>;
  /** Container init environment (schema `init_env`, pluralised). */
  initEnvs?: pulumi.Input<pulumi.Input<DomainOsInitEnv>[]>;
  /** Container init group. */
  initGroup?: pulumi.Input<string>;
  /** Container init user. */
  initUser?: pulumi.Input<string>;
}

/** UEFI variable store. */
export interface DomainOsNvRam {
  /** Path of the per-domain variable store. */
  nvRam: pulumi.Input<string>;
  /** Template the store is copied from. */
  template?: pulumi.Input<string>;
  /** Store format. */
  format?: pulumi.Input<string>;
  /** Template format. */
  templateFormat?: pulumi.Input<string>;
  /** Store backed by something other than a file. */
  source?: pulumi.Input<UntypedAttributes>;
}

/** One boot device. */
export interface DomainOsBootDevice {
  /** "hd", "cdrom", "network" or "fd". */
  dev: pulumi.Input<string>;
}

/** Boot menu. */
export interface DomainOsBootMenu {
  /** "yes"/"no". */
  enable?: pulumi.Input<string>;
  /** Milliseconds, as a string. */
  timeout?: pulumi.Input<string>;
}

/** SeaBIOS options. */
export interface DomainOsBios {
  /** "yes"/"no": BIOS messages on the serial port. */
  useSerial?: pulumi.Input<string>;
  /** Milliseconds before retrying boot; -1 disables. */
  rebootTimeout?: pulumi.Input<number>;
}

/** SMBIOS mode. */
export interface DomainOsSmBios {
  /** "emulate", "host" or "sysinfo". */
  mode: pulumi.Input<string>;
}

/** A container init environment variable. */
export interface DomainOsInitEnv {
  /** Variable name. */
  name: pulumi.Input<string>;
  /** Variable value. */
  value: pulumi.Input<string>;
}
