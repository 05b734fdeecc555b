import * as fs from "fs";
import * as path from "path";
import { quote, sh } from "./sh";

/** Downloads and unpacked packages shared by every test run on this machine. */
export const CACHE_DIR =
  process.env.AGENT_SANDBOX_CACHE ?? path.join(__dirname, "../../.lab/cache");

/** Marks the end of the guest's script on the serial console. */
export const GUEST_DONE = "ASB-GUEST-DONE";

const MODULES = ["virtio_pci", "virtio_net", "virtio_blk", "ext4"];

/**
 * Debian's cloud kernel, unpacked once into the cache (under a lock, so tests running at the
 * same time share one download). Returns the kernel image and its module tree.
 */
export function debianCloudKernel(): { vmlinuz: string; root: string; version: string } {
  const root = path.join(CACHE_DIR, "cloud-kernel");
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const fetch = [
    `test -f ${root}/.done && exit 0`,
    `pkg=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-/ {print $2; exit}')`,
    `tmp=$(mktemp -d) && cd "$tmp" && apt-get download -q "$pkg" >/dev/null`,
    `rm -rf ${root} && dpkg-deb -x "$tmp"/*.deb ${root} && rm -rf "$tmp"`,
    // Packages ship no modules.dep; the postinst would make it.
    `depmod -b ${root} $(ls ${root}/lib/modules) && touch ${root}/.done`,
  ].join("\n");
  sh(`flock ${CACHE_DIR}/.kernel.lock bash -c ${quote(fetch)}`, { timeoutMs: 300_000 });
  const vmlinuz = sh(`ls ${root}/boot/vmlinuz-* | head -1`).trim();
  const version = path.basename(vmlinuz).replace(/^vmlinuz-/, "");
  return { vmlinuz, root, version };
}

/**
 * Builds a TCG guest from Debian's cloud kernel and a busybox initramfs with bash (for
 * /dev/tcp probes). At boot it loads the virtio drivers, takes a DHCP lease on eth0, prints
 * the lease (including any DNS server offered) as `ASB-DHCP: ...`, runs `script` with bash,
 * prints GUEST_DONE and powers off. Everything goes to the serial console.
 */
export function buildTinyGuest(opts: { dir: string; script: string }): {
  kernel: string;
  initrd: string;
} {
  const kernel = debianCloudKernel();
  const tree = path.join(opts.dir, "initramfs");
  fs.rmSync(tree, { recursive: true, force: true });
  for (const dir of ["bin", "sbin", "etc", "proc", "sys", "dev", "tmp", "run", "lib/modules"]) {
    fs.mkdirSync(path.join(tree, dir), { recursive: true });
  }
  sh(`cp /bin/busybox ${tree}/bin/busybox && cp /bin/bash ${tree}/bin/bash`);
  // bash is dynamically linked: copy its libraries to the same paths.
  sh(
    `ldd /bin/bash | grep -o '/[^ ]*' | while read -r lib; do ` +
      `mkdir -p ${tree}$(dirname "$lib"); cp -L "$lib" ${tree}$lib; done`,
  );
  // modprobe prints the insmod lines in dependency order (one module per call: further
  // arguments would be taken as module parameters).
  const insmods = MODULES.flatMap((module) =>
    sh(`modprobe -d ${kernel.root} -S ${kernel.version} --show-depends ${module}`)
      .split("\n")
      .filter((line) => line.startsWith("insmod "))
      .map((line) => line.split(" ")[1]!.trim()),
  );
  const loads: string[] = [];
  for (const module of [...new Set(insmods)]) {
    const target = path.join(tree, "lib/modules", path.basename(module));
    fs.copyFileSync(module, target);
    loads.push(`insmod /lib/modules/${path.basename(module)}`);
  }
  fs.writeFileSync(path.join(tree, "etc/udhcpc.script"), UDHCPC_SCRIPT, { mode: 0o755 });
  fs.writeFileSync(path.join(tree, "probe.sh"), opts.script, { mode: 0o755 });
  fs.writeFileSync(path.join(tree, "init"), initScript(loads), { mode: 0o755 });
  const initrd = path.join(opts.dir, "initrd.gz");
  sh(`cd ${tree} && find . | cpio -o -H newc --quiet | gzip -1 > ${initrd}`);
  const kernelCopy = path.join(opts.dir, "vmlinuz");
  fs.copyFileSync(kernel.vmlinuz, kernelCopy);
  // QEMU runs as libvirt-qemu: let it read the kernel and initramfs.
  sh(`chmod 0755 ${opts.dir} && chmod 0644 ${kernelCopy} ${initrd}`);
  return { kernel: kernelCopy, initrd };
}

const UDHCPC_SCRIPT = `#!/bin/busybox sh
case "$1" in
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/\${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route add default via "\${router%% *}" dev "$interface"
    echo "ASB-DHCP: ip=$ip mask=$mask router=$router dns=$dns domain=$domain"
    ;;
esac
exit 0
`;

function initScript(loads: string[]): string {
  return `#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
${loads.join("\n")}
ip link set lo up
ip link set eth0 up
echo "ASB-GUEST: booted"
udhcpc -i eth0 -s /etc/udhcpc.script -q -n -t 20 -T 1 || echo "ASB-DHCP: no lease"
/bin/bash /probe.sh 2>&1
echo "${GUEST_DONE}"
sync
poweroff -f
`;
}
