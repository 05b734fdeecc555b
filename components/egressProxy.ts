import * as pulumi from "@pulumi/pulumi";
import { SandboxConfig } from "../config";
import { childDependsOn } from "./dependsOn";
import { hostProfile } from "../render/hostProfile";
import { proxyScripts } from "../render/hostSetup";
import { hostCommand } from "./hostCommand";

export interface EgressProxyArgs {
  /** The validated stack config; port, allowlist and addresses come from it. */
  config: SandboxConfig;
}

/**
 * The VM's only way out: tinyproxy on the bridge address, allowing the VM alone to reach the
 * allowlisted names on port 443. It listens on the bridge address, so it must come after the
 * network (pass the network in `dependsOn`).
 */
export class EgressProxy extends pulumi.ComponentResource {
  /** `http://<bridge address>:<port>`, as set in the guest's proxy environment. */
  readonly url: string;

  constructor(name: string, args: EgressProxyArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:host:EgressProxy", name, {}, opts);
    const { config } = args;
    hostCommand(
      `${name}-tinyproxy`,
      config.host,
      proxyScripts(config, hostProfile(config.hostFamily)),
      { parent: this, dependsOn: childDependsOn(opts), deleteBeforeReplace: false },
    );
    this.url = `http://${config.network.hostAddress}:${config.proxy.port}`;
    this.registerOutputs({ url: this.url });
  }
}
