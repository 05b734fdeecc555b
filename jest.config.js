// Two projects: "unit" runs everywhere in seconds (pure renderers, config, the SDK, stack tests
// against Pulumi's mock monitor); "real" drives nft, tinyproxy, qemu-img and libvirtd as root.
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  // The SDK's build copies its package.json into bin/; two packages of one name confuse jest.
  modulePathIgnorePatterns: ["<rootDir>/sdks/libvirt/bin/package.json", "<rootDir>/out/"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/sdks/libvirt/tests/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "real",
      testMatch: ["<rootDir>/tests/real/**/*.real.ts"],
      globalSetup: "<rootDir>/tests/real/globalSetup.ts",
    },
  ],
};
