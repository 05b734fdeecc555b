import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "@pulumi/libvirt";
import { SandboxConfig } from "../config";
import { hostProfile } from "../render/hostProfile";
import { domainArgs } from "../render/libvirt";
import { qemuHookScripts } from "../render/qemuHook";
import { childDependsOn } from "./dependsOn";
import { hostCommand } from "./hostCommand";
import { SandboxStorage } from "./storage";

export interface SandboxVmArgs {
  /** The validated stack config; name, size, MAC and network come from it. */
  config: SandboxConfig;
  /** The libvirt provider for the stack's libvirt URI. */
  provider: libvirt.Provider;
  /** The base, overlay and data disk the VM runs on. */
  storage: SandboxStorage;
}

/**
 * The VM and what makes every start ephemeral: a libvirt qemu hook that recreates the overlay
 * from the base in the `prepare` phase, whoever starts the domain (pulumi, virsh, host boot,
 * the control service), and the domain itself with exactly two disks, one NIC and a console.
 */
export class SandboxVm extends pulumi.ComponentResource {
  readonly domainName: pulumi.Output<string>;
  readonly uuid: pulumi.Output<string>;

  constructor(name: string, args: SandboxVmArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:libvirt:Vm", name, {}, opts);
    const { config, provider, storage } = args;

    const hook = hostCommand(
      `${name}-qemu-hook`,
      config.host,
      qemuHookScripts(config, hostProfile(config.hostFamily), {
        base: storage.basePath,
        overlay: storage.overlayPath,
      }),
      { parent: this, dependsOn: childDependsOn(opts), deleteBeforeReplace: false },
    );

    const domain = new libvirt.Domain(
      `${name}-domain`,
      domainArgs(config, { overlayPath: storage.overlay.path, dataPath: storage.dataDisk.path }),
      {
        parent: this,
        dependsOn: childDependsOn(opts, hook),
        provider,
        // A new overlay means a new domain on it: the provider would not restart onto it.
        replaceWith: [storage.overlay],
        deleteBeforeReplace: true,
      },
    );
    this.domainName = domain.name;
    this.uuid = domain.uuid;
    this.registerOutputs({ domainName: this.domainName, uuid: this.uuid });
  }
}
