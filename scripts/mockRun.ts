import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { RawConfig } from "../config";
import { pulumiConfigMap, readStackConfig } from "./stackConfig";

/**
 * One resource the program registered, with its inputs and the options that matter here.
 * References to other resources (parent, provider, dependsOn, replaceWith) read `type::name`:
 * components and their children may share a name, never a type and a name.
 */
export interface RecordedResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  parent?: string;
  provider?: string;
  dependsOn: string[];
  protect: boolean;
  retainOnDelete: boolean;
  deleteBeforeReplace: boolean | undefined;
  replaceOnChanges: string[];
  replaceWith: string[];
  replacementTrigger?: unknown;
  additionalSecretOutputs: string[];
}

export interface ProgramRun {
  resources: RecordedResource[];
  /** Stack outputs as the engine records them: resolved plain values. */
  outputs: Record<string, unknown>;
  /** The program's own return value, Outputs and all, e.g. to check what is secret. */
  rawOutputs: Record<string, unknown>;
  /** The one resource with this name (and type, if given); throws unless there is exactly one. */
  get(name: string, type?: string): RecordedResource;
}

/**
 * Outputs the engine would compute, so that the program's `apply`s see realistic values. A
 * volume's path is its pool's folder and its name, as libvirt's dir pools place it.
 */
function computedState(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  poolPaths: Map<string, string>,
): object {
  switch (type) {
    case "libvirt:index/pool:Pool":
      poolPaths.set(String(inputs.name), String((inputs.target as { path?: string })?.path));
      return { uuid: `uuid-of-${name}` };
    case "libvirt:index/volume:Volume": {
      const folder = poolPaths.get(String(inputs.pool)) ?? `/unknown-pool/${String(inputs.pool)}`;
      const file = `${folder}/${String(inputs.name)}`;
      return { key: file, path: file, target: { ...(inputs.target as object), path: file } };
    }
    case "libvirt:index/domain:Domain":
      return { uuid: "00000000-0000-4000-8000-000000000001", domainId: 1 };
    case "libvirt:index/network:Network":
      return { uuid: `uuid-of-${name}` };
    case "command:local:Command":
    case "command:remote:Command":
      return { stdout: `generation-of-${name}`, stderr: "" };
    case "random:index/randomPassword:RandomPassword":
      return { result: `mock-password-of-${name}` };
    default:
      return {};
  }
}

/**
 * Runs the real program (index.ts) for a stack against Pulumi's mock monitor, with the config
 * the Pulumi CLI would give it, and records every resource with its inputs and options.
 * Invokes and calls throw: the program is expected to make none.
 */
export async function runProgram(stack: string, overrides: RawConfig = {}): Promise<ProgramRun> {
  const byUrnName = new Map<pulumi.Resource, string>();
  const recorded = new Map<string, RecordedResource>();
  const poolPaths = new Map<string, string>();

  pulumi.runtime.setAllConfig(pulumiConfigMap({ ...readStackConfig(stack), ...overrides }));
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        // The monitor sees inputs with outputs resolved: record those over the raw props.
        const inputs = args.inputs as Record<string, unknown>;
        const record = recorded.get(`${args.type}::${args.name}`);
        if (record) record.inputs = inputs;
        return {
          id: `${args.name}-id`,
          state: { ...inputs, ...computedState(args.type, args.name, inputs, poolPaths) },
        };
      },
      call: (args) => {
        throw new Error(`unexpected invoke ${args.token} with ${JSON.stringify(args.inputs)}`);
      },
    },
    "agent-sandbox",
    stack,
    false,
  );
  const record = (): void =>
    pulumi.runtime.registerStackTransformation((args) => {
      byUrnName.set(args.resource, `${args.type}::${args.name}`);
      const opts = args.opts as pulumi.CustomResourceOptions;
      const names = (list: unknown): string[] =>
        (Array.isArray(list) ? list : list ? [list] : []).map(
          (resource: pulumi.Resource) => byUrnName.get(resource) ?? "?",
        );
      recorded.set(`${args.type}::${args.name}`, {
        type: args.type,
        name: args.name,
        inputs: args.props,
        ...(opts.parent ? { parent: byUrnName.get(opts.parent) ?? "?" } : {}),
        ...(opts.provider ? { provider: byUrnName.get(opts.provider) ?? "?" } : {}),
        dependsOn: names(opts.dependsOn),
        protect: opts.protect === true,
        retainOnDelete: opts.retainOnDelete === true,
        deleteBeforeReplace: opts.deleteBeforeReplace,
        replaceOnChanges: opts.replaceOnChanges ?? [],
        replaceWith: names(opts.replaceWith),
        ...(opts.replacementTrigger !== undefined
          ? { replacementTrigger: opts.replacementTrigger }
          : {}),
        additionalSecretOutputs: opts.additionalSecretOutputs ?? [],
      });
      return undefined;
    });

  const program = (await import(path.join(__dirname, "..", "index"))) as
    (() => Promise<Record<string, unknown>>) | { default: () => Promise<Record<string, unknown>> };
  const main = typeof program === "function" ? program : program.default;
  // The stack swallows a program's error into an unhandled rejection; keep it and rethrow,
  // as `pulumi preview` would fail with it.
  let failure: Error | undefined;
  let rawOutputs: Record<string, unknown> = {};
  const outputs = (await pulumi.runtime.runInPulumiStack(async () => {
    record();
    try {
      rawOutputs = await main();
      return rawOutputs;
    } catch (err) {
      failure = err instanceof Error ? err : new Error(JSON.stringify(err));
      return {};
    }
  })) as Record<string, unknown>;
  if (failure !== undefined) throw failure;
  await pulumi.runtime.disconnect();

  const resources = [...recorded.values()];
  return {
    resources,
    outputs,
    rawOutputs,
    get: (name, type) => {
      const found = resources.filter(
        (r) => r.name === name && (type === undefined || r.type === type),
      );
      if (found.length !== 1) {
        throw new Error(`${found.length} resources named ${name}${type ? ` of type ${type}` : ""}`);
      }
      return found[0]!;
    },
  };
}
