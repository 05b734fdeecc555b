/**
 * A lab server: runs inside one of the lab's namespaces and answers on every port it is
 * given with a token naming itself, so a probe that gets an answer knows whom it reached.
 *
 *   responder <label> <dns-answer> <tcp-ports,...> <udp-ports,...> [tls-key tls-cert]
 *
 * TCP: any first bytes get an HTTP answer holding `asb-lab-reached <label>:<port>`; a TLS
 * ClientHello (with a key and cert given) gets the same answer inside TLS. Port 53 speaks DNS
 * over UDP and TCP. Prints "ready" once every port listens; exits if any cannot.
 */
import * as dgram from "dgram";
import * as fs from "fs";
import * as net from "net";
import * as tls from "tls";
import { dnsReply } from "./dns";

const [label, dnsAnswer, tcpList, udpList, keyFile, certFile] = process.argv.slice(2);
if (!label || !dnsAnswer || tcpList === undefined || udpList === undefined) {
  throw new Error("usage: responder <label> <dns-answer> <tcp-ports> <udp-ports> [key cert]");
}
const ports = (list: string): number[] => list.split(",").filter(Boolean).map(Number);
const secureContext =
  keyFile && certFile
    ? tls.createSecureContext({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) })
    : undefined;

function token(port: number): string {
  return `asb-lab-reached ${label}:${port}\n`;
}

function httpAnswer(port: number): string {
  return `HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${token(port)}`;
}

function serveTcp(socket: net.Socket, port: number): void {
  socket.on("error", () => socket.destroy());
  socket.setTimeout(5000, () => socket.destroy());
  socket.once("data", (first: Buffer) => {
    if (port === 53 && first.length >= 2 && first.readUInt16BE(0) === first.length - 2) {
      const reply = dnsReply(first.subarray(2), dnsAnswer!);
      if (reply) {
        const length = Buffer.alloc(2);
        length.writeUInt16BE(reply.length);
        socket.end(Buffer.concat([length, reply]));
        return;
      }
    }
    if (first[0] === 0x16 && secureContext) {
      socket.pause();
      socket.unshift(first);
      const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
      secure.on("error", () => socket.destroy());
      secure.once("data", () => secure.end(httpAnswer(port)));
      return;
    }
    socket.end(httpAnswer(port));
  });
}

function listenTcp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => serveTcp(socket, port));
    server.once("error", (err) => reject(new Error(`${label}: tcp ${port}: ${err.message}`)));
    server.listen({ port, host: "::", ipv6Only: false }, resolve);
  });
}

function listenUdp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket({ type: "udp6", ipv6Only: false });
    socket.on("message", (message, from) => {
      const reply = port === 53 ? dnsReply(message, dnsAnswer!) : Buffer.from(token(port));
      if (reply) socket.send(reply, from.port, from.address);
    });
    socket.once("error", (err) => reject(new Error(`${label}: udp ${port}: ${err.message}`)));
    socket.bind(port, "::", resolve);
  });
}

Promise.all([...ports(tcpList).map(listenTcp), ...ports(udpList).map(listenUdp)]).then(
  () => console.log("ready"),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
