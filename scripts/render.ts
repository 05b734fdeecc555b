/**
 * `npm run render -- <stack>`: runs the real program with the stack's real config against
 * Pulumi's mock monitor and writes everything it would install on the host into out/<stack>/,
 * so a person can review exactly what will touch their host before `pulumi up`.
 */
import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../config";
import { extractFiles, scriptOfRootCommand } from "../render/script";
import { ProgramRun, RecordedResource, runProgram } from "./mockRun";

const COMMAND_TYPES = ["command:local:Command", "command:remote:Command"];

function write(file: string, content: string, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, { mode });
}

/** A short, stable rendering of a resource's inputs for the summary. */
function describeInputs(resource: RecordedResource): string {
  const inputs = { ...resource.inputs };
  for (const key of ["create", "delete", "update"]) {
    if (typeof inputs[key] === "string")
      inputs[key] = `<script: commands/${resource.name}.${key}.sh>`;
  }
  // A Command's stdin is how secrets reach a host script (see components/hostCommand.ts).
  if (inputs.stdin !== undefined) inputs.stdin = "<secret>";
  return JSON.stringify(inputs, null, 2);
}

function options(resource: RecordedResource): string[] {
  return [
    resource.dependsOn.length > 0 ? `depends on ${resource.dependsOn.join(", ")}` : "",
    resource.protect ? "protected" : "",
    resource.retainOnDelete ? "retained on delete" : "",
    resource.deleteBeforeReplace ? "deleted before replace" : "",
    resource.replaceOnChanges.length > 0
      ? `replaced on ${resource.replaceOnChanges.join(", ")}`
      : "",
    resource.replaceWith.length > 0 ? `replaced with ${resource.replaceWith.join(", ")}` : "",
  ].filter((line) => line !== "");
}

/** Writes out/<stack>/ and returns the files written, relative to it. */
export function writeRender(run: ProgramRun, outDir: string): string[] {
  fs.rmSync(outDir, { recursive: true, force: true });
  const written: string[] = [];
  const summary: string[] = [
    "# What `pulumi up` would do on this host\n",
    "Each host-side step runs its script in `commands/` as root through `sudo -n`: `create` on",
    "`pulumi up`, `delete` on removal. `host/` holds every file the scripts install, at its path",
    "on the host. The libvirt resources below are created through the libvirt provider.\n",
  ];
  const hostFiles: string[] = [];
  for (const resource of run.resources.filter((r) => COMMAND_TYPES.includes(r.type))) {
    for (const key of ["create", "delete"]) {
      const line = resource.inputs[key];
      if (typeof line !== "string") continue;
      const script = scriptOfRootCommand(line) ?? line;
      const file = `commands/${resource.name}.${key}.sh`;
      write(path.join(outDir, file), script, 0o755);
      written.push(file);
      if (key !== "create") continue;
      for (const hostFile of extractFiles(script)) {
        const file = path.join("host", hostFile.path);
        write(path.join(outDir, file), hostFile.content, parseInt(hostFile.mode, 8));
        written.push(file);
        hostFiles.push(`- \`${hostFile.path}\` (mode ${hostFile.mode}, from ${resource.name})`);
      }
    }
  }
  summary.push("## Files installed on the host\n", ...hostFiles.sort(), "");
  summary.push("## Resources\n");
  for (const resource of run.resources) {
    summary.push(`### ${resource.name} (\`${resource.type}\`)\n`);
    for (const line of options(resource)) summary.push(`- ${line}`);
    if (Object.keys(resource.inputs).length > 0) {
      summary.push("", "```json", describeInputs(resource), "```");
    }
    summary.push("");
  }
  write(path.join(outDir, "SUMMARY.md"), summary.join("\n"));
  written.push("SUMMARY.md");
  return written.sort();
}

async function main(): Promise<void> {
  const stack = process.argv[2] ?? "home";
  const outDir = path.join(__dirname, "..", "out", stack);
  const run = await runProgram(stack);
  const written = writeRender(run, outDir);
  console.log(`wrote ${written.length} files to ${path.relative(process.cwd(), outDir)}/`);
  for (const file of written) console.log(`  ${file}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  });
}
