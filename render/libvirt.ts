import type * as pulumi from "@pulumi/pulumi";
import type * as libvirt from "@pulumi/libvirt";
import { SandboxConfig } from "../config";

const GIB = 1024 ** 3;

/**
 * The sandbox network: libvirt does DHCP for the VM's MAC only and writes no firewall rules
 * (`forward mode='open'`); our own nft table does the filtering. No DNS, no IPv6 address.
 */
export function networkArgs(config: SandboxConfig): libvirt.NetworkArgs {
  const { network } = config;
  return {
    name: network.name,
    forward: { mode: "open" },
    bridge: { name: network.bridge, stp: "on" },
    ips: [
      {
        address: network.hostAddress,
        prefix: network.prefix,
        dhcp: {
          // A range of one address, reserved for the VM's MAC: nothing else gets a lease.
          ranges: [{ start: network.vmAddress, end: network.vmAddress }],
          hosts: [{ mac: network.vmMac, ip: network.vmAddress, name: config.vmName }],
        },
      },
    ],
    dns: { enable: "no" },
    autostart: true,
  };
}

/**
 * The storage pool: a plain directory. Removing the pool must never delete the directory (the
 * provider's default for dir pools): the data disk lives in it.
 */
export function poolArgs(config: SandboxConfig): libvirt.PoolArgs {
  return {
    name: config.poolName,
    type: "dir",
    target: { path: config.poolPath },
    destroy: { delete: false },
  };
}

/** File names of the volumes in the pool; the qemu hook and the domain use the same paths. */
export function volumeNames(config: SandboxConfig): { overlay: string; data: string } {
  return { overlay: `${config.vmName}-root.qcow2`, data: `${config.vmName}-data.qcow2` };
}

/**
 * Where the overlay lives on the host: the pool's folder and the volume's fixed name (libvirt's
 * dir pools put a volume there). The qemu hook recreates this file; the control service reads
 * its age.
 */
export function overlayPath(config: SandboxConfig): string {
  return `${config.poolPath}/${volumeNames(config).overlay}`;
}

/**
 * The overlay: a qcow2 on top of the base. Both formats are explicit: without a target format
 * the provider creates a raw volume, and QEMU refuses a backing file of unknown format.
 */
export function overlayArgs(
  config: SandboxConfig,
  basePath: pulumi.Input<string>,
): libvirt.VolumeArgs {
  return {
    name: volumeNames(config).overlay,
    pool: config.poolName,
    capacity: config.rootDiskGiB * GIB,
    target: { format: { type: "qcow2" } },
    backingStore: { path: basePath, format: { type: "qcow2" } },
  };
}

/** The persistent data disk. */
export function dataDiskArgs(config: SandboxConfig): libvirt.VolumeArgs {
  return {
    name: volumeNames(config).data,
    pool: config.poolName,
    capacity: config.dataDiskGiB * GIB,
    target: { format: { type: "qcow2" } },
  };
}

/** Serial of the data disk inside the guest (`/dev/disk/by-id/virtio-<serial>`). */
export const DATA_DISK_SERIAL = "agent-data";

/**
 * The domain: two disks (overlay, data), one virtio NIC on the sandbox network and a serial
 * console. Nothing else: no graphics (and so no video), no USB controller, no balloon, no
 * channels or sound. Disks are given by file path, not pool volume: AppArmor's helper cannot
 * resolve volume disks and would deny the overlay's backing file.
 */
export function domainArgs(
  config: SandboxConfig,
  disks: { overlayPath: pulumi.Input<string>; dataPath: pulumi.Input<string> },
): libvirt.DomainArgs {
  const disk = (file: pulumi.Input<string>, dev: string) => ({
    device: "disk",
    source: { file: { file } },
    target: { dev, bus: "virtio" },
    driver: { name: "qemu", type: "qcow2", discard: "unmap" },
  });
  return {
    name: config.vmName,
    type: "kvm",
    memory: config.memoryMiB,
    memoryUnit: "MiB",
    vcpu: config.vcpus,
    running: true,
    autostart: true,
    // A reboot from inside would keep the current overlay (and anything planted in its boot
    // chain); ending the domain instead means the next run is a real start on a fresh overlay.
    onReboot: "destroy",
    onCrash: "destroy",
    os: { type: "hvm", typeArch: "x86_64", typeMachine: "q35" },
    features: { acpi: true },
    devices: {
      disks: [
        disk(disks.overlayPath, "vda"),
        { ...disk(disks.dataPath, "vdb"), serial: DATA_DISK_SERIAL },
      ],
      interfaces: [
        {
          source: { network: { network: config.network.name } },
          model: { type: "virtio" },
          mac: { address: config.network.vmMac },
        },
      ],
      serials: [{ target: { port: 0 } }],
      controllers: [{ type: "usb", model: "none" }],
      memBalloon: { model: "none" },
    },
  };
}
