import { guestScript, parseGuestObservations } from "../../lab/guest";
import { Probe } from "../../lab/probeTable";

const probe = (id: string, port: number): Probe => ({
  id,
  invariant: "S3",
  action: { kind: "tcp", host: "192.168.77.20", port },
  expect: "shut",
  forwarded: true,
});
const proxy = { host: "10.77.0.1", port: 8888 };

test("the guest script writes the library, runs setup, then the probes in batches", () => {
  const script = guestScript({
    probes: [probe("a", 22), probe("b", 80), probe("c", 443)],
    proxy,
    library: "asb_tcp() { :; }\n",
    setup: ["ip -6 addr add 2001:db8:77::10/64 dev eth0"],
    parallel: 2,
  });
  const lines = script.split("\n");
  expect(lines.slice(0, 5)).toEqual([
    "cat > /tmp/asb-probes.sh <<'ASB_LAB_PROBE_LIBRARY'",
    "asb_tcp() { :; }",
    "ASB_LAB_PROBE_LIBRARY",
    "ASB_LIB=/tmp/asb-probes.sh",
    '. "$ASB_LIB"',
  ]);
  expect(lines[5]).toMatch(/^ip -6 addr add .* \|\| echo "ASB-SETUP failed: /);
  expect(lines.filter((line) => line === "wait").length).toBe(2);
  expect(lines.slice(6)).toEqual([
    `echo "ASB-PROBE a $(asb_tcp '192.168.77.20' 22)" &`,
    `echo "ASB-PROBE b $(asb_tcp '192.168.77.20' 80)" &`,
    "wait",
    `echo "ASB-PROBE c $(asb_tcp '192.168.77.20' 443)" &`,
    "wait",
    "",
  ]);
});

test("a library that holds the heredoc's delimiter is refused", () => {
  const library = "echo ASB_LAB_PROBE_LIBRARY\n";
  expect(() => guestScript({ probes: [], proxy, library, setup: [], parallel: 1 })).toThrow(
    /delimiter/,
  );
});

test("the guest's console lines are read back by probe id", () => {
  const log = "noise\r\nASB-PROBE lan-tcp-22 timeout\r\nASB-PROBE proxy-x http 403\nASB-PROBE";
  expect([...parseGuestObservations(log)]).toEqual([
    ["lan-tcp-22", "timeout"],
    ["proxy-x", "http 403"],
  ]);
});
