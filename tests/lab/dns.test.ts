import { dnsReply, readQuestion } from "../../lab/dns";

/** A query as a stub resolver sends it: id, RD flag, one question. */
function query(name: string, type: number): Buffer {
  const labels = name
    .split(".")
    .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)]));
  const header = Buffer.from([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  const tail = Buffer.from([0, 0, type, 0, 1]);
  return Buffer.concat([header, ...labels, tail]);
}

test("the question's name and type are read", () => {
  expect(readQuestion(query("api.anthropic.com", 1))).toEqual(
    expect.objectContaining({ name: "api.anthropic.com", type: 1 }),
  );
});

test("an A question gets one answer with the lab's address and the query's id", () => {
  const reply = dnsReply(query("evil.test", 1), "203.0.113.10")!;
  expect(reply.readUInt16BE(0)).toBe(0x1234);
  expect(reply.readUInt16BE(2) & 0x8000).toBe(0x8000);
  expect(reply.readUInt16BE(6)).toBe(1);
  expect([...reply.subarray(reply.length - 4)]).toEqual([203, 0, 113, 10]);
});

test("an AAAA question gets an empty answer", () => {
  const reply = dnsReply(query("evil.test", 28), "203.0.113.10")!;
  expect(reply.readUInt16BE(6)).toBe(0);
  expect(reply.length).toBe(query("evil.test", 28).length);
});

test("garbage gets no reply", () => {
  expect(dnsReply(Buffer.from("GET / HTTP/1.0\r\n\r\n"), "203.0.113.10")).toBeUndefined();
  expect(dnsReply(Buffer.alloc(5), "203.0.113.10")).toBeUndefined();
});
