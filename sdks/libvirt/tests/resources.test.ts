// The resource classes under Pulumi's mock monitor: tokens, camelCase inputs on the wire,
// required-input errors and computed outputs, checked against what the program declares.
import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "../index";
import { COMPUTED, recordRegistrations, registrationOf, valueOf } from "./mockMonitor";

const { registrations } = recordRegistrations();

// Wire shapes written out literally (not built from the SDK) so a renamed or dropped property
// fails here; they mirror the inputs the program gives each resource.
const poolInputs = { name: "asb-sdk-pool", type: "dir", target: { path: "/var/lib/asb-sdk" } };
const overlayInputs = {
  name: "vm1-root.qcow2",
  pool: "asb-sdk-pool",
  capacity: 21474836480,
  target: {
    format: { type: "qcow2" },
    permissions: { owner: "64055", group: "64055", mode: "0600" },
  },
  backingStore: { path: "/var/lib/asb-sdk/base.qcow2", format: { type: "qcow2" } },
};
const baseInputs = {
  name: "base.qcow2",
  pool: "asb-sdk-pool",
  target: { format: { type: "qcow2" } },
  create: { content: { url: "/var/cache/asb-sdk/debian-12.qcow2" } },
};
const networkInputs = {
  name: "asb-sdk-net",
  forward: { mode: "open" },
  bridge: { name: "virbr-asb", stp: "on" },
  ips: [
    {
      address: "10.20.0.1",
      prefix: 24,
      dhcp: {
        ranges: [{ start: "10.20.0.100", end: "10.20.0.200" }],
        hosts: [{ mac: "52:54:00:00:00:10", ip: "10.20.0.10", name: "vm1" }],
      },
    },
  ],
  dns: { enable: "no" },
  autostart: true,
};
const domainInputs = {
  name: "vm1",
  type: "kvm",
  memory: 2048,
  memoryUnit: "MiB",
  vcpu: 2,
  running: true,
  autostart: true,
  os: {
    type: "hvm",
    typeArch: "x86_64",
    typeMachine: "q35",
    kernel: "/boot/vmlinuz",
    initrd: "/boot/initrd.img",
    cmdline: "console=ttyS0",
  },
  devices: {
    disks: [
      {
        device: "disk",
        source: { volume: { pool: "asb-sdk-pool", volume: "vm1-root.qcow2" } },
        target: { dev: "vda", bus: "virtio" },
        driver: { name: "qemu", type: "qcow2" },
      },
      {
        device: "cdrom",
        source: { file: { file: "/var/lib/asb-sdk/seed.iso" } },
        target: { dev: "sda", bus: "sata" },
        readOnly: true,
      },
    ],
    interfaces: [
      {
        source: { network: { network: "asb-sdk-net" } },
        model: { type: "virtio" },
        mac: { address: "52:54:00:00:00:10" },
      },
    ],
    serials: [{ target: { port: 0 } }],
    consoles: [{ target: { type: "serial", port: 0 } }],
    videos: [{ model: { type: "none" } }],
    inputs: [{ type: "keyboard", bus: "virtio" }],
    channels: [{ target: { virtIo: { name: "org.qemu.guest_agent.0" } } }],
    controllers: [{ type: "usb", model: "none" }],
    memBalloon: { model: "virtio" },
    rngs: [{ model: "virtio", backend: { random: "/dev/urandom" } }],
  },
};

describe("Pool", () => {
  test("registers as libvirt:index/pool:Pool with its inputs unchanged", async () => {
    const pool = new libvirt.Pool("pool", poolInputs);
    const seen = await registrationOf(pool, registrations);
    expect(seen.type).toBe("libvirt:index/pool:Pool");
    expect(seen.inputs).toEqual(poolInputs);
  });

  test("reports the computed uuid and sizes", async () => {
    const pool = new libvirt.Pool("pool-computed", poolInputs);
    const expected = COMPUTED["libvirt:index/pool:Pool"];
    expect(await valueOf(pool.uuid)).toBe(expected.uuid);
    expect(await valueOf(pool.capacity)).toBe(expected.capacity);
    expect(await valueOf(pool.available)).toBe(expected.available);
    expect(await valueOf(pool.allocation)).toBe(expected.allocation);
  });

  test("refuses to be declared without a type", () => {
    const noType = { name: "p" } as unknown as libvirt.PoolArgs;
    expect(() => new libvirt.Pool("pool-no-type", noType)).toThrow(
      "Missing required property 'type'",
    );
  });
});

describe("Volume", () => {
  test("sends an overlay's nested target, permissions and backingStore in camelCase", async () => {
    const overlay = new libvirt.Volume("overlay", overlayInputs);
    const seen = await registrationOf(overlay, registrations);
    expect(seen.type).toBe("libvirt:index/volume:Volume");
    expect(seen.inputs).toEqual(overlayInputs);
  });

  test("sends a base image's create.content.url", async () => {
    const base = new libvirt.Volume("base", baseInputs);
    expect((await registrationOf(base, registrations)).inputs).toEqual(baseInputs);
  });

  test("reports the computed path, key, allocation and physical size", async () => {
    const base = new libvirt.Volume("base-computed", baseInputs);
    const expected = COMPUTED["libvirt:index/volume:Volume"];
    expect(await valueOf(base.path)).toBe(expected.path);
    expect(await valueOf(base.key)).toBe(expected.key);
    expect(await valueOf(base.allocation)).toBe(expected.allocation);
    expect(await valueOf(base.physical)).toBe(expected.physical);
  });

  test("refuses to be declared without a pool", () => {
    const noPool = { name: "v.qcow2" } as unknown as libvirt.VolumeArgs;
    expect(() => new libvirt.Volume("volume-no-pool", noPool)).toThrow(
      "Missing required property 'pool'",
    );
  });

  test("skips the required check when rehydrating from a URN", async () => {
    // The mock monitor can only look up URNs it registered, so register the volume first.
    const urn = await valueOf(new libvirt.Volume("old", baseInputs).urn);
    const noPool = {} as unknown as libvirt.VolumeArgs;
    const rehydrated = new libvirt.Volume("old", noPool, { urn });
    expect(await valueOf(rehydrated.path)).toBe(COMPUTED["libvirt:index/volume:Volume"].path);
  });
});

describe("Network", () => {
  test("sends forward, bridge, pluralised ips with DHCP ranges and hosts, dns and autostart", async () => {
    const network = new libvirt.Network("network", networkInputs);
    const seen = await registrationOf(network, registrations);
    expect(seen.type).toBe("libvirt:index/network:Network");
    expect(seen.inputs).toEqual(networkInputs);
  });

  test("reports the computed uuid", async () => {
    const network = new libvirt.Network("network-computed", networkInputs);
    expect(await valueOf(network.uuid)).toBe("network-uuid");
  });
});

describe("Domain", () => {
  test("sends os and every device list with camelCase, pluralised names", async () => {
    const domain = new libvirt.Domain("domain", domainInputs);
    const seen = await registrationOf(domain, registrations);
    expect(seen.type).toBe("libvirt:index/domain:Domain");
    expect(seen.inputs).toEqual(domainInputs);
  });

  test("reports uuid and domainId, while its Pulumi ID is the bridge placeholder", async () => {
    const domain = new libvirt.Domain("domain-computed", domainInputs);
    expect(await valueOf(domain.uuid)).toBe("domain-uuid");
    expect(await valueOf(domain.domainId)).toBe(7);
    expect(await valueOf(domain.id)).toBe("missing ID");
  });

  test("refuses to be declared without a type", () => {
    const noType = { name: "vm" } as unknown as libvirt.DomainArgs;
    expect(() => new libvirt.Domain("domain-no-type", noType)).toThrow(
      "Missing required property 'type'",
    );
  });
});

describe("CloudinitDisk", () => {
  const seed = { name: "seed.iso", userData: "#cloud-config\n", metaData: "instance-id: vm1\n" };

  test("registers under the 0.9 token cloudinitDisk:CloudinitDisk", async () => {
    const disk = new libvirt.CloudinitDisk("seed", seed);
    const seen = await registrationOf(disk, registrations);
    expect(seen.type).toBe("libvirt:index/cloudinitDisk:CloudinitDisk");
    expect(seen.inputs).toEqual(seed);
    expect(await valueOf(disk.path)).toBe("/tmp/seed.iso");
  });

  test("refuses to be declared without user data", () => {
    const noUserData = { metaData: "x" } as unknown as libvirt.CloudinitDiskArgs;
    expect(() => new libvirt.CloudinitDisk("seed-bad", noUserData)).toThrow(
      "Missing required property 'userData'",
    );
  });
});

describe("resources read back from state", () => {
  test("rehydrate as the SDK's classes through the registered resource modules", async () => {
    const urn = await valueOf(new libvirt.Domain("vm-state", domainInputs).urn);
    const module = pulumi.runtime.getResourceModule("libvirt", "index/domain", "0.9.7");
    const domain = module?.construct("vm-state", "libvirt:index/domain:Domain", urn);
    expect(libvirt.Domain.isInstance(domain)).toBe(true);
    expect(libvirt.Volume.isInstance(domain)).toBe(false);
  });
});
