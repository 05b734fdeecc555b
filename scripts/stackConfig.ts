import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { parseConfig, RawConfig, SandboxConfig } from "../config";

const ROOT = path.join(__dirname, "..");
const PROJECT = "agent-sandbox";

interface ProjectFile {
  config?: Record<string, { default?: unknown }>;
}
interface StackFile {
  config?: Record<string, unknown>;
}

/**
 * The raw config a stack gets from the Pulumi CLI: the defaults declared in Pulumi.yaml,
 * overlaid with `Pulumi.<stack>.yaml`. Keys come back without the project prefix. Keys of
 * other namespaces (e.g. `libvirt:uri`) are kept with theirs.
 */
export function readStackConfig(stack: string, dir = ROOT): RawConfig {
  const project = parse(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8")) as ProjectFile;
  const stackPath = path.join(dir, `Pulumi.${stack}.yaml`);
  if (!fs.existsSync(stackPath)) throw new Error(`no stack file ${stackPath}`);
  const stackFile = (parse(fs.readFileSync(stackPath, "utf8")) ?? {}) as StackFile;
  const raw: RawConfig = {};
  for (const [key, spec] of Object.entries(project.config ?? {})) {
    if (spec.default !== undefined) raw[key] = spec.default;
  }
  for (const [key, value] of Object.entries(stackFile.config ?? {})) {
    raw[key.startsWith(`${PROJECT}:`) ? key.slice(PROJECT.length + 1) : key] = value;
  }
  return raw;
}

/** Pulumi's own config map (`project:key` -> string) for mocks, as the CLI would pass it. */
export function pulumiConfigMap(raw: RawConfig): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const full = key.includes(":") ? key : `${PROJECT}:${key}`;
    map[full] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return map;
}

/** Numbers in a stack file arrive as strings from the CLI; do the same here. */
function asCli(raw: RawConfig): RawConfig {
  const out: RawConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    out[key] = typeof value === "number" || typeof value === "boolean" ? String(value) : value;
  }
  return out;
}

/** The validated config of a stack in this repo, e.g. `stackConfig("home")`. */
export function stackConfig(stack: string, overrides: RawConfig = {}): SandboxConfig {
  return parseConfig(asCli({ ...readStackConfig(stack), ...overrides }));
}
