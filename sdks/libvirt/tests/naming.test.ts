// Property names go on the wire as written in the TypeScript shapes, so every one of them must
// be the bridge's camelCase form: no snake_case, no leading capital.
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..");
const typeFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir)).map((file) => `${dir}/${file}`);
const sources = [
  ...typeFiles("types/inputs"),
  ...typeFiles("types/outputs"),
  "pool.ts",
  "volume.ts",
  "network.ts",
  "domain.ts",
  "cloudinitDisk.ts",
  "provider.ts",
];

/** Property names declared in interfaces and classes of a source file. */
function propertyNames(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const declared = /^\s+(?:declare public readonly )?([A-Za-z_][A-Za-z0-9_]*)\??: /gm;
  return [...text.matchAll(declared)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}

describe("property names", () => {
  test.each(sources)("in %s are all lower camelCase", (file) => {
    const names = propertyNames(file);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !/^[a-z][A-Za-z0-9]*$/.test(n))).toEqual([]);
  });

  test("use the bridge's pluralised names for singular list attributes", () => {
    const names = new Set(sources.flatMap(propertyNames));
    for (const plural of ["secLabels", "sysInfos", "initEnvs", "cryptos", "timers", "hosts"]) {
      expect([plural, names.has(plural)]).toEqual([plural, true]);
    }
    for (const singular of ["secLabel", "sysInfo", "initEnv", "crypto", "timer", "portForward"]) {
      expect([singular, names.has(singular)]).toEqual([singular, false]);
    }
  });
});
