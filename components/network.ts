import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "@pulumi/libvirt";
import { SandboxConfig } from "../config";
import { childDependsOn } from "./dependsOn";
import { networkArgs } from "../render/libvirt";

export interface SandboxNetworkArgs {
  /** The validated stack config; bridge name, addresses and MAC come from it. */
  config: SandboxConfig;
  /** The libvirt provider for the stack's libvirt URI. */
  provider: libvirt.Provider;
}

/**
 * The sandbox bridge as a libvirt network in `forward mode='open'`: libvirt hands the VM its
 * one DHCP lease and writes no firewall rules; our nft table decides what passes.
 */
export class SandboxNetwork extends pulumi.ComponentResource {
  readonly name: pulumi.Output<string>;
  readonly bridge: string;

  constructor(name: string, args: SandboxNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:libvirt:Network", name, {}, opts);
    const network = new libvirt.Network(`${name}-network`, networkArgs(args.config), {
      parent: this,
      dependsOn: childDependsOn(opts),
      provider: args.provider,
      // The provider updates only `autostart` in place and silently keeps the rest; a fixed
      // name cannot exist twice, so every other change is a delete-then-create.
      replaceOnChanges: ["forward", "ips", "bridge", "dns", "domain"],
      deleteBeforeReplace: true,
    });
    this.name = network.name;
    this.bridge = args.config.network.bridge;
    this.registerOutputs({ name: this.name, bridge: this.bridge });
  }
}
