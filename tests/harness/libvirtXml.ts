/**
 * Turns the program's libvirt inputs into the XML the provider (dmacvicar/libvirt 0.9) defines
 * from them, so real tests run exactly what the program declares. It covers the fields
 * render/libvirt.ts sets and throws on any other, so a new field cannot slip past the tests.
 */
import type * as libvirt from "@pulumi/libvirt";

type Plain<T> = T extends string | number | boolean
  ? T
  : T extends object
    ? { [K in keyof T]: Plain<Exclude<T[K], undefined | Promise<unknown>>> }
    : T;
// The inputs built by render/libvirt.ts hold plain values once outputs are resolved.
type NetworkInputs = Record<string, unknown>;

function esc(value: unknown): string {
  return String(value).replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/</g, "&lt;");
}

function only(what: string, value: object, allowed: string[]): void {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length > 0)
    throw new Error(`libvirtXml: ${what} has unmapped fields ${extra.join(", ")}`);
}

/** Network XML for `networkArgs(config)`. */
export function networkXml(args: libvirt.NetworkArgs): string {
  const a = args as unknown as Plain<NetworkInputs> & {
    name: string;
    forward: { mode: string };
    bridge: { name: string; stp: string };
    ips: Array<{
      address: string;
      prefix: number;
      dhcp: {
        ranges: Array<{ start: string; end: string }>;
        hosts: Array<{ mac: string; ip: string; name: string }>;
      };
    }>;
    dns: { enable: string };
    autostart?: boolean;
  };
  only("network", a, ["name", "forward", "bridge", "ips", "dns", "autostart"]);
  const ips = a.ips.map((ip) => {
    const ranges = ip.dhcp.ranges.map(
      (r) => `<range start='${esc(r.start)}' end='${esc(r.end)}'/>`,
    );
    const hosts = ip.dhcp.hosts.map(
      (h) => `<host mac='${esc(h.mac)}' ip='${esc(h.ip)}' name='${esc(h.name)}'/>`,
    );
    return (
      `  <ip address='${esc(ip.address)}' prefix='${esc(ip.prefix)}'>\n` +
      `    <dhcp>\n      ${[...ranges, ...hosts].join("\n      ")}\n    </dhcp>\n  </ip>`
    );
  });
  return [
    "<network>",
    `  <name>${esc(a.name)}</name>`,
    `  <forward mode='${esc(a.forward.mode)}'/>`,
    `  <bridge name='${esc(a.bridge.name)}' stp='${esc(a.bridge.stp)}'/>`,
    `  <dns enable='${esc(a.dns.enable)}'/>`,
    ...ips,
    "</network>",
  ].join("\n");
}

interface DomainDisk {
  device: string;
  source: { file: { file: string } };
  target: { dev: string; bus: string };
  driver: { name: string; type: string; discard?: string };
  serial?: string;
  readOnly?: boolean;
}

/**
 * Domain XML for `domainArgs(...)`. Tests may override what cannot run here: `type` (TCG
 * `qemu` instead of `kvm`), direct kernel boot, and a log file for the serial console.
 */
export function domainXml(
  args: libvirt.DomainArgs,
  test: {
    type?: string;
    kernel?: string;
    initrd?: string;
    cmdline?: string;
    serialLog?: string;
  } = {},
): string {
  const a = args as unknown as {
    name: string;
    type: string;
    memory: number;
    memoryUnit: string;
    vcpu: number;
    onReboot?: string;
    onCrash?: string;
    os: { type: string; typeArch: string; typeMachine: string };
    features?: { acpi?: boolean };
    devices: {
      disks: DomainDisk[];
      interfaces: Array<{
        source: { network: { network: string } };
        model: { type: string };
        mac: { address: string };
      }>;
      serials: Array<{ target: { port: number } }>;
      controllers?: Array<{ type: string; model: string }>;
      memBalloon?: { model: string };
    };
  };
  only("domain", a, [
    "name",
    "type",
    "memory",
    "memoryUnit",
    "vcpu",
    "running",
    "autostart",
    "onReboot",
    "onCrash",
    "os",
    "features",
    "devices",
  ]);
  only("domain.devices", a.devices, [
    "disks",
    "interfaces",
    "serials",
    "controllers",
    "memBalloon",
  ]);
  const boot = test.kernel
    ? [
        `    <kernel>${esc(test.kernel)}</kernel>`,
        `    <initrd>${esc(test.initrd)}</initrd>`,
        `    <cmdline>${esc(test.cmdline ?? "console=ttyS0")}</cmdline>`,
      ]
    : [];
  const disks = a.devices.disks.map((d) => {
    only("disk", d, ["device", "source", "target", "driver", "serial", "readOnly"]);
    const discard = d.driver.discard ? ` discard='${esc(d.driver.discard)}'` : "";
    return [
      `    <disk type='file' device='${esc(d.device)}'>`,
      `      <driver name='${esc(d.driver.name)}' type='${esc(d.driver.type)}'${discard}/>`,
      `      <source file='${esc(d.source.file.file)}'/>`,
      `      <target dev='${esc(d.target.dev)}' bus='${esc(d.target.bus)}'/>`,
      ...(d.serial ? [`      <serial>${esc(d.serial)}</serial>`] : []),
      ...(d.readOnly ? ["      <readonly/>"] : []),
      "    </disk>",
    ].join("\n");
  });
  const nics = a.devices.interfaces.map((i) =>
    [
      "    <interface type='network'>",
      `      <source network='${esc(i.source.network.network)}'/>`,
      `      <mac address='${esc(i.mac.address)}'/>`,
      `      <model type='${esc(i.model.type)}'/>`,
      "    </interface>",
    ].join("\n"),
  );
  const log = test.serialLog ? `<log file='${esc(test.serialLog)}' append='off'/>` : "";
  const serials = a.devices.serials.map(
    (s) => `    <serial type='pty'>${log}<target port='${esc(s.target.port)}'/></serial>`,
  );
  const controllers = (a.devices.controllers ?? []).map(
    (c) => `    <controller type='${esc(c.type)}' model='${esc(c.model)}'/>`,
  );
  const balloon = a.devices.memBalloon
    ? [`    <memballoon model='${esc(a.devices.memBalloon.model)}'/>`]
    : [];
  return [
    `<domain type='${esc(test.type ?? a.type)}'>`,
    `  <name>${esc(a.name)}</name>`,
    `  <memory unit='${esc(a.memoryUnit)}'>${esc(a.memory)}</memory>`,
    `  <vcpu>${esc(a.vcpu)}</vcpu>`,
    "  <os>",
    `    <type arch='${esc(a.os.typeArch)}' machine='${esc(a.os.typeMachine)}'>${esc(a.os.type)}</type>`,
    ...boot,
    "  </os>",
    ...(a.features?.acpi ? ["  <features><acpi/></features>"] : []),
    ...(a.onReboot ? [`  <on_reboot>${esc(a.onReboot)}</on_reboot>`] : []),
    ...(a.onCrash ? [`  <on_crash>${esc(a.onCrash)}</on_crash>`] : []),
    "  <devices>",
    ...disks,
    ...nics,
    ...serials,
    ...controllers,
    ...balloon,
    "  </devices>",
    "</domain>",
  ].join("\n");
}
