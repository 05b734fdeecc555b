// libvirt_domain top-level nested shapes other than os and devices.
import * as pulumi from "@pulumi/pulumi";
import type { Metadata, UntypedAttributes } from "./common";

/** Flags passed to libvirt when the domain is started (`running: true`). */
export interface DomainCreate {
  /** Start paused. */
  paused?: pulumi.Input<boolean>;
  /** Destroy the domain when the libvirt connection closes. */
  autodestroy?: pulumi.Input<boolean>;
  /** Bypass the host page cache when restoring. */
  bypassCache?: pulumi.Input<boolean>;
  /** Boot fresh even if a managed save image exists. */
  forceBoot?: pulumi.Input<boolean>;
  /** Validate the XML against the schema. */
  validate?: pulumi.Input<boolean>;
  /** Reset the UEFI variable store. */
  resetNvram?: pulumi.Input<boolean>;
}

/** How the domain is stopped before an in-place update (0.9.6+). */
export interface DomainUpdate {
  /**
   * ACPI shutdown before redefining.
   * @default 30 s graceful shutdown, then forced
   */
  shutdown?: pulumi.Input<DomainShutdown>;
}

/** How the domain is stopped when it is deleted. */
export interface DomainDestroy {
  /** Ask the guest to shut down instead of pulling the plug. */
  graceful?: pulumi.Input<boolean>;
  /**
   * Graceful shutdown with a timeout.
   * @default hard stop
   */
  shutdown?: pulumi.Input<DomainShutdown>;
}

/** A graceful shutdown. */
export interface DomainShutdown {
  /** Seconds to wait before forcing the domain off. */
  timeout?: pulumi.Input<number>;
}

/** Guest CPU model and topology. */
export interface DomainCpu {
  /** "host-passthrough", "host-model", "custom" or "maximum". */
  mode?: pulumi.Input<string>;
  /** CPU model name for custom mode. */
  model?: pulumi.Input<string>;
  /** "allow" or "forbid". */
  modelFallback?: pulumi.Input<string>;
  /** Vendor id reported to the guest. */
  modelVendorId?: pulumi.Input<string>;
  /** "minimum", "exact" or "strict". */
  match?: pulumi.Input<string>;
  /** "none", "partial" or "full". */
  check?: pulumi.Input<string>;
  /** Whether the CPU stays migratable. */
  migratable?: pulumi.Input<boolean>;
  /** CPU vendor. */
  vendor?: pulumi.Input<string>;
  /** Sockets, cores and threads. */
  topology?: pulumi.Input<DomainCpuTopology>;
  /** Individual CPU feature policies. */
  features?: pulumi.Input<pulumi.Input<UntypedAttributes>[]>;
  /** "on"/"off": drop deprecated features. */
  deprecatedFeatures?: pulumi.Input<string>;
  /** CPU cache emulation. */
  cache?: pulumi.Input<UntypedAttributes>;
  /** Physical address bits. */
  maxPhysAddr?: pulumi.Input<UntypedAttributes>;
  /** Guest NUMA cells. */
  numa?: pulumi.Input<UntypedAttributes>;
}

/** CPU topology; the product must match vcpu. */
export interface DomainCpuTopology {
  /** Sockets. */
  sockets?: pulumi.Input<number>;
  /** Dies per socket. */
  dies?: pulumi.Input<number>;
  /** Clusters per die. */
  clusters?: pulumi.Input<number>;
  /** Cores per cluster. */
  cores?: pulumi.Input<number>;
  /** Threads per core. */
  threads?: pulumi.Input<number>;
}

/** Hypervisor features. */
export interface DomainFeatures {
  /** ACPI (presence-only element, so a boolean). */
  acpi?: pulumi.Input<boolean>;
  /** PAE (presence-only). */
  pae?: pulumi.Input<boolean>;
  /** Private network namespace for containers (presence-only). */
  privNet?: pulumi.Input<boolean>;
  /** Xen viridian (presence-only). */
  viridian?: pulumi.Input<boolean>;
  /** APIC. */
  apic?: pulumi.Input<UntypedAttributes>;
  /** I/O APIC driver. */
  ioapic?: pulumi.Input<UntypedAttributes>;
  /** Hyper-V enlightenments. */
  hyperV?: pulumi.Input<UntypedAttributes>;
  /** KVM-specific features. */
  kvm?: pulumi.Input<UntypedAttributes>;
  /** System management mode. */
  smm?: pulumi.Input<UntypedAttributes>;
  /** VMware I/O port. */
  vmPort?: pulumi.Input<UntypedAttributes>;
  /** Performance monitoring unit. */
  pmu?: pulumi.Input<UntypedAttributes>;
  /** Paravirtual spinlocks. */
  pvSpinlock?: pulumi.Input<UntypedAttributes>;
  /** TCG accelerator tuning. */
  tcg?: pulumi.Input<UntypedAttributes>;
  /** The `aia` element. */
  aia?: pulumi.Input<UntypedAttributes>;
  /** The `asyncTeardown` element. */
  asyncTeardown?: pulumi.Input<UntypedAttributes>;
  /** The `capabilities` element. */
  capabilities?: pulumi.Input<UntypedAttributes>;
  /** The `ccfAssist` element. */
  ccfAssist?: pulumi.Input<UntypedAttributes>;
  /** The `cfpc` element. */
  cfpc?: pulumi.Input<UntypedAttributes>;
  /** The `gic` element. */
  gic?: pulumi.Input<UntypedAttributes>;
  /** The `hap` element. */
  hap?: pulumi.Input<UntypedAttributes>;
  /** The `hpt` element. */
  hpt?: pulumi.Input<UntypedAttributes>;
  /** The `htm` element. */
  htm?: pulumi.Input<UntypedAttributes>;
  /** The `ibs` element. */
  ibs?: pulumi.Input<UntypedAttributes>;
  /** The `msrs` element. */
  msrs?: pulumi.Input<UntypedAttributes>;
  /** The `nestedHv` element. */
  nestedHv?: pulumi.Input<UntypedAttributes>;
  /** The `ps2` element. */
  ps2?: pulumi.Input<UntypedAttributes>;
  /** The `ras` element. */
  ras?: pulumi.Input<UntypedAttributes>;
  /** The `sbbc` element. */
  sbbc?: pulumi.Input<UntypedAttributes>;
  /** The `vmCoreInfo` element. */
  vmCoreInfo?: pulumi.Input<UntypedAttributes>;
  /** The `xen` element. */
  xen?: pulumi.Input<UntypedAttributes>;
}

/** Guest clock. */
export interface DomainClock {
  /** "utc", "localtime", "timezone" or "variable". */
  offset?: pulumi.Input<string>;
  /** Basis of a variable clock. */
  basis?: pulumi.Input<string>;
  /** Adjustment of a variable clock. */
  adjustment?: pulumi.Input<string>;
  /** Start time of an absolute clock. */
  start?: pulumi.Input<number>;
  /** Time zone of a timezone clock. */
  timeZone?: pulumi.Input<string>;
  /** Timer devices (schema `timer`, pluralised). */
  timers?: pulumi.Input<pulumi.Input<DomainClockTimer>[]>;
}

/** A timer device. */
export interface DomainClockTimer {
  /** "rtc", "pit", "hpet", "kvmclock", ... */
  name: pulumi.Input<string>;
  /** "delay", "catchup", "merge" or "discard". */
  tickPolicy?: pulumi.Input<string>;
  /** "yes"/"no". */
  present?: pulumi.Input<string>;
  /** What the timer tracks. */
  track?: pulumi.Input<string>;
  /** Timer mode. */
  mode?: pulumi.Input<string>;
  /** Frequency in Hz. */
  frequency?: pulumi.Input<number>;
  /** Catch-up tuning. */
  catchUp?: pulumi.Input<UntypedAttributes>;
}

/** A domain security label. */
export interface DomainSecLabel {
  /** "dynamic", "static" or "none". */
  type?: pulumi.Input<string>;
  /** "selinux", "apparmor" or "dac". */
  model?: pulumi.Input<string>;
  /** "yes"/"no". */
  relabel?: pulumi.Input<string>;
  /** The label. */
  label?: pulumi.Input<string>;
  /** Label of image files. */
  imageLabel?: pulumi.Input<string>;
  /** Base label of dynamic labelling. */
  baseLabel?: pulumi.Input<string>;
}

// Path-derived names of the generated SDK for shared shapes.
export type DomainMetadata = Metadata;
export type DomainUpdateShutdown = DomainShutdown;
export type DomainDestroyShutdown = DomainShutdown;
