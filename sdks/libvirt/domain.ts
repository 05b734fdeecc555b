// libvirt_domain: a virtual machine. Only name and type force replacement; any other change runs
// the provider's update (graceful shutdown, undefine, define, restart if running). The domain's
// Pulumi ID is the literal "missing ID" (the Terraform id is a number), so use uuid or domainId.
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/** Inputs of a {@link Domain}. */
export interface DomainArgs {
  /**
   * Domain name, unique on the host; replaces the domain when changed.
   * @default `<resource name>-<7 hex>` (autonamed by the bridge)
   */
  name?: pulumi.Input<string>;
  /** Hypervisor type, e.g. "kvm" or "qemu"; replaces the domain when changed. */
  type: pulumi.Input<string>;
  /** Memory at boot, in memoryUnit. */
  memory?: pulumi.Input<number>;
  /**
   * Unit of memory, e.g. "MiB".
   * @default "KiB"
   */
  memoryUnit?: pulumi.Input<string>;
  /** Memory currently given to the guest (balloon target). */
  currentMemory?: pulumi.Input<number>;
  /** Unit of currentMemory. */
  currentMemoryUnit?: pulumi.Input<string>;
  /** Hotplug ceiling of memory. */
  maximumMemory?: pulumi.Input<number>;
  /** Unit of maximumMemory. */
  maximumMemoryUnit?: pulumi.Input<string>;
  /** Hotplug memory slots. */
  maximumMemorySlots?: pulumi.Input<number>;
  /** "on"/"off": include guest memory in core dumps. */
  memoryDumpCore?: pulumi.Input<string>;
  /** Number of virtual CPUs. */
  vcpu?: pulumi.Input<number>;
  /** "static" or "auto". */
  vcpuPlacement?: pulumi.Input<string>;
  /** Host CPUs the vCPUs may run on, e.g. "0-3". */
  vcpuCpuset?: pulumi.Input<string>;
  /** vCPUs online at boot. */
  vcpuCurrent?: pulumi.Input<number>;
  /** Per-vCPU settings. */
  vcpus?: pulumi.Input<inputs.UntypedAttributes>;
  /** Guest CPU model and topology. */
  cpu?: pulumi.Input<inputs.DomainCpu>;
  /** Short title. */
  title?: pulumi.Input<string>;
  /** Free-form description. */
  description?: pulumi.Input<string>;
  /** Action when the guest powers off, e.g. "destroy". */
  onPoweroff?: pulumi.Input<string>;
  /** Action when the guest reboots, e.g. "restart". */
  onReboot?: pulumi.Input<string>;
  /** Action when the guest crashes. */
  onCrash?: pulumi.Input<string>;
  /** Host bootloader (Xen/pygrub style). */
  bootloader?: pulumi.Input<string>;
  /** Arguments of bootloader. */
  bootloaderArgs?: pulumi.Input<string>;
  /** Boot configuration: type, machine, firmware, direct kernel boot. */
  os?: pulumi.Input<inputs.DomainOs>;
  /** Disks, interfaces, consoles and other devices. */
  devices?: pulumi.Input<inputs.DomainDevices>;
  /** Hypervisor features (acpi, apic, ...). */
  features?: pulumi.Input<inputs.DomainFeatures>;
  /** Guest clock and timers. */
  clock?: pulumi.Input<inputs.DomainClock>;
  /** Security labels (schema `sec_label`, pluralised). */
  secLabels?: pulumi.Input<pulumi.Input<inputs.DomainSecLabel>[]>;
  /** Opaque XML metadata. */
  metadata?: pulumi.Input<inputs.Metadata>;
  /** Start the domain after define, and restart it after an update. */
  running?: pulumi.Input<boolean>;
  /** Start the domain when the host boots. */
  autostart?: pulumi.Input<boolean>;
  /** Flags used when starting the domain. */
  create?: pulumi.Input<inputs.DomainCreate>;
  /**
   * How the domain is stopped before an in-place update (0.9.6+).
   * @default ACPI shutdown, 30 s, then forced
   */
  update?: pulumi.Input<inputs.DomainUpdate>;
  /**
   * How the domain is stopped on delete.
   * @default hard stop
   */
  destroy?: pulumi.Input<inputs.DomainDestroy>;
  /** Suspend-to-disk/memory switches. */
  pm?: pulumi.Input<inputs.UntypedAttributes>;
  /** Huge pages, locking and sharing of guest memory. */
  memoryBacking?: pulumi.Input<inputs.UntypedAttributes>;
  /** Memory limits. */
  memoryTune?: pulumi.Input<inputs.UntypedAttributes>;
  /** NUMA memory placement. */
  numaTune?: pulumi.Input<inputs.UntypedAttributes>;
  /** CPU shares, quotas and pinning. */
  cpuTune?: pulumi.Input<inputs.UntypedAttributes>;
  /** Block I/O weights. */
  blockIoTune?: pulumi.Input<inputs.UntypedAttributes>;
  /** SMBIOS/fw_cfg system information (schema `sys_info`, pluralised). */
  sysInfos?: pulumi.Input<pulumi.Input<inputs.UntypedAttributes>[]>;
  /** VM generation ID. */
  genId?: pulumi.Input<string>;
  /** Hardware UUID shown to the guest. */
  hwuuid?: pulumi.Input<string>;
  /** User namespace id mapping (containers). */
  idMap?: pulumi.Input<inputs.UntypedAttributes>;
  /** Number of IOThreads. */
  ioThreads?: pulumi.Input<number>;
  /** Explicit IOThread ids (schema `io_thread_i_ds`). */
  ioThreadIDs?: pulumi.Input<inputs.UntypedAttributes>;
  /** Default IOThread settings. */
  defaultIoThread?: pulumi.Input<inputs.UntypedAttributes>;
  /** s390 key wrapping. */
  keyWrap?: pulumi.Input<inputs.UntypedAttributes>;
  /** SEV/TDX launch security. */
  launchSecurity?: pulumi.Input<inputs.UntypedAttributes>;
  /** perf event collection. */
  perf?: pulumi.Input<inputs.UntypedAttributes>;
  /** Resource partition. */
  resource?: pulumi.Input<inputs.UntypedAttributes>;
  /** Disk throttle groups. */
  throttleGroups?: pulumi.Input<inputs.UntypedAttributes>;
}

/** Everything a {@link Domain} reports, for {@link Domain.get}. */
export interface DomainState extends Partial<DomainArgs> {
  /** libvirt's runtime id of a running domain (the Terraform `id`, renamed by the bridge). */
  domainId?: pulumi.Input<number>;
  /** libvirt UUID; the stable way to refer to the domain. */
  uuid?: pulumi.Input<string>;
}

const INPUT_KEYS: Record<keyof DomainArgs, true> = {
  name: true,
  type: true,
  memory: true,
  memoryUnit: true,
  currentMemory: true,
  currentMemoryUnit: true,
  maximumMemory: true,
  maximumMemoryUnit: true,
  maximumMemorySlots: true,
  memoryDumpCore: true,
  vcpu: true,
  vcpuPlacement: true,
  vcpuCpuset: true,
  vcpuCurrent: true,
  vcpus: true,
  cpu: true,
  title: true,
  description: true,
  onPoweroff: true,
  onReboot: true,
  onCrash: true,
  bootloader: true,
  bootloaderArgs: true,
  os: true,
  devices: true,
  features: true,
  clock: true,
  secLabels: true,
  metadata: true,
  running: true,
  autostart: true,
  create: true,
  update: true,
  destroy: true,
  pm: true,
  memoryBacking: true,
  memoryTune: true,
  numaTune: true,
  cpuTune: true,
  blockIoTune: true,
  sysInfos: true,
  genId: true,
  hwuuid: true,
  idMap: true,
  ioThreads: true,
  ioThreadIDs: true,
  defaultIoThread: true,
  keyWrap: true,
  launchSecurity: true,
  perf: true,
  resource: true,
  throttleGroups: true,
};
const COMPUTED_KEYS = ["domainId", "uuid"] as const;
const STATE_KEYS: Record<keyof DomainState, true> = {
  ...INPUT_KEYS,
  ...utilities.keyTable(COMPUTED_KEYS),
};

/** A libvirt domain (`libvirt:index/domain:Domain`). */
export class Domain extends pulumi.CustomResource {
  /** The resource token the engine and provider know this class by. */
  public static readonly __pulumiType = "libvirt:index/domain:Domain";

  /** Looks up an existing domain; import uses the UUID (0.9.6+). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: DomainState,
    opts?: pulumi.CustomResourceOptions,
  ): Domain {
    return new Domain(name, state, { ...opts, id });
  }

  /** True for Domain instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is Domain {
    return utilities.hasPulumiType(obj, Domain.__pulumiType);
  }

  declare public readonly name: pulumi.Output<string>;
  declare public readonly type: pulumi.Output<string>;
  declare public readonly memory: pulumi.Output<number | undefined>;
  declare public readonly memoryUnit: pulumi.Output<string | undefined>;
  declare public readonly currentMemory: pulumi.Output<number | undefined>;
  declare public readonly currentMemoryUnit: pulumi.Output<string | undefined>;
  declare public readonly maximumMemory: pulumi.Output<number | undefined>;
  declare public readonly maximumMemoryUnit: pulumi.Output<string | undefined>;
  declare public readonly maximumMemorySlots: pulumi.Output<number | undefined>;
  declare public readonly memoryDumpCore: pulumi.Output<string | undefined>;
  declare public readonly vcpu: pulumi.Output<number | undefined>;
  declare public readonly vcpuPlacement: pulumi.Output<string | undefined>;
  declare public readonly vcpuCpuset: pulumi.Output<string | undefined>;
  declare public readonly vcpuCurrent: pulumi.Output<number | undefined>;
  declare public readonly vcpus: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly cpu: pulumi.Output<outputs.DomainCpu | undefined>;
  declare public readonly title: pulumi.Output<string | undefined>;
  declare public readonly description: pulumi.Output<string | undefined>;
  declare public readonly onPoweroff: pulumi.Output<string | undefined>;
  declare public readonly onReboot: pulumi.Output<string | undefined>;
  declare public readonly onCrash: pulumi.Output<string | undefined>;
  declare public readonly bootloader: pulumi.Output<string | undefined>;
  declare public readonly bootloaderArgs: pulumi.Output<string | undefined>;
  declare public readonly os: pulumi.Output<outputs.DomainOs | undefined>;
  declare public readonly devices: pulumi.Output<outputs.DomainDevices | undefined>;
  declare public readonly features: pulumi.Output<outputs.DomainFeatures | undefined>;
  declare public readonly clock: pulumi.Output<outputs.DomainClock | undefined>;
  declare public readonly secLabels: pulumi.Output<outputs.DomainSecLabel[] | undefined>;
  declare public readonly metadata: pulumi.Output<outputs.Metadata | undefined>;
  declare public readonly running: pulumi.Output<boolean | undefined>;
  declare public readonly autostart: pulumi.Output<boolean | undefined>;
  declare public readonly create: pulumi.Output<outputs.DomainCreate | undefined>;
  declare public readonly update: pulumi.Output<outputs.DomainUpdate | undefined>;
  declare public readonly destroy: pulumi.Output<outputs.DomainDestroy | undefined>;
  declare public readonly pm: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly memoryBacking: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly memoryTune: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly numaTune: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly cpuTune: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly blockIoTune: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly sysInfos: pulumi.Output<outputs.UntypedAttributes[] | undefined>;
  declare public readonly genId: pulumi.Output<string | undefined>;
  declare public readonly hwuuid: pulumi.Output<string | undefined>;
  declare public readonly idMap: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly ioThreads: pulumi.Output<number | undefined>;
  declare public readonly ioThreadIDs: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly defaultIoThread: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly keyWrap: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly launchSecurity: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly perf: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly resource: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly throttleGroups: pulumi.Output<outputs.UntypedAttributes | undefined>;
  /** libvirt's runtime id while running; not the Pulumi ID. */
  declare public readonly domainId: pulumi.Output<number>;
  /** libvirt UUID. */
  declare public readonly uuid: pulumi.Output<string>;

  /** Declares a domain. */
  constructor(name: string, args: DomainArgs, opts?: pulumi.CustomResourceOptions);
  /** Rebuilds the resource from state or a URN; used by get() and rehydration. @internal */
  constructor(
    name: string,
    argsOrState?: DomainArgs | DomainState,
    opts?: pulumi.CustomResourceOptions,
  );
  constructor(
    name: string,
    argsOrState?: DomainArgs | DomainState,
    opts: pulumi.CustomResourceOptions = {},
  ) {
    let resourceInputs: pulumi.Inputs;
    if (opts.id) {
      resourceInputs = utilities.pickProperties<DomainState>(argsOrState, STATE_KEYS);
    } else {
      const args = argsOrState as DomainArgs | undefined;
      utilities.requireProperty(args, "type", opts);
      resourceInputs = {
        ...utilities.pickProperties(args, INPUT_KEYS),
        ...utilities.computedOutputs(COMPUTED_KEYS),
      };
    }
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      Domain.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }
}
