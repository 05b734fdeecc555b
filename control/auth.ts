import { createHash, timingSafeEqual } from "node:crypto";

/**
 * True when the Authorization header carries exactly `Bearer <token>`. Both sides are hashed
 * first, so the comparison runs over equal-length digests in constant time and leaks neither
 * the token's content nor its length.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? "");
  const given = createHash("sha256")
    .update(match ? match[1]! : "")
    .digest();
  const expected = createHash("sha256").update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}

/** How failures slow a source down. */
export interface BackoffOptions {
  /** Failures a source may make before it has to wait. @default 2 */
  freeFailures?: number;
  /**
   * Wait after the first failure beyond the free ones, doubled for each further one.
   * @default 500
   */
  baseMs?: number;
  /** @default 30000 */
  maxMs?: number;
  /**
   * Sources remembered at once; the least recently failing one is forgotten first.
   * @default 1024
   */
  maxSources?: number;
  /** A source quiet for this long starts afresh. @default 900000 */
  forgetMs?: number;
  /** @default Date.now */
  now?: () => number;
}

interface Record {
  failures: number;
  lastFailure: number;
}

/**
 * Per-source backoff after failed authentication. While a source waits, its requests are
 * refused without looking at the token, so parallel guesses gain nothing. Memory is bounded:
 * at most `maxSources` records, kept in least-recently-failed order.
 */
export class FailureBackoff {
  private readonly records = new Map<string, Record>();
  private readonly opts: Required<BackoffOptions>;

  constructor(opts: BackoffOptions = {}) {
    this.opts = {
      freeFailures: opts.freeFailures ?? 2,
      baseMs: opts.baseMs ?? 500,
      maxMs: opts.maxMs ?? 30_000,
      maxSources: opts.maxSources ?? 1024,
      forgetMs: opts.forgetMs ?? 15 * 60_000,
      now: opts.now ?? Date.now,
    };
  }

  /** Milliseconds the source must still wait before its token is checked again; 0 if none. */
  waitMs(source: string): number {
    const record = this.current(source);
    if (!record) return 0;
    const until = record.lastFailure + this.delayAfter(record.failures);
    return Math.max(0, until - this.opts.now());
  }

  /** Records a failure and returns how many the source has made in a row. */
  fail(source: string): number {
    const failures = (this.current(source)?.failures ?? 0) + 1;
    this.records.delete(source);
    this.records.set(source, { failures, lastFailure: this.opts.now() });
    if (this.records.size > this.opts.maxSources) {
      this.records.delete(this.records.keys().next().value!);
    }
    return failures;
  }

  succeed(source: string): void {
    this.records.delete(source);
  }

  get size(): number {
    return this.records.size;
  }

  /** The wait imposed after `failures` failures in a row. */
  delayAfter(failures: number): number {
    const beyond = failures - this.opts.freeFailures;
    if (beyond <= 0) return 0;
    return Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** Math.min(beyond - 1, 30));
  }

  private current(source: string): Record | undefined {
    const record = this.records.get(source);
    if (record && this.opts.now() - record.lastFailure > this.opts.forgetMs) {
      this.records.delete(source);
      return undefined;
    }
    return record;
  }
}
