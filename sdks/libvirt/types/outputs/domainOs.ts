// libvirt_domain `os`: boot configuration.
import type { UntypedAttributes } from "./common";

/** Boot configuration. */
export interface DomainOs {
  /** Guest type, "hvm" for a full virtual machine. */
  type?: string;
  /** Guest architecture, e.g. "x86_64". */
  typeArch?: string;
  /** Machine type, e.g. "q35" or "pc". */
  typeMachine?: string;
  /** Firmware autoselection, e.g. "efi". */
  firmware?: string;
  /** Firmware loader path. */
  loader?: string;
  /** "yes"/"no" (a string). */
  loaderReadonly?: string;
  /** "rom" or "pflash". */
  loaderType?: string;
  /** "yes"/"no": secure boot capable loader. */
  loaderSecure?: string;
  /** Loader image format. */
  loaderFormat?: string;
  /** "yes"/"no": loader without a variable store. */
  loaderStateless?: string;
  /** UEFI variable store. */
  nvRam?: DomainOsNvRam;
  /** Boot order (objects with `dev`, not strings). */
  bootDevices?: DomainOsBootDevice[];
  /** Interactive boot menu. */
  bootMenu?: DomainOsBootMenu;
  /** SeaBIOS options. */
  bios?: DomainOsBios;
  /** Direct kernel boot: host path of the kernel. */
  kernel?: string;
  /** Direct kernel boot: host path of the initrd. */
  initrd?: string;
  /** Direct kernel boot: kernel command line. */
  cmdline?: string;
  /** Device tree blob path. */
  dtb?: string;
  /** Shim path for secure boot. */
  shim?: string;
  /** SMBIOS source. */
  smBios?: DomainOsSmBios;
  /** ACPI tables. */
  acpi?: UntypedAttributes;
  /** Firmware feature selection. */
  firmwareInfo?: UntypedAttributes;
  /** Container init binary. */
  init?: string;
  /** Container init arguments. */
  initArgs?: string[];
  /** Container init working directory. */
  initDir?: string;
  /** Container init environment (schema `init_env`, pluralised). */
  initEnvs?: DomainOsInitEnv[];
  /** Container init group. */
  initGroup?: string;
  /** Container init user. */
  initUser?: string;
}

/** UEFI variable store. */
export interface DomainOsNvRam {
  /** Path of the per-domain variable store. */
  nvRam: string;
  /** Template the store is copied from. */
  template?: string;
  /** Store format. */
  format?: string;
  /** Template format. */
  templateFormat?: string;
  /** Store backed by something other than a file. */
  source?: UntypedAttributes;
}

/** One boot device. */
export interface DomainOsBootDevice {
  /** "hd", "cdrom", "network" or "fd". */
  dev: string;
}

/** Boot menu. */
export interface DomainOsBootMenu {
  /** "yes"/"no". */
  enable?: string;
  /** Milliseconds, as a string. */
  timeout?: string;
}

/** SeaBIOS options. */
export interface DomainOsBios {
  /** "yes"/"no": BIOS messages on the serial port. */
  useSerial?: string;
  /** Milliseconds before retrying boot; -1 disables. */
  rebootTimeout?: number;
}

/** SMBIOS mode. */
export interface DomainOsSmBios {
  /** "emulate", "host" or "sysinfo". */
  mode: string;
}

/** A container init environment variable. */
export interface DomainOsInitEnv {
  /** Variable name. */
  name: string;
  /** Variable value. */
  value: string;
}
