// libvirt_volume: a storage volume in a pool. In 0.9.7 updates always fail ("Storage volumes
// cannot be updated") and only name and pool force replacement, so callers replace on any change.
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/** Inputs of a {@link Volume}. */
export interface VolumeArgs {
  /**
   * Volume (file) name within the pool, including any extension such as ".qcow2".
   * @default `<resource name>-<7 hex>` (autonamed by the bridge)
   */
  name?: pulumi.Input<string>;
  /** Name of the pool holding the volume; replaces the volume when changed. */
  pool: pulumi.Input<string>;
  /**
   * Size in bytes (or capacityUnit). Needed unless create.content gives a length.
   * @default the Content-Length or file size of create.content
   */
  capacity?: pulumi.Input<number>;
  /** Unit of capacity. */
  capacityUnit?: pulumi.Input<string>;
  /** Unit libvirt reports allocation in. */
  allocationUnit?: pulumi.Input<string>;
  /** Unit libvirt reports physical size in. */
  physicalUnit?: pulumi.Input<string>;
  /** Volume type, e.g. "file" (does not force replacement on volumes). */
  type?: pulumi.Input<string>;
  /** The volume file: format and permissions. */
  target?: pulumi.Input<inputs.VolumeTarget>;
  /** The image this volume overlays. */
  backingStore?: pulumi.Input<inputs.VolumeBackingStore>;
  /** Content uploaded at creation. */
  create?: pulumi.Input<inputs.VolumeCreate>;
}

/** Everything a {@link Volume} reports, for {@link Volume.get}. */
export interface VolumeState extends Partial<VolumeArgs> {
  /** Bytes allocated on disk. */
  allocation?: pulumi.Input<number>;
  /** libvirt key (also the Pulumi ID; equals the path). */
  key?: pulumi.Input<string>;
  /** Absolute path of the volume file. */
  path?: pulumi.Input<string>;
  /** Physical size in bytes. */
  physical?: pulumi.Input<number>;
}

const INPUT_KEYS: Record<keyof VolumeArgs, true> = {
  name: true,
  pool: true,
  capacity: true,
  capacityUnit: true,
  allocationUnit: true,
  physicalUnit: true,
  type: true,
  target: true,
  backingStore: true,
  create: true,
};
const COMPUTED_KEYS = ["allocation", "key", "path", "physical"] as const;
const STATE_KEYS: Record<keyof VolumeState, true> = {
  ...INPUT_KEYS,
  ...utilities.keyTable(COMPUTED_KEYS),
};

/** A libvirt storage volume (`libvirt:index/volume:Volume`). */
export class Volume extends pulumi.CustomResource {
  /** The resource token the engine and provider know this class by. */
  public static readonly __pulumiType = "libvirt:index/volume:Volume";

  /** Looks up an existing volume by its key (path). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: VolumeState,
    opts?: pulumi.CustomResourceOptions,
  ): Volume {
    return new Volume(name, state, { ...opts, id });
  }

  /** True for Volume instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is Volume {
    return utilities.hasPulumiType(obj, Volume.__pulumiType);
  }

  declare public readonly name: pulumi.Output<string>;
  declare public readonly pool: pulumi.Output<string>;
  declare public readonly capacity: pulumi.Output<number>;
  declare public readonly capacityUnit: pulumi.Output<string | undefined>;
  declare public readonly allocationUnit: pulumi.Output<string | undefined>;
  declare public readonly physicalUnit: pulumi.Output<string | undefined>;
  declare public readonly type: pulumi.Output<string | undefined>;
  declare public readonly target: pulumi.Output<outputs.VolumeTarget | undefined>;
  declare public readonly backingStore: pulumi.Output<outputs.VolumeBackingStore | undefined>;
  declare public readonly create: pulumi.Output<outputs.VolumeCreate | undefined>;
  declare public readonly allocation: pulumi.Output<number>;
  declare public readonly key: pulumi.Output<string>;
  declare public readonly path: pulumi.Output<string>;
  declare public readonly physical: pulumi.Output<number>;

  /** Declares a volume. */
  constructor(name: string, args: VolumeArgs, opts?: pulumi.CustomResourceOptions);
  /** Rebuilds the resource from state or a URN; used by get() and rehydration. @internal */
  constructor(
    name: string,
    argsOrState?: VolumeArgs | VolumeState,
    opts?: pulumi.CustomResourceOptions,
  );
  constructor(
    name: string,
    argsOrState?: VolumeArgs | VolumeState,
    opts: pulumi.CustomResourceOptions = {},
  ) {
    let resourceInputs: pulumi.Inputs;
    if (opts.id) {
      resourceInputs = utilities.pickProperties<VolumeState>(argsOrState, STATE_KEYS);
    } else {
      const args = argsOrState as VolumeArgs | undefined;
      utilities.requireProperty(args, "pool", opts);
      resourceInputs = {
        ...utilities.pickProperties(args, INPUT_KEYS),
        ...utilities.computedOutputs(COMPUTED_KEYS),
      };
    }
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      Volume.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }
}
