import { homeConfig } from "../fixtures/homeConfig";
import { LAB_NAMES, labHostsFile, labTopology, linkLocalFromMac } from "../../lab/topology";

const config = homeConfig();

test("the lab uses the stack's bridge and addresses, and prefixed namespaces", () => {
  const topology = labTopology(config, "x");
  expect(topology.bridge).toBe(config.network.bridge);
  expect(topology.hostAddress).toBe(config.network.hostAddress);
  expect(topology.vmAddress).toBe(config.network.vmAddress);
  expect(Object.values(topology.ns)).toEqual([
    "asb-labx-host",
    "asb-labx-vm",
    "asb-labx-lan",
    "asb-labx-net",
  ]);
  for (const name of Object.values(topology.links)) expect(name.length).toBeLessThanOrEqual(15);
});

test("a lab id that could break a namespace name is refused", () => {
  expect(() => labTopology(config, "a b")).toThrow(/lab id/);
  expect(() => labTopology(config, "")).toThrow(/lab id/);
});

test("the host's hosts file points every lab name at the fake internet server", () => {
  const topology = labTopology(config, "x");
  const lines = labHostsFile(topology).trim().split("\n");
  expect(lines).toContain("203.0.113.10 api.anthropic.com");
  expect(lines).toContain("203.0.113.10 api.anthropic.com.evil.test");
  expect(lines.length).toBe(LAB_NAMES.length + 1);
});

test("the link-local address follows EUI-64 from the MAC", () => {
  expect(linkLocalFromMac("52:54:00:12:34:56")).toBe("fe80::5054:ff:fe12:3456");
  expect(linkLocalFromMac("02:00:00:00:00:01")).toBe("fe80::0:ff:fe00:1");
  expect(() => linkLocalFromMac("52:54:00:12:34")).toThrow(/not a MAC/);
});
