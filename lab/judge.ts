import { Probe } from "./probeTable";
import { shellQuote } from "../render/script";

/**
 * How a probe is spelled in shell: "curl" in the lab's VM namespace, "bash" in the tiny guest
 * (no curl there; proxy requests go out raw over /dev/tcp).
 */
export type ProbeFlavor = "curl" | "bash";

/** The proxy every proxy probe talks to: the host's bridge address and the proxy port. */
export interface ProxyEndpoint {
  host: string;
  port: number;
}

/** The call into lab/probes.sh that runs a probe and prints its observation. */
export function probeCommand(probe: Probe, proxy: ProxyEndpoint, flavor: ProbeFlavor): string {
  const q = shellQuote;
  const proxyUrl = `http://${proxy.host}:${proxy.port}`;
  const rawProxy = (request: string): string =>
    `asb_proxy ${proxy.host} ${proxy.port} ${q(request)}`;
  const action = probe.action;
  switch (action.kind) {
    case "tcp":
      return `asb_tcp ${q(action.host)} ${action.port}`;
    case "udp":
      return `asb_udp ${q(action.host)} ${action.port}`;
    case "dns":
      return `asb_dns ${q(action.server)} ${q(action.name)}`;
    case "ping": {
      // A link-local target needs its interface; busybox ping takes it apart from the address.
      const [address, scope] = action.host.split("%");
      return `asb_ping ${q(address!)}${scope ? ` ${q(scope)}` : ""}`;
    }
    case "connect": {
      const target = `${action.host}:${action.port}`;
      if (flavor === "curl") return `asb_curl ${proxyUrl} ${q(`https://${target}/`)}`;
      return rawProxy(`CONNECT ${target} HTTP/1.1\\r\\nHost: ${target}\\r\\n\\r\\n`);
    }
    case "get": {
      if (flavor === "curl") return `asb_curl ${proxyUrl} ${q(action.url)}`;
      const host = new URL(action.url).host;
      return rawProxy(`GET ${action.url} HTTP/1.1\\r\\nHost: ${host}\\r\\n\\r\\n`);
    }
    case "raw":
      return rawProxy(action.request);
  }
}

/** A probe's row in the lab's report. */
export interface ProbeResult {
  probe: Probe;
  /** The observation line lab/probes.sh printed (see its header). */
  observed: string;
  pass: boolean;
  /** A shut probe got through: the sandbox leaks. */
  leak: boolean;
}

/** True when an observation means traffic got through to something that answered. */
export function gotThrough(observed: string): boolean {
  return /^(reached|connected|resolved|reply)\b/.test(observed) || /^http 2\d\d\b/.test(observed);
}

/**
 * Judges one observation. A shut probe passes only if nothing answered; an open probe only
 * if it got through and, when it names a server, reached that server end to end.
 */
export function judge(probe: Probe, observed: string): ProbeResult {
  const through = gotThrough(observed);
  const reached = probe.reaches === undefined || observed.includes(`reached ${probe.reaches}`);
  const pass = probe.expect === "shut" ? !through : through && reached;
  return { probe, observed, pass, leak: probe.expect === "shut" && through };
}

/** The report: one row per probe (probe, invariant, expected, observed, pass), then a summary. */
export function formatTable(results: ProbeResult[]): string {
  const rows = results.map((r) => [
    r.probe.id,
    r.probe.invariant,
    r.probe.expect === "open" ? `open${r.probe.reaches ? ` (${r.probe.reaches})` : ""}` : "shut",
    r.observed,
    r.pass ? "pass" : r.leak ? "LEAK" : "FAIL",
  ]);
  const header = ["probe", "inv", "expected", "observed", "pass"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const leaks = results.filter((r) => r.leak).length;
  const failures = results.filter((r) => !r.pass).length;
  const summary =
    `${results.length} probes, ${results.length - failures} passed, ` +
    `${leaks} leak${leaks === 1 ? "" : "s"}, ${failures - leaks} other failure${failures - leaks === 1 ? "" : "s"}`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), summary].join(
    "\n",
  );
}
