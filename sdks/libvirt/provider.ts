// The explicit provider of the package: `pulumi:providers:libvirt`, served by the
// terraform-provider plugin parameterised with dmacvicar/libvirt.
import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/** Inputs of a {@link Provider}. */
export interface ProviderArgs {
  /**
   * libvirt connection URI: qemu:///system, qemu:///session, qemu+ssh://, qemu+sshcmd://,
   * qemu+tls://. A `?socket=` parameter points it at a specific daemon socket.
   * @default LIBVIRT_DEFAULT_URI, else qemu:///system
   */
  uri?: pulumi.Input<string>;
}

/** A libvirt provider instance, e.g. one per daemon. */
export class Provider extends pulumi.ProviderResource {
  /** The package name; the engine prefixes it with `pulumi:providers:`. */
  public static readonly __pulumiType = "libvirt";

  /** True for Provider instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is Provider {
    return utilities.hasPulumiType(obj, "pulumi:providers:" + Provider.__pulumiType);
  }

  declare public readonly uri: pulumi.Output<string | undefined>;

  /** Declares a provider instance. */
  constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
    const resourceInputs: pulumi.Inputs = { uri: args?.uri };
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      Provider.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }

  /** The provider configuration as the underlying Terraform provider sees it. */
  terraformConfig(): pulumi.Output<ProviderTerraformConfigResult> {
    return pulumi.runtime.call<ProviderTerraformConfigResult>(
      "pulumi:providers:libvirt/terraformConfig",
      { __self__: this },
      this,
      utilities.getPackage(),
    );
  }
}

/** Result of {@link Provider.terraformConfig} (`Provider.TerraformConfigResult` when generated). */
export interface ProviderTerraformConfigResult {
  /** The Terraform provider configuration object. */
  readonly result: { [key: string]: unknown };
}
