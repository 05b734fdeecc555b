import { ProxyEndpoint, probeCommand } from "./judge";
import { Probe } from "./probeTable";

/** Marks a probe's observation on the tiny guest's serial console. */
export const GUEST_PROBE_MARK = "ASB-PROBE";

/** Where the guest writes the probe library before sourcing it. */
const GUEST_LIBRARY = "/tmp/asb-probes.sh";

/**
 * The tiny guest's whole probe script: it writes the probe library, runs `setup` (IPv6 and
 * the like), then the probes `parallel` at a time (each bounds itself); each prints one console
 * line `ASB-PROBE <id> <observation>` as it ends.
 */
export function guestScript(opts: {
  probes: Probe[];
  proxy: ProxyEndpoint;
  library: string;
  setup: string[];
  parallel: number;
}): string {
  const delimiter = "ASB_LAB_PROBE_LIBRARY";
  if (opts.library.includes(delimiter)) throw new Error("the probe library holds its delimiter");
  const lines = [
    `cat > ${GUEST_LIBRARY} <<'${delimiter}'`,
    opts.library.trimEnd(),
    delimiter,
    `ASB_LIB=${GUEST_LIBRARY}`,
    '. "$ASB_LIB"',
    ...opts.setup.map((line) => `${line} || echo "ASB-SETUP failed: ${line.replace(/"/g, "'")}"`),
  ];
  opts.probes.forEach((probe, index) => {
    const command = probeCommand(probe, opts.proxy, "bash");
    lines.push(`echo "${GUEST_PROBE_MARK} ${probe.id} $(${command})" &`);
    if ((index + 1) % opts.parallel === 0) lines.push("wait");
  });
  lines.push("wait", "");
  return lines.join("\n");
}

/** Reads the guest's observations back from its console log, by probe id. */
export function parseGuestObservations(log: string): Map<string, string> {
  const observations = new Map<string, string>();
  const line = new RegExp(`^${GUEST_PROBE_MARK} (\\S+) (.*)$`);
  for (const text of log.split(/\r?\n/)) {
    const match = line.exec(text.trim());
    if (match) observations.set(match[1]!, match[2]!.trim());
  }
  return observations;
}
