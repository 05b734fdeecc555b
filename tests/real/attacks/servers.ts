/**
 * Python programs the attack rig runs inside its namespaces. They are strings so that the rig
 * needs nothing but Debian's python3; every one of them talks only to the addresses given.
 */

/**
 * A witness: listens where it is told and writes one JSON line per event to a log file, so a
 * test can prove what reached it (and that nothing did).
 *
 *   witness LOG DNS_ANSWER SPEC...   with SPEC = tcp:ADDR:PORT | udp:ADDR:PORT | dns:ADDR
 *
 * - `dns`: UDP 53; logs every question's name (bytes kept as latin1, so a newline or a space
 *   inside a label shows) and answers every A question with DNS_ANSWER.
 * - `tcp`: sends a banner naming the address and port at once (an HTTP answer, so it works
 *   through the proxy and through a CONNECT tunnel), reads what the peer sends until it is
 *   quiet for 0.3 s, logs it and closes: a client that read until EOF finds the event logged.
 * - `udp`: logs each datagram.
 * An ADDR in brackets (`[::]`) listens on IPv6 (and IPv4 too, the kernel's default).
 * Touches `LOG.ready` once every socket is bound.
 */
export const WITNESS = String.raw`
import json, socket, sys, threading
log_path, answer, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
lock = threading.Lock()

def log(entry):
    with lock, open(log_path, "a") as f:
        f.write(json.dumps(entry) + "\n")

def question(msg):
    labels, off = [], 12
    while off < len(msg) and msg[off] != 0:
        n = msg[off]
        labels.append(msg[off + 1:off + 1 + n].decode("latin1"))
        off += 1 + n
    return ".".join(labels), int.from_bytes(msg[off + 1:off + 3], "big"), off + 5

def dns_reply(msg):
    name, qtype, end = question(msg)
    flags = 0x8480 | (int.from_bytes(msg[2:4], "big") & 0x0100)
    header = msg[0:2] + flags.to_bytes(2, "big") + b"\x00\x01" + (b"\x00\x01" if qtype == 1 else b"\x00\x00") + b"\x00\x00\x00\x00"
    out = header + msg[12:end]
    if qtype == 1:
        out += b"\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04" + socket.inet_aton(answer)
    return name, qtype, out

def serve_dns(addr):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 53))
    yield
    while True:
        msg, peer = s.recvfrom(4096)
        try:
            name, qtype, out = dns_reply(msg)
        except Exception:
            log({"kind": "dns", "to": addr, "from": peer[0], "name": "?malformed", "type": 0})
            continue
        log({"kind": "dns", "to": addr, "from": peer[0], "name": name, "type": qtype})
        s.sendto(out, peer)

def serve_udp(addr, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    yield
    while True:
        msg, peer = s.recvfrom(65535)
        log({"kind": "udp", "to": "%s:%d" % (addr, port), "from": "%s:%d" % peer, "data": msg.decode("latin1")})

def talk(conn, peer, where):
    try:
        conn.sendall(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nreached %s\n" % where).encode())
        conn.settimeout(0.3)
        data = b""
        try:
            while len(data) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
        except (socket.timeout, OSError):
            pass
        log({"kind": "tcp", "to": where, "from": peer[0], "data": data.decode("latin1")})
    finally:
        conn.close()

def serve_tcp(addr, port):
    s = socket.socket(socket.AF_INET6 if addr.startswith("[") else socket.AF_INET)
    addr = addr.strip("[]")
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(64)
    yield
    where = "%s:%d" % (addr, port)
    while True:
        conn, peer = s.accept()
        threading.Thread(target=talk, args=(conn, peer, where), daemon=True).start()

servers = []
for spec in specs:
    kind, rest = spec.split(":", 1)
    if kind == "dns":
        servers.append(serve_dns(rest))
    else:
        addr, port = rest.rsplit(":", 1)
        servers.append((serve_tcp if kind == "tcp" else serve_udp)(addr, int(port)))
for server in servers:
    next(server)
for server in servers:
    threading.Thread(target=lambda g=server: next(g, None), daemon=True).start()
open(log_path + ".ready", "w").close()
threading.Event().wait()
`;

/**
 * The VM's HTTP client for the proxy: opens one TCP connection, and for each step sends its
 * bytes (latin1) and, with `until`, reads until that text arrived. Then reads until EOF or
 * `timeout` seconds and prints everything received as one JSON string.
 *
 *   client ADDR PORT TIMEOUT STEPS_JSON
 */
export const PROXY_CLIENT = String.raw`
import json, socket, sys, time
addr, port, timeout, steps = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4])
out = b""
try:
    s = socket.create_connection((addr, port), timeout=timeout)
    for step in steps:
        if step.get("send"):
            s.sendall(step["send"].encode("latin1"))
        if step.get("until"):
            deadline = time.time() + timeout
            while step["until"].encode("latin1") not in out and time.time() < deadline:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        out += chunk
except OSError:
    pass
print(json.dumps(out.decode("latin1")))
`;

/**
 * Probes many TCP targets from one namespace at once: prints a JSON object mapping each
 * "addr:port" to the first line the peer sent within TIMEOUT seconds ("" when none).
 *
 *   probe TIMEOUT ADDR:PORT...
 */
export const TCP_PROBE = String.raw`
import json, socket, sys, threading
timeout, targets = float(sys.argv[1]), sys.argv[2:]
result = {}
def probe(target):
    addr, port = target.rsplit(":", 1)
    try:
        s = socket.create_connection((addr.strip("[]"), int(port)), timeout=timeout)
        s.settimeout(timeout)
        result[target] = s.recv(200).decode("latin1").split("\n")[0].strip()
    except OSError:
        result[target] = ""
threads = [threading.Thread(target=probe, args=(t,)) for t in targets]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(result))
`;

/**
 * Sends one UDP datagram from a chosen source port (e.g. 68, as a DHCP client would):
 *
 *   udp SPORT ADDR PORT PAYLOAD
 */
export const UDP_SEND = String.raw`
import socket, sys
sport, addr, port, payload = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
s.bind(("0.0.0.0", sport))
s.sendto(payload.encode(), (addr, port))
`;

/**
 * Sends one UDP datagram as hand-made IPv4 fragments where two first fragments overlap: one
 * carries a UDP header that the DHCP rule accepts (68 -> 67), the other the same bytes with
 * the destination port rewritten; the last fragment completes the datagram. A host that
 * filtered fragments one by one and then reassembled the overlap could deliver the payload to
 * the rewritten port. Each order is sent, with a fresh IP id.
 *
 *   fragments SRC DST REAL_DPORT PAYLOAD
 */
export const OVERLAPPING_FRAGMENTS = String.raw`
import socket, struct, sys
src, dst, real_dport, payload = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].encode()
def checksum(data):
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16: total = (total & 0xffff) + (total >> 16)
    return ~total & 0xffff
def ip_header(ident, frag_off, more, length):
    flags = (0x2000 if more else 0) | (frag_off // 8)
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + length, ident, flags, 64, 17, 0,
                    socket.inet_aton(src), socket.inet_aton(dst))
    return h[:10] + struct.pack("!H", checksum(h)) + h[12:]
body = payload.ljust(16, b".")[:16]
decoy = struct.pack("!HHHH", 68, 67, 8 + len(body), 0) + body
real = struct.pack("!HHHH", 68, real_dport, 8 + len(body), 0) + body
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
for ident, firsts in ((0x4241, (decoy, real)), (0x4242, (real, decoy))):
    for first in firsts:
        s.sendto(ip_header(ident, 0, True, 16) + first[:16], (dst, 0))
    s.sendto(ip_header(ident, 16, False, 8) + real[16:], (dst, 0))
`;
