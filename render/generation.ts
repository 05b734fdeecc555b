/**
 * Ownership of what a host-side Command installs. Replacements create first and delete after,
 * so an old delete must not remove what the new create just put in the same place. Each create
 * records a fresh generation id in `file` and prints it as its only stdout line; Pulumi hands
 * that back to the delete script as `$1`, and the delete acts only if it is still the recorded
 * one.
 */

/** Sends stdout to stderr, keeping fd 3 for the generation id (the Command's only stdout). */
export const STDOUT_FOR_GENERATION_ONLY = "exec 3>&1 1>&2";

/** Records a new generation id in `file` and prints it on fd 3. */
export function recordGenerationSteps(file: string, what: string): string[] {
  return [
    "generation=$(cat /proc/sys/kernel/random/uuid)",
    `install -d -m 0755 "$(dirname ${file})"`,
    `printf '%s\\n' "$generation" > ${file}.new`,
    `mv -f ${file}.new ${file}`,
    `log "${what}: generation $generation recorded in ${file}"`,
    `printf '%s\\n' "$generation" >&3`,
  ];
}

/** Ends the script (successfully) unless `$1` is the generation recorded in `file`. */
export function generationGuardSteps(file: string, what: string): string[] {
  return [
    `given=$(printf '%s' "\${1:-}" | tr -d '[:space:]')`,
    `recorded=$({ cat ${file} 2> /dev/null || true; } | tr -d '[:space:]')`,
    'if [ -z "$given" ] || [ "$given" != "$recorded" ]; then',
    `  log "${what}: generation '\${given:-none}' is not the recorded '\${recorded:-none}';` +
      ` a newer create owns it, leaving it"`,
    "  exit 0",
    "fi",
  ];
}
