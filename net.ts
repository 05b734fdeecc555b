/** An IPv4 network as a 32-bit base address and a prefix length. */
export interface Ipv4Network {
  address: number;
  prefix: number;
}

/** Parses a dotted-quad IPv4 address into a 32-bit number; undefined if it is not one. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** Parses `a.b.c.d/n`; undefined unless the address is the network's own (no host bits). */
export function parseIpv4Network(text: string): Ipv4Network | undefined {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const address = parseIpv4(match[1]!);
  const prefix = Number(match[2]);
  if (address === undefined || prefix > 32) return undefined;
  if (address % 2 ** (32 - prefix) !== 0) return undefined;
  return { address, prefix };
}

const PRIVATE: Ipv4Network[] = [
  { address: parseIpv4("10.0.0.0")!, prefix: 8 },
  { address: parseIpv4("172.16.0.0")!, prefix: 12 },
  { address: parseIpv4("192.168.0.0")!, prefix: 16 },
];

/** True when the whole network lies inside one of the RFC 1918 ranges. */
export function isPrivateIpv4Network(network: Ipv4Network): boolean {
  return PRIVATE.some(
    (range) =>
      network.prefix >= range.prefix &&
      Math.floor(network.address / 2 ** (32 - range.prefix)) ===
        Math.floor(range.address / 2 ** (32 - range.prefix)),
  );
}
