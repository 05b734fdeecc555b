// Stack configuration of the default provider (`libvirt:uri`), read when accessed so that
// importing the SDK does not touch config.
import * as pulumi from "@pulumi/pulumi";

const libvirtConfig = new pulumi.Config("libvirt");

/** The `libvirt:uri` stack setting: connection URI of the default provider. */
export declare const uri: string | undefined;
Object.defineProperty(exports, "uri", {
  get(): string | undefined {
    return libvirtConfig.get("uri");
  },
  enumerable: true,
});
