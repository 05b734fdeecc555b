// libvirt_domain top-level nested shapes other than os and devices.
import type { Metadata, UntypedAttributes } from "./common";

/** Flags passed to libvirt when the domain is started (`running: true`). */
export interface DomainCreate {
  /** Start paused. */
  paused?: boolean;
  /** Destroy the domain when the libvirt connection closes. */
  autodestroy?: boolean;
  /** Bypass the host page cache when restoring. */
  bypassCache?: boolean;
  /** Boot fresh even if a managed save image exists. */
  forceBoot?: boolean;
  /** Validate the XML against the schema. */
  validate?: boolean;
  /** Reset the UEFI variable store. */
  resetNvram?: boolean;
}

/** How the domain is stopped before an in-place update (0.9.6+). */
export interface DomainUpdate {
  /**
   * ACPI shutdown before redefining.
   * @default 30 s graceful shutdown, then forced
   */
  shutdown?: DomainShutdown;
}

/** How the domain is stopped when it is deleted. */
export interface DomainDestroy {
  /** Ask the guest to shut down instead of pulling the plug. */
  graceful?: boolean;
  /**
   * Graceful shutdown with a timeout.
   * @default hard stop
   */
  shutdown?: DomainShutdown;
}

/** A graceful shutdown. */
export interface DomainShutdown {
  /** Seconds to wait before forcing the domain off. */
  timeout?: number;
}

/** Guest CPU model and topology. */
export interface DomainCpu {
  /** "host-passthrough", "host-model", "custom" or "maximum". */
  mode?: string;
  /** CPU model name for custom mode. */
  model?: string;
  /** "allow" or "forbid". */
  modelFallback?: string;
  /** Vendor id reported to the guest. */
  modelVendorId?: string;
  /** "minimum", "exact" or "strict". */
  match?: string;
  /** "none", "partial" or "full". */
  check?: string;
  /** Whether the CPU stays migratable. */
  migratable?: boolean;
  /** CPU vendor. */
  vendor?: string;
  /** Sockets, cores and threads. */
  topology?: DomainCpuTopology;
  /** Individual CPU feature policies. */
  features?: UntypedAttributes[];
  /** "on"/"off": drop deprecated features. */
  deprecatedFeatures?: string;
  /** CPU cache emulation. */
  cache?: UntypedAttributes;
  /** Physical address bits. */
  maxPhysAddr?: UntypedAttributes;
  /** Guest NUMA cells. */
  numa?: UntypedAttributes;
}

/** CPU topology; the product must match vcpu. */
export interface DomainCpuTopology {
  /** Sockets. */
  sockets?: number;
  /** Dies per socket. */
  dies?: number;
  /** Clusters per die. */
  clusters?: number;
  /** Cores per cluster. */
  cores?: number;
  /** Threads per core. */
  threads?: number;
}

/** Hypervisor features. */
export interface DomainFeatures {
  /** ACPI (presence-only element, so a boolean). */
  acpi?: boolean;
  /** PAE (presence-only). */
  pae?: boolean;
  /** Private network namespace for containers (presence-only). */
  privNet?: boolean;
  /** Xen viridian (presence-only). */
  viridian?: boolean;
  /** APIC. */
  apic?: UntypedAttributes;
  /** I/O APIC driver. */
  ioapic?: UntypedAttributes;
  /** Hyper-V enlightenments. */
  hyperV?: UntypedAttributes;
  /** KVM-specific features. */
  kvm?: UntypedAttributes;
  /** System management mode. */
  smm?: UntypedAttributes;
  /** VMware I/O port. */
  vmPort?: UntypedAttributes;
  /** Performance monitoring unit. */
  pmu?: UntypedAttributes;
  /** Paravirtual spinlocks. */
  pvSpinlock?: UntypedAttributes;
  /** TCG accelerator tuning. */
  tcg?: UntypedAttributes;
  /** The `aia` element. */
  aia?: UntypedAttributes;
  /** The `asyncTeardown` element. */
  asyncTeardown?: UntypedAttributes;
  /** The `capabilities` element. */
  capabilities?: UntypedAttributes;
  /** The `ccfAssist` element. */
  ccfAssist?: UntypedAttributes;
  /** The `cfpc` element. */
  cfpc?: UntypedAttributes;
  /** The `gic` element. */
  gic?: UntypedAttributes;
  /** The `hap` element. */
  hap?: UntypedAttributes;
  /** The `hpt` element. */
  hpt?: UntypedAttributes;
  /** The `htm` element. */
  htm?: UntypedAttributes;
  /** The `ibs` element. */
  ibs?: UntypedAttributes;
  /** The `msrs` element. */
  msrs?: UntypedAttributes;
  /** The `nestedHv` element. */
  nestedHv?: UntypedAttributes;
  /** The `ps2` element. */
  ps2?: UntypedAttributes;
  /** The `ras` element. */
  ras?: UntypedAttributes;
  /** The `sbbc` element. */
  sbbc?: UntypedAttributes;
  /** The `vmCoreInfo` element. */
  vmCoreInfo?: UntypedAttributes;
  /** The `xen` element. */
  xen?: UntypedAttributes;
}

/** Guest clock. */
export interface DomainClock {
  /** "utc", "localtime", "timezone" or "variable". */
  offset?: string;
  /** Basis of a variable clock. */
  basis?: string;
  /** Adjustment of a variable clock. */
  adjustment?: string;
  /** Start time of an absolute clock. */
  start?: number;
  /** Time zone of a timezone clock. */
  timeZone?: string;
  /** Timer devices (schema `timer`, pluralised). */
  timers?: DomainClockTimer[];
}

/** A timer device. */
export interface DomainClockTimer {
  /** "rtc", "pit", "hpet", "kvmclock", ... */
  name: string;
  /** "delay", "catchup", "merge" or "discard". */
  tickPolicy?: string;
  /** "yes"/"no". */
  present?: string;
  /** What the timer tracks. */
  track?: string;
  /** Timer mode. */
  mode?: string;
  /** Frequency in Hz. */
  frequency?: number;
  /** Catch-up tuning. */
  catchUp?: UntypedAttributes;
}

/** A domain security label. */
export interface DomainSecLabel {
  /** "dynamic", "static" or "none". */
  type?: string;
  /** "selinux", "apparmor" or "dac". */
  model?: string;
  /** "yes"/"no". */
  relabel?: string;
  /** The label. */
  label?: string;
  /** Label of image files. */
  imageLabel?: string;
  /** Base label of dynamic labelling. */
  baseLabel?: string;
}

// Path-derived names of the generated SDK for shared shapes.
export type DomainMetadata = Metadata;
export type DomainUpdateShutdown = DomainShutdown;
export type DomainDestroyShutdown = DomainShutdown;
