import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "@pulumi/libvirt";
import { SandboxConfig } from "../config";
import { baseImagePaths, baseImageScripts } from "../render/guestImage";
import { hostProfile } from "../render/hostProfile";
import { dataDiskArgs, overlayArgs, overlayPath, poolArgs } from "../render/libvirt";
import { childDependsOn } from "./dependsOn";
import { hostCommand } from "./hostCommand";

export interface SandboxStorageArgs {
  /** The validated stack config; image, sizes and pool path come from it. */
  config: SandboxConfig;
  /** The libvirt provider for the stack's libvirt URI. */
  provider: libvirt.Provider;
}

/**
 * The VM's disks: a hardened, read-only base built by a host-side step, the overlay the VM
 * boots from (a qcow2 backed by the base) and the persistent data disk.
 */
export class SandboxStorage extends pulumi.ComponentResource {
  /** Path of the read-only base image on the host. */
  readonly basePath: string;
  /** Where the overlay lives: the pool's folder and the volume's fixed name. */
  readonly overlayPath: string;
  readonly overlay: libvirt.Volume;
  readonly dataDisk: libvirt.Volume;

  constructor(name: string, args: SandboxStorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:libvirt:Storage", name, {}, opts);
    const { config, provider } = args;

    const pool = new libvirt.Pool(`${name}-pool`, poolArgs(config), {
      parent: this,
      dependsOn: childDependsOn(opts),
      provider,
      // The provider cannot update a pool; a new path means a new pool of the same name.
      replaceOnChanges: ["target"],
      deleteBeforeReplace: true,
    });

    // Downloads, verifies and hardens the base into the pool; nothing unverified enters it.
    const paths = baseImagePaths(config);
    const base = hostCommand(
      `${name}-base`,
      config.host,
      baseImageScripts(config, hostProfile(config.hostFamily), paths),
      { parent: this, dependsOn: childDependsOn(opts, pool), deleteBeforeReplace: false },
    );
    this.basePath = paths.base;
    this.overlayPath = overlayPath(config);

    this.overlay = new libvirt.Volume(`${name}-overlay`, overlayArgs(config, paths.base), {
      parent: this,
      dependsOn: childDependsOn(opts, base),
      provider,
      // The provider cannot update a volume, and the name is fixed: any change, a new base
      // or a new reset token means delete, then create.
      replaceOnChanges: ["*"],
      deleteBeforeReplace: true,
      replacementTrigger: config.overlayResetToken,
    });

    this.dataDisk = new libvirt.Volume(`${name}-data`, dataDiskArgs(config), {
      parent: this,
      dependsOn: childDependsOn(opts, pool),
      provider,
      // The agent's work lives here: no replace or destroy may take it (S7).
      protect: true,
      retainOnDelete: true,
    });

    this.registerOutputs({ basePath: this.basePath, overlayPath: this.overlayPath });
  }
}
