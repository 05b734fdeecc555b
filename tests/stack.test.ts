/**
 * Stack tests: the real program (index.ts) with the home stack's config, run against Pulumi's
 * mock monitor. They prove the wiring: what is declared, with which inputs and in which order.
 * What the rendered files do is proven by the real tests in tests/real/.
 */
import { ProgramRun, RecordedResource, runProgram } from "../scripts/mockRun";
import { scriptOfRootCommand } from "../render/script";
import { stackConfig } from "../scripts/stackConfig";

const config = stackConfig("home");
let run: ProgramRun;

beforeAll(async () => {
  run = await runProgram("home");
});

const FIREWALL = "agent-sandbox:host:Firewall::sandbox";
const NETWORK = "agent-sandbox:libvirt:Network::sandbox";

function script(resource: RecordedResource, key: "create" | "delete"): string {
  const line = resource.inputs[key];
  if (typeof line !== "string") throw new Error(`${resource.name} has no ${key}`);
  const inner = scriptOfRootCommand(line);
  if (inner === undefined) throw new Error(`${resource.name} ${key} does not run through sudo -n`);
  return inner;
}

describe("the libvirt network", () => {
  let network: RecordedResource;
  beforeAll(() => {
    network = run.get("sandbox-network", "libvirt:index/network:Network");
  });

  test("forwards in open mode, so libvirt writes no firewall rules of its own", () => {
    expect(network.inputs.forward).toEqual({ mode: "open" });
  });

  test("has DNS off and no IPv6 address (S1, S3)", () => {
    expect(network.inputs.dns).toEqual({ enable: "no" });
    const ips = network.inputs.ips as Array<{ address: string; family?: string }>;
    expect(ips.map((ip) => ip.address)).toEqual([config.network.hostAddress]);
    expect(ips.every((ip) => ip.family === undefined && !ip.address.includes(":"))).toBe(true);
  });

  test("leases one address, and only to the VM's MAC", () => {
    const [ip] = network.inputs.ips as Array<{ dhcp: { ranges: unknown[]; hosts: unknown[] } }>;
    expect(ip!.dhcp.ranges).toEqual([
      { start: config.network.vmAddress, end: config.network.vmAddress },
    ]);
    expect(ip!.dhcp.hosts).toEqual([
      { mac: config.network.vmMac, ip: config.network.vmAddress, name: config.vmName },
    ]);
  });

  test("uses the fixed bridge name and starts with the host", () => {
    expect(network.inputs.bridge).toEqual({ name: "virbr-agent", stp: "on" });
    expect(network.inputs.autostart).toBe(true);
  });

  test("is created only after the firewall (S9) and replaced rather than half-updated", () => {
    expect(network.dependsOn).toContain(FIREWALL);
    expect(network.deleteBeforeReplace).toBe(true);
    expect(network.replaceOnChanges).toEqual(expect.arrayContaining(["forward", "ips", "dns"]));
  });

  test("uses the provider for the stack's libvirt URI", () => {
    expect(network.provider).toBe("pulumi:providers:libvirt::libvirt");
    expect(run.get("libvirt", "pulumi:providers:libvirt").inputs.uri).toBe("qemu:///system");
  });
});

describe("the host firewall", () => {
  let firewall: RecordedResource;
  beforeAll(() => {
    firewall = run.get("sandbox-nftables");
  });

  test("runs locally through sudo -n for a local libvirt URI", () => {
    expect(firewall.type).toBe("command:local:Command");
    expect(firewall.inputs.create).toMatch(/^sudo -n \/bin\/bash -c /);
  });

  test("loads our own table atomically and never flushes the ruleset", () => {
    const create = script(firewall, "create");
    expect(create).toContain("table inet agent_sandbox\ndelete table inet agent_sandbox\n");
    expect(create).toMatch(/nft -f \/etc\/agent-sandbox\/nftables\.nft/);
    expect(create).not.toMatch(/flush ruleset/);
  });

  test("deletes only our table, and only for the generation it created", () => {
    const remove = script(firewall, "delete");
    expect(remove).toMatch(/nft delete table inet agent_sandbox/);
    expect(remove).not.toMatch(/flush|delete table (?!inet agent_sandbox)/);
    expect(remove).toMatch(/\$given" != "\$recorded"/);
    expect(firewall.inputs.addPreviousOutputInEnv).toBe(true);
  });

  test("is replaced create-before-delete, so no moment is left without a table", () => {
    expect(firewall.deleteBeforeReplace).toBe(false);
  });

  test("installs the bridge's fail-closed sysctls (S5)", () => {
    const create = script(firewall, "create");
    expect(create).toContain(`net.ipv4.conf.${config.network.bridge}.forwarding = 0`);
    expect(create).toContain(`net.ipv6.conf.${config.network.bridge}.disable_ipv6 = 1`);
  });
});

describe("the egress proxy", () => {
  let proxy: RecordedResource;
  beforeAll(() => {
    proxy = run.get("sandbox-tinyproxy");
  });

  test("starts after the firewall and the network whose bridge address it listens on", () => {
    expect(proxy.dependsOn).toEqual(expect.arrayContaining([FIREWALL, NETWORK]));
  });

  test("listens on the bridge address and allows only the VM", () => {
    const create = script(proxy, "create");
    expect(create).toContain(`Listen ${config.network.hostAddress}\n`);
    expect(create).toContain(`Allow ${config.network.vmAddress}\n`);
    expect(create).toContain("ConnectPort 443\n");
    expect(create).toContain("FilterDefaultDeny Yes\n");
  });

  test("exports the proxy URL the guest uses", () => {
    expect(run.outputs.proxyUrl).toBe("http://10.77.0.1:8888");
  });
});

describe("the program", () => {
  test("makes no invokes (the mock throws on any)", () => {
    expect(run.resources.length).toBeGreaterThan(0);
  });

  test("fails on bad config with the key named", async () => {
    await expect(runProgram("home", { bridgeName: "virbr-agent-sandbox" })).rejects.toThrow(
      /agent-sandbox:bridgeName/,
    );
  });
});
