import * as fs from "fs";
import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { parse } from "yaml";
import { allowlistProblem, CONFIG_KEYS, ConfigError, RawConfig } from "../config";
import { readStackConfig, stackConfig } from "../scripts/stackConfig";

function problemsError(): unknown {
  try {
    stackConfig("home", { bridgeName: "x".repeat(16) });
  } catch (err) {
    return err;
  }
  return undefined;
}

/** The problems raised for the home stack with `overrides`; [] when it is valid. */
function problems(overrides: RawConfig): string[] {
  try {
    stackConfig("home", overrides);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe("the home stack", () => {
  test("is valid and describes the documented home server", () => {
    const config = stackConfig("home");
    expect(config).toMatchObject({
      host: { kind: "local" },
      vcpus: 2,
      memoryMiB: 4096,
      rootDiskGiB: 20,
      dataDiskGiB: 50,
      proxy: { port: 8888, allowlist: ["*.anthropic.com", "api.telegram.org"] },
      network: { bridge: "virbr-agent", hostAddress: "10.77.0.1", vmAddress: "10.77.0.10" },
    });
    expect(config.image.url).toMatch(/^https:\/\/.*\/bookworm\/\d{8}-\d{4}\//);
    expect(config.image.sha512SumsUrl).toMatch(/\/SHA512SUMS$/);
  });

  test("declares in Pulumi.yaml exactly the keys that config.ts reads", () => {
    const project = parse(fs.readFileSync(path.join(__dirname, "../Pulumi.yaml"), "utf8")) as {
      config: Record<string, { type: string; description: string }>;
    };
    expect(Object.keys(project.config).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const [key, spec] of Object.entries(project.config)) {
      expect([key, typeof spec.type, spec.description.length > 10]).toEqual([key, "string", true]);
    }
  });

  test("documents every key in the README's config list", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../README.md"), "utf8");
    const start = readme.indexOf("\n## Stack config\n");
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    const listed = new Set(
      [...section.matchAll(/^- (.*?):/gm)].flatMap((m) => m[1]!.match(/`\w+`/g) ?? []),
    );
    expect(CONFIG_KEYS.filter((key) => !listed.has(`\`${key}\``))).toEqual([]);
  });

  test("sets only keys that Pulumi.yaml declares", () => {
    const keys = Object.keys(readStackConfig("home"));
    expect(keys.filter((key) => !(CONFIG_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});

// Each row: the key that must be named, and the bad value given to it.
const BAD: Array<[string, RawConfig]> = [
  ["bridgeName", { bridgeName: "virbr-agent-sandbox" }],
  ["bridgeName", { bridgeName: "br 0" }],
  ["networkCidr", { networkCidr: "8.8.8.0/24" }],
  ["networkCidr", { networkCidr: "10.77.0.0/31" }],
  ["networkCidr", { networkCidr: "10.77.0.5/24" }],
  ["networkCidr", { networkCidr: "10.77.0.0" }],
  ["networkCidr", { networkCidr: "172.32.0.0/24" }],
  ["vmAddress", { vmAddress: "10.78.0.10" }],
  ["vmAddress", { vmAddress: "10.77.0.1" }],
  ["vmAddress", { vmAddress: "10.77.0.255" }],
  ["vmAddress", { vmAddress: "10.77.0.300" }],
  ["vmMac", { vmMac: "52:54:00:a9:00" }],
  ["vmMac", { vmMac: "52-54-00-a9-00-10" }],
  ["vmMac", { vmMac: "01:54:00:a9:00:10" }],
  ["allowlist", { allowlist: ["https://api.anthropic.com"] }],
  ["allowlist", { allowlist: ["api.anthropic.com:443"] }],
  ["allowlist", { allowlist: ["api.anthropic.com/v1"] }],
  ["allowlist", { allowlist: ["160.79.104.10"] }],
  ["allowlist", { allowlist: ["[2607:6bc0::10]"] }],
  ["allowlist", { allowlist: ["api.*.com"] }],
  ["allowlist", { allowlist: ["*anthropic.com"] }],
  ["allowlist", { allowlist: ["*.*.anthropic.com"] }],
  ["allowlist", { allowlist: ["*"] }],
  ["allowlist", { allowlist: [] }],
  ["allowlist", { allowlist: "api.anthropic.com" }],
  ["dataDiskGiB", { dataDiskGiB: "0" }],
  ["rootDiskGiB", { rootDiskGiB: "0" }],
  ["memoryMiB", { memoryMiB: "4G" }],
  ["vcpus", { vcpus: "-1" }],
  ["proxyPort", { proxyPort: "70000" }],
  ["imageUrl", { imageUrl: "http://cloud.debian.org/images/cloud/bookworm/20250210-2019/x.qcow2" }],
  ["imageUrl", { imageUrl: "https://cloud.debian.org/images/cloud/bookworm/latest/x.qcow2" }],
  ["imageUrl", { imageUrl: "https://cloud.debian.org/images/cloud/bookworm/20250210-2019/x.iso" }],
  ["imageSha512", { imageSha512: "abc123" }],
  ["imageSha512", { imageSha512: "", imageSha512SumsUrl: "" }],
  ["imageSha512SumsUrl", { imageSha512SumsUrl: "ftp://example.test/SHA512SUMS" }],
  ["libvirtUri", { libvirtUri: "qemu:///session" }],
  ["libvirtUri", { libvirtUri: "qemu+tcp://server/system" }],
  ["hostFamily", { hostFamily: "fedora" }],
  ["sshHostKey", { libvirtUri: "qemu+ssh://nas.lan/system" }],
  [
    "sshHostKey",
    { libvirtUri: "qemu+ssh://nas.lan/system", sshHostKey: "nas.lan ssh-ed25519 AAAA" },
  ],
  ["vmName", { vmName: "Agent Sandbox" }],
  ["poolPath", { poolPath: "var/lib/pool" }],
  ["poolPath", { poolPath: "/var/lib/../etc" }],
  ["wireguardAddress", { wireguardAddress: "10.77.0.20" }],
  ["wireguardAddress", { wireguardAddress: "" }],
  ["wireguardInterface", { wireguardInterface: "virbr-agent" }],
  ["controlPort", { controlPort: "8888" }],
  ["dataResetPaths", { dataResetPaths: ["/etc/passwd"] }],
  ["dataResetPaths", { dataResetPaths: ["home/../../etc"] }],
  ["agentUser", { agentUser: "root" }],
  ["dataResetPaths", { agentUser: "claude" }],
];

describe("bad stack config", () => {
  test.each(BAD)("names agent-sandbox:%s for %j", (key, overrides) => {
    const found = problems(overrides);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.includes(`agent-sandbox:${key}`))).toBe(true);
  });

  test("reports every problem at once, each with its key", () => {
    const found = problems({ bridgeName: "x".repeat(16), vmMac: "nope", proxyPort: "0" });
    expect(found.map((line) => line.split(" ")[0])).toEqual([
      "agent-sandbox:bridgeName",
      "agent-sandbox:vmMac",
      "agent-sandbox:proxyPort",
    ]);
  });

  test("says to drop the prefix from a WireGuard address given as a network", () => {
    expect(problems({ wireguardAddress: "10.99.0.1/24" })).toEqual([
      'agent-sandbox:wireguardAddress is not an IPv4 address: "10.99.0.1/24" (give the address without the /prefix)',
    ]);
  });

  test("the error lists the problems and is a RunError, printed without a stack trace", () => {
    expect(problemsError()).toBeInstanceOf(pulumi.RunError);
    expect(() => stackConfig("home", { bridgeName: "x".repeat(16) })).toThrow(
      /invalid stack config:\n {2}agent-sandbox:bridgeName must be 1-15/,
    );
  });
});

describe("good stack config", () => {
  test("an SSH libvirt URI runs host-side steps on that host", () => {
    const hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBz0Jp";
    const config = stackConfig("home", {
      libvirtUri: "qemu+ssh://admin@nas.lan:2222/system",
      sshHostKey: hostKey,
    });
    expect(config.host).toEqual({
      kind: "ssh",
      host: "nas.lan",
      user: "admin",
      port: 2222,
      hostKey,
    });
  });

  test("a pinned SHA-512 takes the place of the SHA512SUMS URL", () => {
    const config = stackConfig("home", { imageSha512: "AB".repeat(64) });
    expect(config.image).toMatchObject({ sha512: "ab".repeat(64) });
    expect(config.image.sha512SumsUrl).toBeUndefined();
  });

  test("allowlist entries are lower-cased, and a /30 still fits the host and the VM", () => {
    const config = stackConfig("home", {
      allowlist: ["API.Telegram.org"],
      networkCidr: "192.168.50.0/30",
      vmAddress: "192.168.50.2",
    });
    expect(config.proxy.allowlist).toEqual(["api.telegram.org"]);
    expect(config.network.hostAddress).toBe("192.168.50.1");
  });

  test.each(["api.anthropic.com", "*.anthropic.com", "api.telegram.org", "a-b.example.co.uk"])(
    "accepts the allowlist entry %s",
    (entry) => expect(allowlistProblem(entry)).toBeUndefined(),
  );
});
