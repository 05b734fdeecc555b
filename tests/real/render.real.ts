import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROXY_USER } from "../../render/hostProfile";
import { runProgram } from "../../scripts/mockRun";
import { writeRender } from "../../scripts/render";
import { PrivateHost, startPrivateHost } from "./privateHost";

// What `npm run render -- home` writes is accepted by the tools that will read it on the host.
let out: string;
let written: string[];
let host: PrivateHost;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "asb-render-real-"));
  written = writeRender(await runProgram("home"), out);
  host = await startPrivateHost(`asb-rnd-${process.pid}`);
  // nft resolves `meta skuid` names at check time; the firewall script creates this user.
  host.exec(`useradd --system --no-create-home --shell /usr/sbin/nologin ${PROXY_USER}`);
}, 60_000);

afterAll(() => {
  host?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

test("the written nft ruleset passes nft -c -f", () => {
  const check = host.status(`nft -c -f ${out}/host/etc/agent-sandbox/nftables.nft`);
  expect(check).toEqual({ code: 0, out: "" });
});

test("every written script parses with bash -n", () => {
  const scripts = written.filter((file) => file.startsWith("commands/"));
  expect(scripts.length).toBeGreaterThanOrEqual(10);
  for (const file of scripts) {
    expect([file, host.status(`bash -n ${out}/${file}`).code]).toEqual([file, 0]);
  }
});
