import { formatTable, gotThrough, judge, probeCommand } from "../../lab/judge";
import { Probe } from "../../lab/probeTable";

const proxy = { host: "10.77.0.1", port: 8888 };
const shut: Probe = {
  id: "lan-tcp-22",
  invariant: "S3",
  action: { kind: "tcp", host: "192.168.77.20", port: 22 },
  expect: "shut",
  forwarded: true,
};
const allowed: Probe = {
  id: "proxy-api.anthropic.com",
  invariant: "S4",
  action: { kind: "connect", host: "api.anthropic.com", port: 443 },
  expect: "open",
  reaches: "internet:443",
  forwarded: false,
};

test.each([
  "reached lan:22",
  "connected",
  "resolved 203.0.113.10",
  "reply",
  "http 200",
  "http 204",
])("%s means the traffic got through", (observed) => expect(gotThrough(observed)).toBe(true));

test.each(["timeout", "refused", "no-answer", "no-reply", "http 403", "http 500", "no output"])(
  "%s means it did not",
  (observed) => expect(gotThrough(observed)).toBe(false),
);

test("a shut probe that got through is a leak", () => {
  expect(judge(shut, "reached lan:22")).toEqual(
    expect.objectContaining({ pass: false, leak: true }),
  );
  expect(judge(shut, "timeout")).toEqual(expect.objectContaining({ pass: true, leak: false }));
});

test("an open probe passes only if it reached the server it names", () => {
  expect(judge(allowed, "http 200 reached internet:443").pass).toBe(true);
  expect(judge(allowed, "http 200 reached lan:443").pass).toBe(false);
  expect(judge(allowed, "http 200").pass).toBe(false);
  expect(judge(allowed, "http 403")).toEqual(expect.objectContaining({ pass: false, leak: false }));
});

test("the table shows every probe and counts leaks apart from other failures", () => {
  const text = formatTable([judge(shut, "reached lan:22"), judge(allowed, "http 403")]);
  const lines = text.split("\n");
  expect(lines[0]).toMatch(/^probe\s+inv\s+expected\s+observed\s+pass$/);
  expect(lines[2]).toMatch(/^lan-tcp-22\s+S3\s+shut\s+reached lan:22\s+LEAK$/);
  expect(lines[3]).toMatch(
    /^proxy-api\.anthropic\.com\s+S4\s+open \(internet:443\)\s+http 403\s+FAIL$/,
  );
  expect(lines[4]).toBe("2 probes, 0 passed, 1 leak, 1 other failure");
});

test("a CONNECT goes through curl in the lab and raw over /dev/tcp in the guest", () => {
  expect(probeCommand(allowed, proxy, "curl")).toBe(
    "asb_curl http://10.77.0.1:8888 'https://api.anthropic.com:443/'",
  );
  expect(probeCommand(allowed, proxy, "bash")).toBe(
    "asb_proxy 10.77.0.1 8888 'CONNECT api.anthropic.com:443 HTTP/1.1\\r\\nHost: api.anthropic.com:443\\r\\n\\r\\n'",
  );
});

test("a link-local ping names its interface apart from the address", () => {
  const probe: Probe = { ...shut, action: { kind: "ping", host: "fe80::1%eth0" } };
  expect(probeCommand(probe, proxy, "bash")).toBe("asb_ping 'fe80::1' 'eth0'");
});

test("a plain GET in the guest carries the URL's host and port in its Host header", () => {
  const probe: Probe = { ...shut, action: { kind: "get", url: "http://api.anthropic.com:80/" } };
  expect(probeCommand(probe, proxy, "bash")).toContain("Host: api.anthropic.com\\r\\n");
  const other: Probe = { ...shut, action: { kind: "get", url: "http://api.anthropic.com:8443/" } };
  expect(probeCommand(other, proxy, "bash")).toContain("Host: api.anthropic.com:8443\\r\\n");
});
