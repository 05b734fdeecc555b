// Two projects: "unit" runs everywhere in seconds (pure renderers, config, SDK, stack tests
// against Pulumi's mock monitor); "real" drives nft, tinyproxy, qemu-img and libvirtd as root
// and is what `.ci/run` adds on top.
const common = { preset: "ts-jest", testEnvironment: "node" };
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/sdks/libvirt/tests/**/*.test.ts"] },
    { ...common, displayName: "real", testMatch: ["<rootDir>/tests/real/**/*.real.ts"] },
  ],
};
