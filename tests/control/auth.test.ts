import { timingSafeEqual } from "node:crypto";
import { FailureBackoff, bearerMatches } from "../../control/auth";

// Built-in modules cannot be spied on in place: wrap the real function instead.
jest.mock("node:crypto", () => {
  const actual = jest.requireActual<typeof import("node:crypto")>("node:crypto");
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});

const TOKEN = "s3cret-token-of-some-length-0123456789";

describe("bearer token check", () => {
  it("accepts exactly `Bearer <token>`", () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it.each([
    ["no header", undefined],
    ["an empty header", ""],
    ["another scheme", `Basic ${TOKEN}`],
    ["a wrong token", "Bearer nope"],
    ["a token with one more character", `Bearer ${TOKEN}x`],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, -1)}`],
    ["trailing text", `Bearer ${TOKEN} extra`],
    ["an empty token", "Bearer "],
  ])("refuses %s", (_what, header) => {
    expect(bearerMatches(header, TOKEN)).toBe(false);
  });

  it("compares equal-length digests with timingSafeEqual, whatever the length given", () => {
    const spy = jest.mocked(timingSafeEqual);
    spy.mockClear();
    for (const given of ["x", "y".repeat(500), TOKEN]) bearerMatches(`Bearer ${given}`, TOKEN);
    expect(spy).toHaveBeenCalledTimes(3);
    for (const [a, b] of spy.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});

describe("per-source backoff after failed authentication", () => {
  function clocked(opts: ConstructorParameters<typeof FailureBackoff>[0] = {}) {
    const clock = { now: 1_000_000 };
    const backoff = new FailureBackoff({ now: () => clock.now, ...opts });
    return { clock, backoff };
  }

  it("lets the first two failures through and then doubles the wait up to the cap", () => {
    const { backoff } = clocked({ baseMs: 500, maxMs: 4_000 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoff.delayAfter(n))).toEqual([
      0, 0, 500, 1000, 2000, 4000, 4000,
    ]);
  });

  it("makes a source wait after its third failure, and only that source", () => {
    const { clock, backoff } = clocked();
    for (let i = 0; i < 3; i++) backoff.fail("10.99.0.2");
    expect(backoff.waitMs("10.99.0.2")).toBe(500);
    expect(backoff.waitMs("10.99.0.3")).toBe(0);
    clock.now += 500;
    expect(backoff.waitMs("10.99.0.2")).toBe(0);
  });

  it("forgets a source's failures after a success", () => {
    const { backoff } = clocked();
    for (let i = 0; i < 5; i++) backoff.fail("a");
    backoff.succeed("a");
    expect(backoff.waitMs("a")).toBe(0);
    expect(backoff.fail("a")).toBe(1);
  });

  it("forgets a source that stayed quiet for the forget period", () => {
    const { clock, backoff } = clocked({ forgetMs: 60_000 });
    for (let i = 0; i < 5; i++) backoff.fail("a");
    clock.now += 60_001;
    expect(backoff.fail("a")).toBe(1);
  });

  it("keeps at most maxSources records, dropping the one that failed longest ago", () => {
    const { clock, backoff } = clocked({ maxSources: 3 });
    for (const source of ["a", "b", "c"]) {
      backoff.fail(source);
      clock.now += 1;
    }
    backoff.fail("a");
    backoff.fail("d");
    expect(backoff.size).toBe(3);
    expect(backoff.fail("b")).toBe(1);
    expect(backoff.fail("a")).toBe(3);
  });

  it("stays bounded under a flood of distinct sources", () => {
    const { backoff } = clocked({ maxSources: 100 });
    for (let i = 0; i < 10_000; i++) backoff.fail(`10.99.${i >> 8}.${i & 255}`);
    expect(backoff.size).toBe(100);
  });
});
