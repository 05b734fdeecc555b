import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hostProfile } from "../render/hostProfile";
import { renderNftables } from "../render/nftables";
import { renderSysctl } from "../render/sysctl";
import { renderTinyproxyConfig, renderTinyproxyFilter } from "../render/tinyproxy";
import { runProgram } from "../scripts/mockRun";
import { writeRender } from "../scripts/render";
import { stackConfig } from "../scripts/stackConfig";

// `npm run render -- home`: what it writes is what the program's Commands would install.
const config = stackConfig("home");
const profile = hostProfile(config.hostFamily);
let out: string;
let written: string[];
const read = (file: string): string => fs.readFileSync(path.join(out, file), "utf8");

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "asb-render-"));
  written = writeRender(await runProgram("home"), out);
});

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test("writes the ruleset, proxy config and filter, sysctls and a summary", () => {
  expect(written).toEqual(
    expect.arrayContaining([
      "SUMMARY.md",
      "host/etc/agent-sandbox/nftables.nft",
      "host/etc/agent-sandbox/tinyproxy.conf",
      "host/etc/agent-sandbox/tinyproxy.filter",
      "host/etc/sysctl.d/60-agent-sandbox.conf",
      "host/etc/libvirt/hooks/qemu.d/agent-sandbox",
      "commands/sandbox-nftables.create.sh",
      "commands/sandbox-nftables.delete.sh",
    ]),
  );
});

test("writes host files byte for byte as the renderers make them", () => {
  expect(read("host/etc/agent-sandbox/nftables.nft")).toBe(renderNftables(config, profile));
  expect(read("host/etc/agent-sandbox/tinyproxy.conf")).toBe(
    renderTinyproxyConfig(config, profile),
  );
  expect(read("host/etc/agent-sandbox/tinyproxy.filter")).toBe(
    renderTinyproxyFilter(config.proxy.allowlist),
  );
  expect(read("host/etc/sysctl.d/60-agent-sandbox.conf")).toBe(renderSysctl(config));
});

test("keeps each file's mode, so the hook stays executable", () => {
  const mode = fs.statSync(path.join(out, "host/etc/libvirt/hooks/qemu.d/agent-sandbox")).mode;
  expect(mode & 0o777).toBe(0o755);
});

test("writes the scripts themselves, not the sudo command lines around them", () => {
  const create = read("commands/sandbox-nftables.create.sh");
  expect(create.startsWith("#!/bin/bash\nset -euo pipefail\n")).toBe(true);
  expect(create).not.toContain("sudo -n");
});

test("summarises every resource with its key inputs and options, never the token", () => {
  const summary = read("SUMMARY.md");
  expect(summary).toContain("### sandbox-domain (`libvirt:index/domain:Domain`)");
  expect(summary).toContain("- protected\n- retained on delete");
  expect(summary).toContain('"mode": "open"');
  expect(summary).not.toContain("mock-password-of-sandbox-token");
});
