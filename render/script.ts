import { createHash } from "crypto";

/** A file a host-side script installs. `content` must end with a newline. */
export interface HostFile {
  path: string;
  /** Octal mode, e.g. "0644". */
  mode: string;
  content: string;
}

/** Quotes a string for POSIX shells: safe for any content, including quotes and newlines. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

const HEADER = [
  "#!/bin/bash",
  "set -euo pipefail",
  'log() { printf "agent-sandbox: %s\\n" "$*" >&2; }',
];

/**
 * A complete bash script from its steps. Every host-side script starts the same way: strict
 * mode and a `log` function that writes one line per step to stderr.
 */
export function bashScript(name: string, steps: string[]): string {
  return [...HEADER, `# ${name}`, ...steps, ""].join("\n");
}

/**
 * True in a shell when systemd is the init system. Without it (a container, the test lab) the
 * host scripts install their files and say that no service was started.
 */
export const SYSTEMD_RUNNING = "[ -d /run/systemd/system ]";

const MARKER = "AGENT_SANDBOX_FILE";

/**
 * Shell steps that install files atomically (written beside, then renamed into place) and log
 * whether each one changed. Content goes in quoted heredocs, so nothing in it is expanded.
 */
export function installFilesSteps(files: HostFile[]): string[] {
  const steps: string[] = [];
  for (const file of files) {
    if (!file.content.endsWith("\n")) {
      throw new Error(`host file ${file.path} must end with a newline`);
    }
    if (!/^\/[A-Za-z0-9._/@-]+$/.test(file.path)) throw new Error(`bad host path ${file.path}`);
    if (!/^0[0-7]{3}$/.test(file.mode)) throw new Error(`bad mode ${file.mode} for ${file.path}`);
    const delimiter = `${MARKER}_${createHash("sha256").update(file.content).digest("hex").slice(0, 16)}`;
    steps.push(
      `install -d -m 0755 "$(dirname ${file.path})"`,
      `cat > ${file.path}.new <<'${delimiter}'`,
      file.content.slice(0, -1),
      delimiter,
      `chmod ${file.mode} ${file.path}.new`,
      `if cmp -s ${file.path}.new ${file.path}; then rm -f ${file.path}.new; log "unchanged ${file.path}";` +
        ` else mv -f ${file.path}.new ${file.path}; log "wrote ${file.path}"; fi`,
    );
  }
  return steps;
}

/** Reads back the files a script from `installFilesSteps` installs (for `npm run render`). */
export function extractFiles(script: string): HostFile[] {
  const files: HostFile[] = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = new RegExp(`^cat > (\\S+)\\.new <<'(${MARKER}_[0-9a-f]{16})'$`).exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf(open[2]!, i + 1);
    const mode = /^chmod (0[0-7]{3}) /.exec(lines[end + 1] ?? "");
    files.push({
      path: open[1]!,
      mode: mode ? mode[1]! : "0644",
      content: lines.slice(i + 1, end).join("\n") + "\n",
    });
    i = end;
  }
  return files;
}

/**
 * The command line a Command runs: the script as root through `sudo -n` (never a password
 * prompt; the README gives the narrow sudoers entry). The previous run's stdout, which
 * @pulumi/command passes in PULUMI_COMMAND_STDOUT, becomes the script's `$1`, since sudo
 * drops the environment.
 */
export function asRoot(script: string): string {
  return `sudo -n /bin/bash -c ${shellQuote(script)} agent-sandbox "\${PULUMI_COMMAND_STDOUT:-}"`;
}

/** The script inside a command line made by `asRoot`; undefined for any other command line. */
export function scriptOfRootCommand(commandLine: string): string | undefined {
  const match = /^sudo -n \/bin\/bash -c '((?:[^']|'"'"')*)' agent-sandbox /.exec(commandLine);
  return match ? match[1]!.replace(/'"'"'/g, "'") : undefined;
}

/**
 * Shell steps that wait up to 10 s for a TCP listener on exactly `address:port` and fail with
 * `hint` if none appears. `systemctl restart` returns before a simple service binds, and a
 * service that cannot bind (another one holds the port on every address) only crash-loops:
 * without this check the step would report success while nothing listens.
 */
export function listenerCheckSteps(address: string, port: number, hint: string): string[] {
  const listening = `ss -Hltn 'sport = :${port}' | awk '{print $4}' | grep -qxF '${address}:${port}'`;
  return [
    `for _ in $(seq 20); do ${listening} && break; sleep 0.5; done`,
    `if ! ${listening}; then`,
    `  log ${shellQuote(`nothing listens on ${address}:${port}: ${hint}`)}`,
    "  exit 1",
    "fi",
    `log "listening on ${address}:${port}"`,
  ];
}
