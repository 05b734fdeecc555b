import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { SandboxConfig } from "../config";
import { controlScripts } from "../render/control";
import { hostProfile } from "../render/hostProfile";
import { childDependsOn } from "./dependsOn";
import { hostCommand } from "./hostCommand";

export interface ControlServiceArgs {
  /** The validated stack config; WireGuard address and port, domain name come from it. */
  config: SandboxConfig;
}

/**
 * The kill switch: a small service on the host, bound to the WireGuard address only, that
 * starts, stops and kills the VM for a bearer of the token. The firewall accepts its port on
 * the WireGuard interface only.
 */
export class ControlService extends pulumi.ComponentResource {
  /** `http://<WireGuard address>:<port>/`: open it from the phone over WireGuard. */
  readonly url: string;
  /** The bearer token; a secret in the stack's state and outputs. */
  readonly token: pulumi.Output<string>;

  constructor(name: string, args: ControlServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("agent-sandbox:host:ControlService", name, {}, opts);
    const { config } = args;
    const token = new random.RandomPassword(
      `${name}-token`,
      // Letters and digits only: it is typed into a phone and passed in a header.
      { length: 40, special: false },
      { parent: this },
    );
    const scripts = controlScripts(config, hostProfile(config.hostFamily));
    hostCommand(
      `${name}-service`,
      config.host,
      // The token reaches the host on stdin: never in a script, an argument or a log.
      { ...scripts, stdin: token.result },
      { parent: this, dependsOn: childDependsOn(opts), deleteBeforeReplace: false },
    );
    this.url = `http://${config.wireguard.address}:${config.wireguard.controlPort}/`;
    this.token = pulumi.secret(token.result);
    this.registerOutputs({ url: this.url, token: this.token });
  }
}
