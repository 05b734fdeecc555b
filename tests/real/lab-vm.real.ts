import { NFT_TABLE } from "../../render/hostProfile";
import { Check, Phase } from "../../lab/phases";
import { Probe, withoutTable } from "../../lab/probeTable";
import { renderSysctl } from "../../render/sysctl";
import { VmLab, startVmLab } from "../../lab/vm";
import { homeConfig } from "../fixtures/homeConfig";

// The isolation lab with a real VM: libvirtd defines the program's network after the firewall
// is loaded, and a tiny TCG guest with the VM's MAC takes its lease and probes from inside.
const config = homeConfig();
const forwardingKey = `/proc/sys/net/ipv4/conf/${config.network.bridge}/forwarding`;
const loosened = renderSysctl(config).replace(/(\.forwarding = )0$/m, "$11");
let lab: VmLab;
const boots: Array<{ phase: Phase; lease: Check }> = [];
let forwardingAfterPlug = "";

/** A few forwarded probes, with the table gone: leaks answer at once, so this boot is short. */
function few(): Probe[] {
  const ids = new Set(["internet-tcp-443", "lan-tcp-22", "dns-udp-internet", "internet-ping"]);
  return withoutTable(lab.probes.filter((probe) => ids.has(probe.id)));
}

beforeAll(async () => {
  lab = await startVmLab({ config, id: "w" });
  boots.push(await lab.boot("as rendered", lab.probes));
  lab.host(`nft delete table ${NFT_TABLE.family} ${NFT_TABLE.name}`);
  boots.push(await lab.boot("no table", withoutTable(lab.probes)));
  // Forwarding turned on by hand (as libvirt's own ip_forward write would): the hook turns it
  // off again when the guest's NIC is plugged in.
  lab.host(`echo 1 > ${forwardingKey}`);
  boots.push(await lab.boot("forwarding on by hand", few()));
  forwardingAfterPlug = lab.host(`cat ${forwardingKey}`).trim();
  // A sysctl file that lets the bridge forward: now nothing stops the guest.
  lab.writeSysctlFile(loosened);
  boots.push(await lab.boot("sysctl file loosened", few()));
}, 200_000);

afterAll(() => lab?.stop());

test("every probe from inside the VM passes, with the firewall and with no table", () => {
  const failed = boots
    .slice(0, 2)
    .flatMap(({ phase }) => phase.results.filter((r) => !r.pass))
    .map((r) => `${r.probe.id}: ${r.observed}`);
  expect(failed).toEqual([]);
  expect(boots[0]!.phase.results.length).toBe(lab.probes.length);
});

test("the allowed APIs are reached end to end from inside the VM", () => {
  const allowed = boots[0]!.phase.results.find((r) => r.probe.id === "proxy-api.anthropic.com");
  expect(allowed?.observed).toBe("http 200 reached internet:443");
});

test("the VM leases its reserved address by DHCP, with no DNS server (S1)", () => {
  for (const { lease } of boots) expect(lease).toEqual(expect.objectContaining({ pass: true }));
});

test("the rendered network hook turns forwarding and IPv6 off on libvirt's bridge", () => {
  expect(lab.bridgeChecks.map((check) => [check.name, check.pass])).toEqual([
    [expect.stringMatching(/forwarding off/), true],
    [expect.stringMatching(/IPv6 off/), true],
  ]);
  expect(lab.bridgeChecks[0]!.detail).toMatch(/default forwarding=1/);
});

test("the hook turns forwarding off again when the guest's NIC is plugged in", () => {
  expect(boots[2]!.phase.results.filter((r) => !r.pass)).toEqual([]);
  expect(forwardingAfterPlug).toBe("0");
});

test("the guest's probes report the leak when the sysctl file lets the bridge forward", () => {
  expect(loosened).not.toBe(renderSysctl(config));
  const leaks = boots[3]!.phase.results.filter((r) => r.leak).map((r) => r.probe.id);
  expect(leaks.sort()).toEqual([
    "no-table-dns-udp-internet",
    "no-table-internet-ping",
    "no-table-internet-tcp-443",
    "no-table-lan-tcp-22",
  ]);
});
