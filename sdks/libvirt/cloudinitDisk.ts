// libvirt_cloudinit_disk: builds a cloud-init ISO on the machine running the provider. It no
// longer uploads anything; a Volume with create.content.url = path does that.
import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/** Inputs of a {@link CloudinitDisk}. All of them replace the ISO when changed. */
export interface CloudinitDiskArgs {
  /**
   * Name of the ISO.
   * @default `<resource name>-<7 hex>` (autonamed by the bridge)
   */
  name?: pulumi.Input<string>;
  /** cloud-init user-data document. */
  userData: pulumi.Input<string>;
  /** cloud-init meta-data document. */
  metaData: pulumi.Input<string>;
  /**
   * cloud-init network-config document.
   * @default none (the guest's own default networking)
   */
  networkConfig?: pulumi.Input<string>;
}

/** Everything a {@link CloudinitDisk} reports, for {@link CloudinitDisk.get}. */
export interface CloudinitDiskState extends Partial<CloudinitDiskArgs> {
  /** Path of the temporary ISO on the provider's machine. */
  path?: pulumi.Input<string>;
  /** ISO size in bytes. */
  size?: pulumi.Input<number>;
}

const INPUT_KEYS: Record<keyof CloudinitDiskArgs, true> = {
  name: true,
  userData: true,
  metaData: true,
  networkConfig: true,
};
const COMPUTED_KEYS = ["path", "size"] as const;
const STATE_KEYS: Record<keyof CloudinitDiskState, true> = {
  ...INPUT_KEYS,
  ...utilities.keyTable(COMPUTED_KEYS),
};

/** A cloud-init seed ISO (`libvirt:index/cloudinitDisk:CloudinitDisk`). */
export class CloudinitDisk extends pulumi.CustomResource {
  /** The resource token; note the 0.9 spelling `cloudinitDisk`, not `cloudInitDisk`. */
  public static readonly __pulumiType = "libvirt:index/cloudinitDisk:CloudinitDisk";

  /** Looks up an existing ISO by its checksum ID. */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: CloudinitDiskState,
    opts?: pulumi.CustomResourceOptions,
  ): CloudinitDisk {
    return new CloudinitDisk(name, state, { ...opts, id });
  }

  /** True for CloudinitDisk instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is CloudinitDisk {
    return utilities.hasPulumiType(obj, CloudinitDisk.__pulumiType);
  }

  declare public readonly name: pulumi.Output<string>;
  declare public readonly userData: pulumi.Output<string>;
  declare public readonly metaData: pulumi.Output<string>;
  declare public readonly networkConfig: pulumi.Output<string | undefined>;
  declare public readonly path: pulumi.Output<string>;
  declare public readonly size: pulumi.Output<number>;

  /** Declares a cloud-init ISO. */
  constructor(name: string, args: CloudinitDiskArgs, opts?: pulumi.CustomResourceOptions);
  /** Rebuilds the resource from state or a URN; used by get() and rehydration. @internal */
  constructor(
    name: string,
    argsOrState?: CloudinitDiskArgs | CloudinitDiskState,
    opts?: pulumi.CustomResourceOptions,
  );
  constructor(
    name: string,
    argsOrState?: CloudinitDiskArgs | CloudinitDiskState,
    opts: pulumi.CustomResourceOptions = {},
  ) {
    let resourceInputs: pulumi.Inputs;
    if (opts.id) {
      resourceInputs = utilities.pickProperties<CloudinitDiskState>(argsOrState, STATE_KEYS);
    } else {
      const args = argsOrState as CloudinitDiskArgs | undefined;
      utilities.requireProperty(args, "metaData", opts);
      utilities.requireProperty(args, "userData", opts);
      resourceInputs = {
        ...utilities.pickProperties(args, INPUT_KEYS),
        ...utilities.computedOutputs(COMPUTED_KEYS),
      };
    }
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      CloudinitDisk.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }
}
