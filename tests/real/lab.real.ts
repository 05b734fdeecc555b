import { NFT_TABLE, hostProfile } from "../../render/hostProfile";
import { firewallScripts, proxyScripts } from "../../render/hostSetup";
import { renderNftables } from "../../render/nftables";
import { applySysctlCommand } from "../../render/sysctl";
import { renderTinyproxyFilter } from "../../render/tinyproxy";
import { Lab, startLab } from "../../lab/lab";
import {
  acceptAllFromBridge,
  unanchoredFilter,
  withoutForwardDrop,
  withoutProxyEgressLimit,
} from "../../lab/mutations";
import { LabReport, runPhases } from "../../lab/phases";
import { Probe, withoutTable } from "../../lab/probeTable";
import { homeConfig } from "../fixtures/homeConfig";
import { shStatus, waitFor } from "../harness/sh";

// The isolation lab in network namespaces: the home stack's firewall and proxy, applied by the
// program's own scripts, probed from the VM's side (S1-S5); then loosened copies of them, to
// prove that the probes catch a leak.
const config = homeConfig();
const profile = hostProfile(config.hostFamily);
const ruleset = renderNftables(config, profile);
const filter = renderTinyproxyFilter(config.proxy.allowlist);
let lab: Lab;
let report: LabReport;

beforeAll(async () => {
  lab = await startLab({ config, id: "t" });
  report = await runPhases(lab);
}, 120_000);

afterAll(() => lab?.stop());

/** Puts the rendered ruleset, sysctls and filter back after a mutation. */
function restore(): void {
  lab.loadRuleset(ruleset);
  lab.host(applySysctlCommand(config, profile));
  lab.reloadFilter(filter);
}

function setBridgeForwarding(on: boolean): void {
  lab.host(`echo ${on ? 1 : 0} > /proc/sys/net/ipv4/conf/${config.network.bridge}/forwarding`);
}

async function leaksOf(probes: Probe[]): Promise<string[]> {
  const results = await lab.run(probes);
  return results.filter((result) => result.leak).map((result) => result.probe.id);
}

const forwarded = (): Probe[] => lab.probes.filter((probe) => probe.forwarded);
const toHost = (): Probe[] =>
  lab.probes.filter((probe) => !probe.forwarded && probe.invariant !== "S4");
const viaProxy = (): Probe[] => lab.probes.filter((probe) => probe.invariant === "S4");

test("the lab applies exactly what the program renders", () => {
  expect(firewallScripts(config, profile).files.map((f) => f.content)).toContain(ruleset);
  expect(proxyScripts(config, profile).files.map((f) => f.content)).toContain(filter);
});

test("every probe passes: as rendered, after a second load, and forwarded with no table", () => {
  const failed = report.phases.flatMap((phase) =>
    phase.results.filter((r) => !r.pass).map((r) => `${phase.name}: ${r.probe.id} ${r.observed}`),
  );
  if (failed.length > 0) console.log(report.text);
  expect(failed).toEqual([]);
});

test("the lab probes S1 to S5 with more than 30 probes, the allowed APIs end to end", () => {
  const [rendered, , noTable] = report.phases;
  expect(rendered!.results.length).toBeGreaterThanOrEqual(30);
  const invariants = new Set(report.phases.flatMap((p) => p.results.map((r) => r.probe.invariant)));
  expect([...invariants].sort()).toEqual(["S1", "S2", "S3", "S4", "S5"]);
  const allowed = rendered!.results.filter((r) => r.probe.id === "proxy-api.anthropic.com");
  expect(allowed[0]?.observed).toBe("http 200 reached internet:443");
  expect(noTable!.results.length).toBe(withoutTable(lab.probes).length);
});

test("loading the ruleset a second time leaves the table as it was", () => {
  expect(report.checks).toEqual([expect.objectContaining({ pass: true })]);
});

describe("the lab reports a leak when", () => {
  afterEach(restore);

  test("the host accepts everything from the bridge", async () => {
    lab.loadRuleset(acceptAllFromBridge(ruleset, config.network.bridge));
    const leaks = await leaksOf(toHost());
    expect(leaks).toEqual(
      expect.arrayContaining(["dns-udp-bridge", "dns-tcp-bridge", "host-tcp-22", "host-ping"]),
    );
  }, 30_000);

  test("the forward drop is gone and the bridge forwards", async () => {
    lab.loadRuleset(withoutForwardDrop(ruleset));
    expect(await leaksOf(forwarded())).toEqual([]);
    setBridgeForwarding(true);
    const leaks = await leaksOf(forwarded());
    expect(leaks).toEqual(
      expect.arrayContaining(["dns-udp-internet", "internet-tcp-443", "lan-tcp-22", "lan-ping"]),
    );
  }, 30_000);

  test("the proxy's filter is unanchored", async () => {
    lab.reloadFilter(unanchoredFilter(filter));
    const leaks = await leaksOf(viaProxy());
    expect(leaks).toEqual(
      // The patterns hold a port or a slash after the name, so unanchored they still refuse
      // `api.anthropic.com.evil.test:443`; a name around an exact entry gets through.
      expect.arrayContaining(["proxy-xapi.telegram.org", "proxy-evil.api.telegram.org"]),
    );
  }, 30_000);

  test("the proxy's own egress is not limited", async () => {
    lab.loadRuleset(withoutProxyEgressLimit(ruleset));
    expect(await leaksOf(viaProxy())).toEqual(["proxy-get-port-80", "proxy-get-port-8443"]);
  }, 30_000);

  test("the table is deleted and IPv6 is back on the bridge", async () => {
    lab.host(`${profile.nft} delete table ${NFT_TABLE.family} ${NFT_TABLE.name}`);
    lab.host(`echo 0 > /proc/sys/net/ipv6/conf/${config.network.bridge}/disable_ipv6`);
    // The bridge's link-local address is usable once duplicate detection is over; turning
    // IPv6 off also dropped the host's route back to the VM's IPv6 network.
    const { v6, bridge } = lab.topology;
    const ready = `ip -6 addr show dev ${bridge} scope link | grep -v tentative | grep -q inet6`;
    await waitFor(
      "the bridge's link-local address",
      () => shStatus(`ip netns exec ${lab.topology.ns.host} bash -c '${ready}'`).code === 0,
      5_000,
      100,
    );
    lab.host(`ip -6 route replace ${v6.vm}/${v6.prefix} dev ${bridge}`);
    const leaks = await leaksOf(lab.probes.filter((probe) => /-v6-/.test(probe.id)));
    expect(leaks.sort()).toEqual([
      "host-v6-ll-ping",
      "host-v6-ll-tcp-22",
      "internet-v6-ping",
      "internet-v6-tcp-443",
    ]);
  }, 30_000);

  test("the table is deleted and the bridge forwards", async () => {
    lab.host(`${profile.nft} delete table ${NFT_TABLE.family} ${NFT_TABLE.name}`);
    setBridgeForwarding(true);
    const leaks = await leaksOf(withoutTable(lab.probes));
    expect(leaks).toEqual(
      expect.arrayContaining(["no-table-internet-tcp-443", "no-table-lan-tcp-80"]),
    );
  }, 30_000);
});
