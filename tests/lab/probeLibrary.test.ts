import { execFileSync } from "child_process";
import { PROBE_LIBRARY } from "../../lab/lab";

/** Calls a function of lab/probes.sh with bash; no network involved. */
function call(fn: string, ...args: string[]): string {
  const script = `. "$1"; shift; ${fn} "$@"`;
  return execFileSync("bash", ["-c", script, "asb-lab-test", PROBE_LIBRARY, ...args], {
    encoding: "utf8",
  }).trim();
}

test.each([
  [["124", "connected\nHTTP/1.0 200 OK\r\n\r\nasb-lab-reached lan:22\n"], "reached lan:22"],
  [["124", "connected\n"], "connected"],
  [["1", "bash: connect: Connection refused"], "refused"],
  [["1", "bash: connect: No route to host"], "unreachable"],
  [["124", ""], "timeout"],
])("a raw probe's output %j reads as %s", (args, observed) => {
  expect(call("asb_verdict", ...args)).toBe(observed);
});

test.each([
  [["0", "status HTTP/1.0 403 Filtered\n"], "http 403"],
  [
    ["0", "status HTTP/1.0 200 Connection established\nasb-lab-reached internet:443\n"],
    "http 200 reached internet:443",
  ],
  [["124", "bash: connect: Connection refused"], "refused"],
])("a proxy probe's output %j reads as %s", (args, observed) => {
  expect(call("asb_http_verdict", ...args)).toBe(observed);
});
