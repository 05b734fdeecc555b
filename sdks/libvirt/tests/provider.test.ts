// The Provider and the package registration: what makes the engine load the terraform-provider
// plugin parameterised with dmacvicar/libvirt 0.9.7 instead of a plugin called "libvirt".
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "../index";
import { recordRegistrations, registrationOf, valueOf } from "./mockMonitor";

const { registrations } = recordRegistrations();
const registerPackage = jest.spyOn(pulumi.runtime, "registerPackage");

const packageJson = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"),
) as { pulumi: { version: string; parameterization: { value: string } } };

describe("Provider", () => {
  test("registers as pulumi:providers:libvirt with its uri", async () => {
    const uri = "qemu:///system?socket=/run/asb-sdk/libvirt-sock";
    const provider = new libvirt.Provider("asb-sdk-provider", { uri });
    const seen = await registrationOf(provider, registrations);
    expect(seen.type).toBe("pulumi:providers:libvirt");
    expect(seen.inputs).toEqual({ uri });
    expect(libvirt.Provider.isInstance(provider)).toBe(true);
  });

  test("is used by resources that name it", async () => {
    const provider = new libvirt.Provider("asb-sdk-explicit", {});
    const pool = new libvirt.Pool("pool", { type: "dir" }, { provider });
    const seen = await registrationOf(pool, registrations);
    expect(seen.provider).toContain("pulumi:providers:libvirt::asb-sdk-explicit");
  });

  test("calls terraformConfig under its method token with the package ref", async () => {
    // The mock monitor cannot serve provider methods, so intercept the runtime call itself.
    const call = jest
      .spyOn(pulumi.runtime, "call")
      .mockReturnValue(pulumi.output({ result: { uri: "qemu:///system" } }));
    const provider = new libvirt.Provider("asb-sdk-config", {});
    const config = await valueOf(provider.terraformConfig());
    expect(config.result).toEqual({ uri: "qemu:///system" });
    expect(call).toHaveBeenCalledTimes(1);
    const first = call.mock.calls[0];
    if (first === undefined) throw new Error("terraformConfig made no runtime call");
    const [token, props, self, packageRef] = first;
    expect([token, props, self]).toEqual([
      "pulumi:providers:libvirt/terraformConfig",
      { __self__: provider },
      provider,
    ]);
    expect(await packageRef).toBe("mock-uuid");
    call.mockRestore();
  });
});

describe("package registration", () => {
  test("names the terraform-provider plugin and parameterises it with dmacvicar/libvirt 0.9.7", async () => {
    registerPackage.mockClear();
    const domain = new libvirt.Domain("asb-sdk-vm", { type: "kvm" });
    await valueOf(domain.urn);
    expect(registerPackage).toHaveBeenCalled();
    for (const [args] of registerPackage.mock.calls) {
      expect(args).toEqual({
        baseProviderName: "terraform-provider",
        baseProviderVersion: packageJson.pulumi.version,
        baseProviderDownloadUrl: "",
        packageName: "libvirt",
        packageVersion: "0.9.7",
        base64Parameter: packageJson.pulumi.parameterization.value,
      });
      const parameter: unknown = JSON.parse(Buffer.from(args.base64Parameter, "base64").toString());
      expect(parameter).toEqual({
        remote: { url: "registry.opentofu.org/dmacvicar/libvirt", version: "0.9.7" },
      });
    }
  });

  test("reaches the engine with every resource class and the provider", async () => {
    const made: pulumi.Resource[] = [
      new libvirt.Provider("asb-sdk-p"),
      new libvirt.Pool("asb-sdk-pool", { type: "dir" }),
      new libvirt.Volume("asb-sdk-vol", { pool: "p" }),
      new libvirt.Network("asb-sdk-net", {}),
      new libvirt.Domain("asb-sdk-dom", { type: "kvm" }),
      new libvirt.CloudinitDisk("asb-sdk-seed", { userData: "u", metaData: "m" }),
    ];
    const seen = await Promise.all(made.map((r) => registrationOf(r, registrations)));
    // The mock monitor answers every registerPackage with this ref.
    expect(seen.map((r) => [r.type, r.packageRef])).toEqual(seen.map((r) => [r.type, "mock-uuid"]));
  });
});
