/**
 * Stack tests: the real program (index.ts) with the home stack's config, run against Pulumi's
 * mock monitor. They prove the wiring: what is declared, with which inputs and in which order.
 * What the rendered files do is proven by the real tests in tests/real/.
 */
import * as pulumi from "@pulumi/pulumi";
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

describe("the storage", () => {
  test("keeps the data disk through replaces and destroys (S7)", () => {
    const data = run.get("sandbox-data");
    expect([data.protect, data.retainOnDelete]).toEqual([true, true]);
    expect(data.inputs).toMatchObject({
      name: "agent-sandbox-data.qcow2",
      capacity: 50 * 1024 ** 3,
      target: { format: { type: "qcow2" } },
    });
  });

  test("backs the overlay by the base, with both formats explicit (S6)", () => {
    const overlay = run.get("sandbox-overlay");
    expect(overlay.inputs).toMatchObject({
      name: "agent-sandbox-root.qcow2",
      capacity: 20 * 1024 ** 3,
      target: { format: { type: "qcow2" } },
      backingStore: { path: run.outputs.basePath, format: { type: "qcow2" } },
    });
    expect(run.outputs.basePath).toMatch(
      /^\/var\/lib\/libvirt\/agent-sandbox\/agent-sandbox-base-/,
    );
  });

  test("replaces the overlay on any change or a new reset token, deleting first", () => {
    const overlay = run.get("sandbox-overlay");
    expect(overlay.replaceOnChanges).toEqual(["*"]);
    expect(overlay.deleteBeforeReplace).toBe(true);
    expect(overlay.replacementTrigger).toBe(config.overlayResetToken);
  });

  test("builds the overlay only on a verified, hardened base", () => {
    const overlay = run.get("sandbox-overlay");
    expect(overlay.dependsOn).toContain("command:local:Command::sandbox-base");
    const create = script(run.get("sandbox-base"), "create");
    expect(create).toContain(config.image.sha512SumsUrl!);
    expect(create).toMatch(/sha512sum/);
  });

  test("never lets the pool's removal delete its folder, which holds the data disk", () => {
    const pool = run.get("sandbox-pool");
    expect(pool.inputs).toMatchObject({ type: "dir", target: { path: config.poolPath } });
    expect(pool.inputs.destroy).toEqual({ delete: false });
  });
});

describe("the VM", () => {
  let domain: RecordedResource;
  type Devices = Record<string, unknown> & {
    disks: Array<{ source: { file: { file: string } }; target: { dev: string } }>;
    interfaces: Array<{ source: { network: { network: string } }; model: { type: string } }>;
  };
  let devices: Devices;
  beforeAll(() => {
    domain = run.get("sandbox-domain");
    devices = domain.inputs.devices as Devices;
  });

  test("has exactly two disks: the overlay, then the data disk", () => {
    expect(devices.disks.map((disk) => [disk.target.dev, disk.source.file.file])).toEqual([
      ["vda", `${config.poolPath}/agent-sandbox-root.qcow2`],
      ["vdb", `${config.poolPath}/agent-sandbox-data.qcow2`],
    ]);
  });

  test("has one virtio NIC on the sandbox network with the VM's MAC", () => {
    expect(devices.interfaces).toEqual([
      {
        source: { network: { network: config.network.name } },
        model: { type: "virtio" },
        mac: { address: config.network.vmMac },
      },
    ]);
  });

  test("has a serial console and nothing else: no graphics, video, USB, sound or channels", () => {
    expect(Object.keys(devices).sort()).toEqual(
      ["controllers", "disks", "interfaces", "memBalloon", "serials"].sort(),
    );
    expect(devices.serials).toEqual([{ target: { port: 0 } }]);
    expect(devices.controllers).toEqual([{ type: "usb", model: "none" }]);
    expect(devices.memBalloon).toEqual({ model: "none" });
  });

  test("starts only after the firewall, the proxy and the overlay hook exist (S9)", () => {
    expect(domain.dependsOn).toEqual(
      expect.arrayContaining([
        FIREWALL,
        NETWORK,
        "agent-sandbox:host:EgressProxy::sandbox",
        "command:local:Command::sandbox-qemu-hook",
      ]),
    );
  });

  test("is replaced, and so restarted, onto a new overlay", () => {
    expect(domain.replaceWith).toEqual(["libvirt:index/volume:Volume::sandbox-overlay"]);
    expect(domain.deleteBeforeReplace).toBe(true);
  });

  test("installs a hook that recreates the very overlay the domain boots from", () => {
    const create = script(run.get("sandbox-qemu-hook"), "create");
    expect(create).toContain(`overlay='${devices.disks[0]!.source.file.file}'`);
    expect(create).toContain(`base='${String(run.outputs.basePath)}'`);
    expect(script(run.get("sandbox-qemu-hook"), "delete")).toMatch(
      /rm -f \/etc\/libvirt\/hooks\/qemu\.d\/agent-sandbox/,
    );
  });

  test("ends on a reboot from inside, so the next run is a real start on a fresh overlay", () => {
    expect(domain.inputs.onReboot).toBe("destroy");
  });
});

describe("the control service", () => {
  test("gets a generated token on stdin, never in its script", () => {
    const service = run.get("sandbox-service");
    expect(service.inputs.stdin).toBe("mock-password-of-sandbox-token");
    expect(script(service, "create")).not.toContain("mock-password-of-sandbox-token");
  });

  test("binds to the WireGuard address and is reached only there", () => {
    const create = script(run.get("sandbox-service"), "create");
    expect(create).toContain(`"address": "${config.wireguard.address}"`);
    const nft = script(run.get("sandbox-nftables"), "create");
    expect(nft).toContain(
      `iifname "${config.wireguard.interface}" tcp dport ${config.wireguard.controlPort} accept`,
    );
  });

  test("exports its URL, and its token only as a secret", async () => {
    expect(run.outputs.controlUrl).toBe(`http://${config.wireguard.address}:8080/`);
    expect(await pulumi.isSecret(run.rawOutputs.controlToken as pulumi.Output<string>)).toBe(true);
    expect(await pulumi.isSecret(run.rawOutputs.controlUrl as pulumi.Output<string>)).toBeFalsy();
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
