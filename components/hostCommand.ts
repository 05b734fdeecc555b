import * as pulumi from "@pulumi/pulumi";
import * as command from "@pulumi/command";
import { HostConnection } from "../config";
import { asRoot } from "../render/script";

/** The create and delete scripts of a host-side step, as rendered by a pure function. */
export interface HostStepScripts {
  create: string;
  delete?: string;
  /** Fed to `create` on standard input: how secrets reach a script without appearing in it. */
  stdin?: pulumi.Input<string>;
}

/**
 * A host-side step: a Command that runs its scripts as root through `sudo -n`, locally when
 * libvirt is local and over SSH when the libvirt URI names another host. An update re-runs
 * `create` (each create script is written to be re-run). Replacements create first and delete
 * after; the scripts' generation guard makes an old delete a no-op.
 */
export function hostCommand(
  name: string,
  host: HostConnection,
  scripts: HostStepScripts,
  opts: pulumi.CustomResourceOptions,
): command.local.Command | command.remote.Command {
  const args = {
    create: asRoot(scripts.create),
    ...(scripts.delete !== undefined ? { delete: asRoot(scripts.delete) } : {}),
    ...(scripts.stdin !== undefined ? { stdin: scripts.stdin } : {}),
    addPreviousOutputInEnv: true,
  };
  if (host.kind === "local") return new command.local.Command(name, args, opts);
  return new command.remote.Command(
    name,
    {
      ...args,
      // Authentication comes from the user's ssh-agent (SSH_AUTH_SOCK), as with plain ssh.
      connection: {
        host: host.host,
        hostKey: host.hostKey,
        ...(host.user !== undefined ? { user: host.user } : {}),
        ...(host.port !== undefined ? { port: host.port } : {}),
      },
    },
    opts,
  );
}
