// The program imports the compiled package (bin/, built by scripts/postinstall.js), not these
// sources; this catches a bin/ left stale after a source change.
import * as fs from "fs";
import * as path from "path";
import * as source from "../index";

const bin = path.join(__dirname, "..", "bin");

describe("the compiled package", () => {
  test("exists and carries the same package.json as the sources", () => {
    const read = (dir: string): unknown =>
      JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(read(bin)).toEqual(read(path.join(bin, "..")));
  });

  test("exposes the same classes under the same tokens", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built JS, not types
    const compiled = require(path.join(bin, "index.js")) as typeof source;
    const tokens = (sdk: typeof source): string[] => [
      sdk.Pool.__pulumiType,
      sdk.Volume.__pulumiType,
      sdk.Network.__pulumiType,
      sdk.Domain.__pulumiType,
      sdk.CloudinitDisk.__pulumiType,
      sdk.Provider.__pulumiType,
    ];
    expect(tokens(compiled)).toEqual(tokens(source));
    expect(Object.keys(compiled).sort()).toEqual(Object.keys(source).sort());
  });
});
