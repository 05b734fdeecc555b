import { HOST_PATHS, NFT_TABLE } from "../render/hostProfile";
import { ProbeResult, formatTable } from "./judge";
import { Lab, LabOptions, startLab } from "./lab";
import { withoutTable } from "./probeTable";

/** One round of probes under one state of the host. */
export interface Phase {
  name: string;
  results: ProbeResult[];
}

/** A check that is not a probe from the VM (the reload leaving the table as it was). */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

export interface LabReport {
  phases: Phase[];
  checks: Check[];
  /** No leak and no failure anywhere. */
  ok: boolean;
  /** The printable report: a table per phase, then the checks. */
  text: string;
}

/** The report for phases and checks. */
export function labReport(phases: Phase[], checks: Check[]): LabReport {
  const sections = phases.map((phase) => `== ${phase.name}\n${formatTable(phase.results)}`);
  for (const check of checks) {
    sections.push(`== check: ${check.name}: ${check.pass ? "pass" : "FAIL"} (${check.detail})`);
  }
  const ok =
    phases.every((phase) => phase.results.every((result) => result.pass)) &&
    checks.every((check) => check.pass);
  return { phases, checks, ok, text: sections.join("\n\n") };
}

/**
 * The whole namespace lab: every probe with the program's firewall and proxy in place; again
 * after the firewall is loaded a second time (which must leave the table as it was); and the
 * forwarded ones once more with the table deleted (S5).
 */
export async function runNamespaceLab(opts: LabOptions): Promise<LabReport> {
  const lab = await startLab(opts);
  try {
    return await runPhases(lab);
  } finally {
    lab.stop();
  }
}

/** The three phases on a running lab. */
export async function runPhases(lab: Lab): Promise<LabReport> {
  const phases: Phase[] = [];
  const checks: Check[] = [];
  phases.push({ name: "firewall and proxy as rendered", results: await lab.run(lab.probes) });

  const before = lab.listTable();
  lab.host(`${lab.profile.nft} -f ${HOST_PATHS.nftables}`);
  const after = lab.listTable();
  const rules = (text: string): number => text.split("\n").filter((l) => /^\s+\S/.test(l)).length;
  checks.push({
    name: "loading the ruleset again leaves the table as it was",
    pass: before === after,
    detail: `${rules(before)} lines before, ${rules(after)} after`,
  });
  phases.push({ name: "ruleset loaded a second time", results: await lab.run(lab.probes) });

  lab.host(`${lab.profile.nft} delete table ${NFT_TABLE.family} ${NFT_TABLE.name}`);
  phases.push({ name: "nft table deleted", results: await lab.run(withoutTable(lab.probes)) });
  return labReport(phases, checks);
}
