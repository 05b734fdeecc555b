import { spawn, ChildProcess } from "child_process";
import { bashScript, listenerCheckSteps } from "../../render/script";
import { quote, sh, shStatus, waitFor } from "../harness/sh";

// The check the proxy and control steps run after (re)starting their service: it must pass
// only for a listener on the exact address, not for one that holds the port on every address
// (what Debian's own tinyproxy does on 8888).
const netns = `asb-lsn-${process.pid}`;
const script = bashScript("listener check", listenerCheckSteps("10.77.0.1", 8888, "is it up?"));
let listener: ChildProcess | undefined;

function listen(address: string): void {
  listener = spawn("ip", [
    "netns",
    "exec",
    netns,
    "python3",
    "-c",
    `import socket,time\ns=socket.socket()\ns.bind(("${address}",8888))\ns.listen()\ntime.sleep(60)`,
  ]);
}

function check(): { code: number; out: string } {
  return shStatus(`ip netns exec ${netns} bash -c ${quote(script)}`, 30_000);
}

beforeAll(() => {
  sh(`ip netns add ${netns} && ip -n ${netns} link add br0 type veth peer name br0p`);
  sh(
    `ip -n ${netns} addr add 10.77.0.1/24 dev br0 && ip -n ${netns} link set br0p up && ip -n ${netns} link set br0 up`,
  );
});

afterEach(() => {
  listener?.kill();
  listener = undefined;
});

afterAll(() => sh(`ip netns del ${netns}`));

test("fails, naming the address and the hint, when a service holds the port on every address", async () => {
  listen("0.0.0.0");
  await waitFor("the listener", () =>
    shStatus(`ip netns exec ${netns} ss -Hltn`).out.includes(":8888"),
  );
  const result = check();
  expect(result.code).toBe(1);
  expect(result.out).toContain("nothing listens on 10.77.0.1:8888: is it up?");
}, 40_000);

test("passes once the service listens on the exact address", async () => {
  listen("10.77.0.1");
  await waitFor("the listener", () =>
    shStatus(`ip netns exec ${netns} ss -Hltn`).out.includes(":8888"),
  );
  expect(check().code).toBe(0);
});
