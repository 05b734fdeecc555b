import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRefusals, readRefusals } from "../../control/proxyLog";

const line = (host: string, time = "Dec 04 12:00:01.123"): string =>
  `NOTICE    ${time} [4242]: Proxying refused on filtered domain "${host}"`;

describe("proxy refusals from the tinyproxy log", () => {
  it("ignores a request line the agent wrote to look like a refusal", () => {
    const forged =
      'CONNECT   Dec 04 12:00:01.000 [7]: Request (file descriptor 9): GET [1]: Proxying refused on filtered url "decoy.example"';
    expect(parseRefusals(forged).count).toBe(0);
  });

  it("reads the host out of the request targets the rendered filter logs", () => {
    const url = (target: string): string =>
      `NOTICE    Dec 04 12:00:01.000 [7]: Proxying refused on filtered url "${target}"`;
    const text = [url("exfil.evil.test:443"), url("http://API.evil.test:8080/x?y"), ""].join("\n");
    expect(parseRefusals(text).recent.map((refusal) => refusal.host)).toEqual([
      "API.evil.test",
      "exfil.evil.test",
    ]);
  });

  it("picks the refused hosts, newest first, and ignores other lines", () => {
    const text = [
      line("evil.test"),
      "CONNECT   Dec 04 12:00:02.000 [4242]: Connect (file descriptor 7): 10.77.0.10",
      line("api.anthropic.com.evil.test", "Dec 04 12:00:03.000"),
      "",
    ].join("\n");
    expect(parseRefusals(text)).toEqual({
      count: 2,
      recent: [
        { time: "Dec 04 12:00:03.000", host: "api.anthropic.com.evil.test" },
        { time: "Dec 04 12:00:01.123", host: "evil.test" },
      ],
    });
  });

  it("keeps at most `limit` refusals but counts them all", () => {
    const text = Array.from({ length: 30 }, (_, i) => line(`h${i}.test`)).join("\n");
    const summary = parseRefusals(text, 5);
    expect(summary.count).toBe(30);
    expect(summary.recent.map((r) => r.host)).toEqual([
      "h29.test",
      "h28.test",
      "h27.test",
      "h26.test",
      "h25.test",
    ]);
  });

  it("defuses what the agent chose to put in a host name: control characters and length", () => {
    const [refusal] = parseRefusals(line(`a\u001b[31mb"c${"x".repeat(400)}`)).recent;
    expect(refusal!.host).not.toMatch(/[\u0000-\u001f]/);
    expect(refusal!.host.length).toBe(253);
    expect(refusal!.host.startsWith('a?[31mb"c')).toBe(true);
  });

  it("reads only the tail of a large log and drops the partial first line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "asb-ctl-"));
    try {
      const path = join(dir, "proxy.log");
      const filler = "INFO      Dec 04 11:00:00.000 [1]: filler\n".repeat(5_000);
      writeFileSync(path, `${line("old.test")}\n${filler}${line("new.test")}\n`);
      const summary = await readRefusals(path, 4096);
      expect(summary).toEqual({
        count: 1,
        recent: [{ time: "Dec 04 12:00:01.123", host: "new.test" }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports no refusals when the log does not exist yet", async () => {
    expect(await readRefusals("/nonexistent/asb-ctl/proxy.log")).toEqual({ count: 0, recent: [] });
  });
});
