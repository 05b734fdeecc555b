import { open } from "node:fs/promises";

/** One request the proxy refused because its host is not on the allowlist. */
export interface Refusal {
  /** The log's own timestamp text (tinyproxy writes local time without a year). */
  time: string;
  host: string;
}

/** The newest refusals in the tail of the proxy log, and how many the tail held. */
export interface RefusalSummary {
  count: number;
  recent: Refusal[];
}

// "filtered url" with FilterURLs (what the program renders), "filtered domain" without it.
// tinyproxy logs refusals at NOTICE; other levels log request lines the agent writes itself,
// which could otherwise imitate a refusal.
const REFUSED = /^NOTICE\s+(.*?)\s*\[\d+\]: Proxying refused on filtered (?:url|domain) "(.*)"\s*$/;
const MAX_HOST = 253;

/**
 * Parses tinyproxy's "Proxying refused on filtered url" lines. The request target (`host:443`
 * or `http://host/path`) is reduced to its host. It is whatever the agent asked for, so it is
 * cut to a host name's length and stripped of control characters before it reaches a page or
 * a terminal.
 */
export function parseRefusals(text: string, limit = 20): RefusalSummary {
  const all: Refusal[] = [];
  for (const line of text.split("\n")) {
    const match = REFUSED.exec(line);
    if (match) all.push({ time: clean(match[1]!, 40), host: clean(hostOf(match[2]!), MAX_HOST) });
  }
  return { count: all.length, recent: all.slice(-limit).reverse() };
}

/** `http://evil.test:8080/x` and `evil.test:443` become `evil.test`; anything else stays. */
function hostOf(target: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/]*?)(?::\d+)?(?:\/.*)?$/i.exec(target);
  return match?.[1] || target;
}

function clean(text: string, max: number): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, max);
}

/**
 * Reads only the last `maxBytes` of the proxy log: the log grows without bound and the answer
 * must stay fast. A missing log means no refusals yet.
 */
export async function readRefusals(path: string, maxBytes = 64 * 1024): Promise<RefusalSummary> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    return { count: 0, recent: [] };
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const text = buffer.toString("utf8");
    // The first line of a cut tail is partial: drop it.
    return parseRefusals(start > 0 ? text.slice(text.indexOf("\n") + 1) : text);
  } finally {
    await handle.close();
  }
}
