/**
 * Just enough DNS for the lab's decoy resolvers: every A question is answered with one
 * address, every other question with an empty answer. A reply proves the question got out.
 */

/** The first question's name and type in a DNS message; undefined if it is malformed. */
export function readQuestion(
  message: Buffer,
): { name: string; type: number; end: number } | undefined {
  if (message.length < 12 || message.readUInt16BE(4) < 1) return undefined;
  const labels: string[] = [];
  let offset = 12;
  while (offset < message.length) {
    const length = message[offset]!;
    if (length === 0) break;
    // Compression pointers never occur in a question a client sends first.
    if (length > 63 || offset + 1 + length > message.length) return undefined;
    labels.push(message.toString("latin1", offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  if (offset + 5 > message.length) return undefined;
  return { name: labels.join("."), type: message.readUInt16BE(offset + 1), end: offset + 5 };
}

/** The reply to a DNS query: `address` for an A question, no records otherwise. */
export function dnsReply(query: Buffer, address: string): Buffer | undefined {
  const question = readQuestion(query);
  if (!question) return undefined;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  // Response, opcode 0, authoritative, recursion desired copied, recursion available, NOERROR.
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080, 2);
  header.writeUInt16BE(1, 4);
  const isA = question.type === 1;
  header.writeUInt16BE(isA ? 1 : 0, 6);
  const parts = [header, query.subarray(12, question.end)];
  if (isA) {
    const answer = Buffer.alloc(16);
    answer.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    answer.writeUInt16BE(1, 2); // type A
    answer.writeUInt16BE(1, 4); // class IN
    answer.writeUInt32BE(60, 6); // TTL
    answer.writeUInt16BE(4, 10);
    address.split(".").forEach((octet, i) => answer.writeUInt8(Number(octet), 12 + i));
    parts.push(answer);
  }
  return Buffer.concat(parts);
}
