// libvirt_pool: a storage pool. Updates always fail in the provider ("Update Not Supported"), and
// only name and type force replacement, so callers set replaceOnChanges themselves.
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/** Inputs of a {@link Pool}. */
export interface PoolArgs {
  /**
   * Pool name, unique on the host; replaces the pool when changed.
   * @default `<resource name>-<7 hex>` (autonamed by the bridge)
   */
  name?: pulumi.Input<string>;
  /** Pool type, e.g. "dir"; replaces the pool when changed. */
  type: pulumi.Input<string>;
  /** Where volumes live (for a dir pool: the directory). */
  target?: pulumi.Input<inputs.PoolTarget>;
  /** Backing storage of non-dir pools. */
  source?: pulumi.Input<inputs.PoolSource>;
  /** Pool features (btrfs copy-on-write). */
  features?: pulumi.Input<inputs.PoolFeatures>;
  /** Allocation refresh policy. */
  refresh?: pulumi.Input<inputs.PoolRefresh>;
  /** Unit libvirt reports allocation in. */
  allocationUnit?: pulumi.Input<string>;
  /** Unit libvirt reports available space in. */
  availableUnit?: pulumi.Input<string>;
  /** Unit libvirt reports capacity in. */
  capacityUnit?: pulumi.Input<string>;
  /** Build/start/autostart after define (experimental, 0.9.4+). */
  create?: pulumi.Input<inputs.PoolCreate>;
  /** Whether deleting the pool deletes its storage (experimental). */
  destroy?: pulumi.Input<inputs.PoolDestroy>;
}

/** Everything a {@link Pool} reports, for {@link Pool.get}. */
export interface PoolState extends Partial<PoolArgs> {
  /** Bytes allocated. */
  allocation?: pulumi.Input<number>;
  /** Bytes free. */
  available?: pulumi.Input<number>;
  /** Total bytes. */
  capacity?: pulumi.Input<number>;
  /** libvirt UUID (also the Pulumi ID). */
  uuid?: pulumi.Input<string>;
}

const INPUT_KEYS: Record<keyof PoolArgs, true> = {
  name: true,
  type: true,
  target: true,
  source: true,
  features: true,
  refresh: true,
  allocationUnit: true,
  availableUnit: true,
  capacityUnit: true,
  create: true,
  destroy: true,
};
const COMPUTED_KEYS = ["allocation", "available", "capacity", "uuid"] as const;
const STATE_KEYS: Record<keyof PoolState, true> = {
  ...INPUT_KEYS,
  ...utilities.keyTable(COMPUTED_KEYS),
};

/** A libvirt storage pool (`libvirt:index/pool:Pool`). */
export class Pool extends pulumi.CustomResource {
  /** The resource token the engine and provider know this class by. */
  public static readonly __pulumiType = "libvirt:index/pool:Pool";

  /** Looks up an existing pool by its UUID. */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: PoolState,
    opts?: pulumi.CustomResourceOptions,
  ): Pool {
    return new Pool(name, state, { ...opts, id });
  }

  /** True for Pool instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is Pool {
    return utilities.hasPulumiType(obj, Pool.__pulumiType);
  }

  declare public readonly name: pulumi.Output<string>;
  declare public readonly type: pulumi.Output<string>;
  declare public readonly target: pulumi.Output<outputs.PoolTarget | undefined>;
  declare public readonly source: pulumi.Output<outputs.PoolSource | undefined>;
  declare public readonly features: pulumi.Output<outputs.PoolFeatures | undefined>;
  declare public readonly refresh: pulumi.Output<outputs.PoolRefresh | undefined>;
  declare public readonly allocationUnit: pulumi.Output<string | undefined>;
  declare public readonly availableUnit: pulumi.Output<string | undefined>;
  declare public readonly capacityUnit: pulumi.Output<string | undefined>;
  declare public readonly create: pulumi.Output<outputs.PoolCreate | undefined>;
  declare public readonly destroy: pulumi.Output<outputs.PoolDestroy | undefined>;
  declare public readonly allocation: pulumi.Output<number>;
  declare public readonly available: pulumi.Output<number>;
  declare public readonly capacity: pulumi.Output<number>;
  declare public readonly uuid: pulumi.Output<string>;

  /** Declares a pool. */
  constructor(name: string, args: PoolArgs, opts?: pulumi.CustomResourceOptions);
  /** Rebuilds the resource from state or a URN; used by get() and rehydration. @internal */
  constructor(
    name: string,
    argsOrState?: PoolArgs | PoolState,
    opts?: pulumi.CustomResourceOptions,
  );
  constructor(
    name: string,
    argsOrState?: PoolArgs | PoolState,
    opts: pulumi.CustomResourceOptions = {},
  ) {
    let resourceInputs: pulumi.Inputs;
    if (opts.id) {
      resourceInputs = utilities.pickProperties<PoolState>(argsOrState, STATE_KEYS);
    } else {
      const args = argsOrState as PoolArgs | undefined;
      utilities.requireProperty(args, "type", opts);
      resourceInputs = {
        ...utilities.pickProperties(args, INPUT_KEYS),
        ...utilities.computedOutputs(COMPUTED_KEYS),
      };
    }
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      Pool.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }
}
