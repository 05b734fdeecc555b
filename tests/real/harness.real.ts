import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { domainArgs, networkArgs } from "../../render/libvirt";
import { stackConfig } from "../../scripts/stackConfig";
import { LibvirtDaemon, startLibvirt } from "../harness/libvirt";
import { domainXml, networkXml } from "../harness/libvirtXml";
import { sh, waitFor } from "../harness/sh";
import { buildTinyGuest, GUEST_DONE } from "../harness/tinyGuest";

// The program's own network and domain definitions, run by a real libvirtd with a TCG guest.
const config = stackConfig("home");
const netns = "asb-harness";
let dir: string;
let daemon: LibvirtDaemon;
let serial = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-harness-"));
  sh(`ip netns add ${netns}`);
  const guest = buildTinyGuest({
    dir,
    script: "echo ASB-PROBE: resolv=$(cat /etc/resolv.conf 2>/dev/null | wc -c)",
  });
  daemon = await startLibvirt({ netns, root: path.join(dir, "libvirt") });
  fs.writeFileSync(path.join(dir, "net.xml"), networkXml(networkArgs(config)));
  daemon.virsh(`net-create ${dir}/net.xml`);
  const disks = { overlayPath: `${dir}/root.qcow2`, dataPath: `${dir}/data.qcow2` };
  sh(
    `qemu-img create -q -f qcow2 ${disks.overlayPath} 64M && qemu-img create -q -f qcow2 ${disks.dataPath} 64M`,
  );
  // TCG and a small memory size: KVM guests hang on this machine, and the probe needs little.
  const args = { ...domainArgs(config, disks), memory: 256 };
  const log = path.join(dir, "serial.log");
  fs.writeFileSync(
    path.join(dir, "domain.xml"),
    domainXml(args, { type: "qemu", kernel: guest.kernel, initrd: guest.initrd, serialLog: log }),
  );
  daemon.virsh(`create ${dir}/domain.xml`);
  await waitFor(
    "the guest to finish",
    () => {
      serial = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
      return serial.includes(GUEST_DONE);
    },
    90_000,
    500,
  );
}, 180_000);

afterAll(() => {
  daemon?.stop();
  sh(`ip netns del ${netns} || true`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the VM gets exactly its reserved address by DHCP", () => {
  expect(serial).toMatch(
    new RegExp(`ASB-DHCP: ip=${config.network.vmAddress.replace(/\./g, "\\.")} `),
  );
});

test("DHCP offers the VM no DNS server and no domain (S1)", () => {
  const lease = /ASB-DHCP: (.*)/.exec(serial)?.[1] ?? "";
  expect(lease).toMatch(/ dns= domain=$/);
});

test("libvirt writes no firewall rules for the open network", () => {
  const rules = sh(`ip netns exec ${netns} nft list ruleset`);
  expect(rules.trim()).toBe("");
});
