// Compiles the SDK after install, as Pulumi's generated local SDKs do. Works offline: the
// TypeScript compiler comes from the package's own dependencies.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
execFileSync(process.execPath, [tsc, "-p", root], { stdio: "inherit", cwd: root });
fs.copyFileSync(path.join(root, "package.json"), path.join(root, "bin", "package.json"));
