import { homeConfig } from "../fixtures/homeConfig";
import {
  Probe,
  allowlistAllows,
  ipLiteralSpellings,
  labProbes,
  withoutTable,
} from "../../lab/probeTable";
import { labTopology } from "../../lab/topology";

const config = homeConfig();
const topology = labTopology(config, "u");
const probes = labProbes(config, topology, "fe80::1");
const byId = (id: string): Probe => {
  const probe = probes.find((p) => p.id === id);
  if (!probe) throw new Error(`no probe ${id}`);
  return probe;
};

describe("allowlistAllows", () => {
  const allowlist = ["*.anthropic.com", "api.telegram.org"];

  test.each(["api.anthropic.com", "a.b.anthropic.com", "API.Anthropic.COM", "api.telegram.org"])(
    "lets %s through",
    (host) => expect(allowlistAllows(allowlist, host)).toBe(true),
  );

  test.each([
    "anthropic.com",
    "xanthropic.com",
    "api.anthropic.com.evil.test",
    "telegram.org",
    "xapi.telegram.org",
    "evil.api.telegram.org",
    "203.0.113.10",
  ])("refuses %s", (host) => expect(allowlistAllows(allowlist, host)).toBe(false));
});

test("every IP literal spelling names the same address to a resolver", () => {
  const spellings = ipLiteralSpellings("203.0.113.10");
  expect(spellings).toEqual([
    "203.0.113.10",
    "3405803786",
    "0xcb00710a",
    "0313.00.0161.012",
    "[::ffff:203.0.113.10]",
    "[::ffff:cb00:710a]",
  ]);
  const octal = spellings[3]!.split(".").map((part) => parseInt(part, 8));
  expect(octal.join(".")).toBe("203.0.113.10");
  expect(Number(spellings[1])).toBe(parseInt(spellings[2]!.slice(2), 16));
});

test("the lab has more than 30 probes with unique ids, covering S1 to S4", () => {
  expect(probes.length).toBeGreaterThan(30);
  expect(new Set(probes.map((p) => p.id)).size).toBe(probes.length);
  expect([...new Set(probes.map((p) => p.invariant))].sort()).toEqual(["S1", "S2", "S3", "S4"]);
});

test("only the proxy port and the allowed names are expected open", () => {
  const open = probes.filter((p) => p.expect === "open").map((p) => p.id);
  expect(open.sort()).toEqual([
    "host-proxy-port",
    "proxy-API.ANTHROPIC.COM",
    "proxy-api.anthropic.com",
    "proxy-api.telegram.org",
    "proxy-console.anthropic.com",
  ]);
});

test("an allowed name must reach the fake internet's 443 end to end", () => {
  expect(byId("proxy-api.anthropic.com").reaches).toBe("internet:443");
});

test("upper-case names go to the proxy raw, since curl would lower them", () => {
  expect(byId("proxy-API.ANTHROPIC.COM").action).toEqual({
    kind: "raw",
    request: "CONNECT API.ANTHROPIC.COM:443 HTTP/1.1\\r\\nHost: API.ANTHROPIC.COM:443\\r\\n\\r\\n",
  });
});

test("DNS is probed over UDP and TCP at the bridge, the LAN and the internet", () => {
  for (const where of ["bridge", "lan", "internet"]) {
    expect(byId(`dns-udp-${where}`).action.kind).toBe("dns");
    expect(byId(`dns-tcp-${where}`).action).toEqual(expect.objectContaining({ port: 53 }));
  }
});

test("the control port and the link-local host address are probed", () => {
  expect(byId(`host-tcp-${config.wireguard.controlPort}`).expect).toBe("shut");
  expect(byId("host-v6-ll-tcp-22").action).toEqual({ kind: "tcp", host: "fe80::1%eth0", port: 22 });
});

test("with the table gone, only forwarded probes run again, as S5", () => {
  const again = withoutTable(probes);
  expect(again.length).toBe(probes.filter((p) => p.forwarded).length);
  expect(again.every((p) => p.invariant === "S5" && p.id.startsWith("no-table-"))).toBe(true);
  expect(again.map((p) => p.id)).toContain("no-table-internet-tcp-443");
  expect(again.map((p) => p.id)).not.toContain("no-table-host-tcp-22");
});
