/**
 * The parts of a rendered systemd service the lab plays itself, there being no systemd in
 * the lab: who runs what, and which folders systemd would create for it first.
 */
export interface ServiceSpec {
  user: string;
  group: string;
  execStart: string;
  /** Absolute paths systemd creates, owned by the user (RuntimeDirectory, LogsDirectory). */
  directories: string[];
}

/** Reads a service's [Service] section; throws if it has no ExecStart or no User. */
export function serviceSpec(unit: string): ServiceSpec {
  const values = new Map<string, string>();
  let inService = false;
  for (const line of unit.split("\n")) {
    const section = /^\[(.+)\]$/.exec(line.trim());
    if (section) inService = section[1] === "Service";
    const setting = /^(\w+)=(.*)$/.exec(line);
    if (inService && setting && !values.has(setting[1]!)) values.set(setting[1]!, setting[2]!);
  }
  const user = values.get("User");
  const execStart = values.get("ExecStart");
  if (!user || !execStart) throw new Error("the unit has no User or no ExecStart in [Service]");
  const under = (root: string, key: string): string[] =>
    (values.get(key) ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((dir) => `${root}/${dir}`);
  return {
    user,
    group: values.get("Group") ?? user,
    execStart,
    directories: [...under("/run", "RuntimeDirectory"), ...under("/var/log", "LogsDirectory")],
  };
}
