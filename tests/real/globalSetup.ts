import { execFileSync } from "child_process";

const TOOLS = ["nft", "tinyproxy", "qemu-img", "libvirtd", "virsh", "dnsmasq", "ip", "busybox"];

/**
 * The real tests drive nft, tinyproxy, qemu-img and libvirtd as root, in namespaces they make.
 * Fail at once with the fix, rather than in every test with a permission error.
 */
export default function globalSetup(): void {
  if (process.getuid?.() !== 0) {
    throw new Error("the real tests need root: run `sudo npm test` (see the README)");
  }
  const missing = TOOLS.filter((tool) => {
    try {
      execFileSync("/bin/sh", ["-c", `command -v ${tool} || test -x /usr/sbin/${tool}`]);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(", ")}: run \`sudo scripts/install-test-deps.sh\``);
  }
}
