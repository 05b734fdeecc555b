import * as pulumi from "@pulumi/pulumi";
import { SandboxConfig } from "../config";
import { hostProfile } from "../render/hostProfile";
import { firewallScripts } from "../render/hostSetup";
import { hostCommand } from "./hostCommand";

export interface HostFirewallArgs {
  /** The validated stack config; the bridge, addresses and ports come from it. */
  config: SandboxConfig;
}

/**
 * The host's nft table for the sandbox (policy drop between networks; from the bridge only
 * DHCP and the proxy port), the bridge's fail-closed sysctls, and the boot unit that loads
 * both before libvirt can start a guest. Everything libvirt does depends on this component.
 */
export class HostFirewall extends pulumi.ComponentResource {
  /** The generation id the last create recorded on the host. */
  readonly generation: pulumi.Output<string>;

  constructor(name: string, args: HostFirewallArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:host:Firewall", name, {}, opts);
    const scripts = firewallScripts(args.config, hostProfile(args.config.hostFamily));
    const firewall = hostCommand(`${name}-nftables`, args.config.host, scripts, {
      parent: this,
      // An old delete must run only after the new table is loaded; the scripts' generation
      // guard then makes it a no-op. Never delete first: that would leave a moment with none.
      deleteBeforeReplace: false,
    });
    this.generation = firewall.stdout;
    this.registerOutputs({ generation: this.generation });
  }
}
