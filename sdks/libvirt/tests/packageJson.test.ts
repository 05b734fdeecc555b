// package.json is read by the Pulumi language host, not by this SDK alone: its `pulumi` block
// is what makes the engine install terraform-provider and parameterise it, so it must keep the
// exact shape `pulumi package add terraform-provider dmacvicar/libvirt` writes.
import * as fs from "fs";
import * as path from "path";

const packageJson = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"),
) as Record<string, unknown> & { pulumi: { parameterization: { value: string } } };

describe("package.json", () => {
  test("names the package @pulumi/libvirt at the Terraform provider's version", () => {
    expect(packageJson).toMatchObject({
      name: "@pulumi/libvirt",
      version: "0.9.7",
      main: "bin/index.js",
      scripts: { postinstall: "node ./scripts/postinstall.js" },
    });
  });

  test("has a pulumi block of exactly the generated shape", () => {
    const value = packageJson.pulumi.parameterization.value;
    expect(packageJson.pulumi).toStrictEqual({
      resource: true,
      name: "terraform-provider",
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown,
      parameterization: { name: "libvirt", version: packageJson.version, value },
    });
  });

  test("parameterises the plugin with dmacvicar/libvirt from the OpenTofu registry", () => {
    const value = packageJson.pulumi.parameterization.value;
    const decoded: unknown = JSON.parse(Buffer.from(value, "base64").toString("utf8"));
    expect(decoded).toStrictEqual({
      remote: { url: "registry.opentofu.org/dmacvicar/libvirt", version: packageJson.version },
    });
    // The generator writes compact JSON; a re-encoded, pretty-printed value would differ.
    expect(Buffer.from(JSON.stringify(decoded)).toString("base64")).toBe(value);
  });
});
