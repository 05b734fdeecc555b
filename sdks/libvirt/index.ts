// Entry point of @pulumi/libvirt. Classes load on first use, as in the generated SDK, and are
// registered with the Pulumi runtime so that resources and providers read back from a URN (a
// parent's state, a stack reference) rehydrate as these classes.
import * as pulumi from "@pulumi/pulumi";
import * as config from "./config";
import * as types from "./types";
import * as utilities from "./utilities";

export { config, types };

export type { CloudinitDiskArgs, CloudinitDiskState } from "./cloudinitDisk";
export type { DomainArgs, DomainState } from "./domain";
export type { NetworkArgs, NetworkState } from "./network";
export type { PoolArgs, PoolState } from "./pool";
export type { ProviderArgs, ProviderTerraformConfigResult } from "./provider";
export type { VolumeArgs, VolumeState } from "./volume";

// The values are getters installed on `exports` below; these declarations give them types.
export declare const CloudinitDisk: typeof import("./cloudinitDisk").CloudinitDisk;
export type CloudinitDisk = import("./cloudinitDisk").CloudinitDisk;
export declare const Domain: typeof import("./domain").Domain;
export type Domain = import("./domain").Domain;
export declare const Network: typeof import("./network").Network;
export type Network = import("./network").Network;
export declare const Pool: typeof import("./pool").Pool;
export type Pool = import("./pool").Pool;
export declare const Provider: typeof import("./provider").Provider;
export type Provider = import("./provider").Provider;
export declare const Volume: typeof import("./volume").Volume;
export type Volume = import("./volume").Volume;

/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
const load = {
  CloudinitDisk: () =>
    (require("./cloudinitDisk") as typeof import("./cloudinitDisk")).CloudinitDisk,
  Domain: () => (require("./domain") as typeof import("./domain")).Domain,
  Network: () => (require("./network") as typeof import("./network")).Network,
  Pool: () => (require("./pool") as typeof import("./pool")).Pool,
  Provider: () => (require("./provider") as typeof import("./provider")).Provider,
  Volume: () => (require("./volume") as typeof import("./volume")).Volume,
};
/* eslint-enable @typescript-eslint/no-require-imports */

for (const [name, get] of Object.entries(load)) {
  Object.defineProperty(exports as object, name, { enumerable: true, get });
}

/** Rebuilds a resource from its URN, keyed by module name as in the type token. */
const fromUrn: Record<string, (name: string, type: string, urn: string) => pulumi.Resource> = {
  cloudinitDisk: (name, _type, urn) => new (load.CloudinitDisk())(name, undefined, { urn }),
  domain: (name, _type, urn) => new (load.Domain())(name, undefined, { urn }),
  network: (name, _type, urn) => new (load.Network())(name, undefined, { urn }),
  pool: (name, _type, urn) => new (load.Pool())(name, undefined, { urn }),
  volume: (name, _type, urn) => new (load.Volume())(name, undefined, { urn }),
};

for (const [moduleName, construct] of Object.entries(fromUrn)) {
  const upper = moduleName.charAt(0).toUpperCase() + moduleName.slice(1);
  const token = `libvirt:index/${moduleName}:${upper}`;
  pulumi.runtime.registerResourceModule("libvirt", `index/${moduleName}`, {
    version: utilities.getVersion(),
    construct: (name, type, urn) => {
      if (type !== token) {
        throw new Error(`unknown resource type ${type}`);
      }
      return construct(name, type, urn);
    },
  });
}

pulumi.runtime.registerResourcePackage("libvirt", {
  version: utilities.getVersion(),
  constructProvider: (name, type, urn) => {
    if (type !== "pulumi:providers:libvirt") {
      throw new Error(`unknown provider type ${type}`);
    }
    return new (load.Provider())(name, undefined, { urn });
  },
});
