import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { HOST_PATHS, hostProfile } from "../../render/hostProfile";
import {
  allowlistPatterns,
  renderProxyLogrotate,
  renderTinyproxyConfig,
  renderTinyproxyFilter,
} from "../../render/tinyproxy";
import { homeConfig } from "../fixtures/homeConfig";

const allowlist = homeConfig().proxy.allowlist;

// Request targets as tinyproxy filters them: `host:port` for CONNECT, the URL for plain HTTP.
const ALLOWED = [
  "api.anthropic.com:443",
  "API.Anthropic.COM:443",
  "a.b.anthropic.com:443",
  "api.telegram.org:443",
  "http://api.anthropic.com/v1/messages",
  "http://api.telegram.org:80/bot/getUpdates",
];
const REFUSED = [
  "anthropic.com:443",
  "xanthropic.com:443",
  "api.xanthropic.com.evil.test:443",
  "api.anthropic.com.evil.test:443",
  "api.anthropic.com.:443",
  "api.telegram.org.evil.test:443",
  "evil.test:443",
  "api-telegram.org:443",
  "apixtelegram.org:443",
  "x.api.telegram.org:443",
  "1.2.3.4:443",
  "[::1]:443",
  "api.anthropic.com:22",
  "api.anthropic.com",
  "http://api.anthropic.com@evil.test/",
  "http://api.anthropic.com:443@evil.test/",
  "http://evil.test/api.anthropic.com/",
  "http://evil.test/.anthropic.com/",
  "http://api.anthropic.com.evil.test/",
  "",
];

function options(config: string): Map<string, string> {
  const pairs = config
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)]);
  return new Map(pairs as [string, string][]);
}

describe("renderTinyproxyConfig", () => {
  const text = renderTinyproxyConfig(homeConfig(), hostProfile("debian"));
  const config = options(text);

  it("renders the home stack's proxy config", () => {
    expect(text).toMatchSnapshot();
  });

  it("listens on the bridge address only and serves only the VM", () => {
    expect(config.get("Listen")).toBe("10.77.0.1");
    expect(config.get("Port")).toBe("8888");
    expect(text.match(/^(Allow|Deny) .*/gm)).toEqual(["Allow 10.77.0.10"]);
  });

  it("allows CONNECT to 443 only and denies every name the filter does not allow", () => {
    expect(text.match(/^ConnectPort .*/gm)).toEqual(["ConnectPort 443"]);
    expect(config.get("FilterDefaultDeny")).toBe("Yes");
    expect(config.get("FilterType")).toBe("ere");
    expect(config.get("FilterURLs")).toBe("Yes");
    expect(config.get("Filter")).toBe(`"${HOST_PATHS.tinyproxyFilter}"`);
  });

  it("logs refusals to the program's log path and keeps its pid in the run directory", () => {
    expect(config.get("LogLevel")).toBe("Notice");
    expect(config.get("LogFile")).toBe(`"${HOST_PATHS.proxyLog}"`);
    expect(config.get("PidFile")).toBe(`"${HOST_PATHS.proxyPid}"`);
    expect(config.get("DisableViaHeader")).toBe("Yes");
  });

  it("reads the same on Arch", () => {
    expect(renderTinyproxyConfig(homeConfig(), hostProfile("arch"))).toBe(text);
  });
});

describe("renderTinyproxyFilter", () => {
  const filter = renderTinyproxyFilter(allowlist);
  const patterns = filter.split("\n").filter((line) => line !== "" && !line.startsWith("#"));

  it("renders the home stack's allowlist", () => {
    expect(filter).toMatchSnapshot();
  });

  it("anchors exact names and lets a wildcard mean subdomains only", () => {
    expect(allowlistPatterns("api.telegram.org")).toEqual([
      "^api\\.telegram\\.org:443$",
      "^(http://)?api\\.telegram\\.org(:[0-9]+)?/",
    ]);
    expect(allowlistPatterns("*.anthropic.com")[0]).toBe("^([a-z0-9-]+\\.)+anthropic\\.com:443$");
  });

  it("refuses a name folded onto a second line (tinyproxy matches with REG_NEWLINE)", () => {
    const folded = [
      "api.anthropic.com\n x.evil.test:443",
      "http://api.anthropic.com\n x.evil.test/",
    ];
    for (const target of folded) {
      expect(patterns.some((pattern) => new RegExp(pattern, "im").test(target))).toBe(false);
    }
  });

  it.each(ALLOWED)("allows %j", (name) => {
    expect(patterns.some((pattern) => new RegExp(pattern, "i").test(name))).toBe(true);
  });

  it.each(REFUSED)("refuses %j", (name) => {
    expect(patterns.some((pattern) => new RegExp(pattern, "i").test(name))).toBe(false);
  });

  it("matches the same names with grep -E -i on the rendered file as with the table", () => {
    const dir = mkdtempSync(join(tmpdir(), "asb-fw-filter-"));
    try {
      writeFileSync(join(dir, "filter"), patterns.join("\n") + "\n");
      const names = [...ALLOWED, ...REFUSED.filter((name) => name !== "")];
      const grep = spawnSync("grep", ["-E", "-i", "-f", join(dir, "filter")], {
        input: names.join("\n") + "\n",
        encoding: "utf8",
      });
      expect(grep.stdout.split("\n").filter((line) => line !== "")).toEqual(ALLOWED);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has no blank line, which grep and a careless reader would take as match-all", () => {
    expect(filter.slice(0, -1).split("\n")).not.toContain("");
  });

  it("refuses an empty allowlist and an entry that is not a host name, naming the key", () => {
    expect(() => renderTinyproxyFilter([])).toThrow("agent-sandbox:allowlist must not be empty");
    expect(() => renderTinyproxyFilter(["evil.test/.*"])).toThrow(
      'agent-sandbox:allowlist entry "evil.test/.*"',
    );
  });
});

describe("renderProxyLogrotate", () => {
  it("rotates the proxy log by size as well as daily, keeping tinyproxy's open file", () => {
    const text = renderProxyLogrotate();
    expect(text).toContain(`${HOST_PATHS.proxyLog} {`);
    expect(text).toMatch(/^ {2}maxsize 50M$/m);
    expect(text).toMatch(/^ {2}copytruncate$/m);
  });

  it("is accepted by logrotate", () => {
    const dir = mkdtempSync(join(tmpdir(), "asb-logrotate-"));
    try {
      writeFileSync(join(dir, "conf"), renderProxyLogrotate());
      const check = spawnSync("logrotate", ["-d", "-s", join(dir, "state"), join(dir, "conf")], {
        encoding: "utf8",
      });
      expect(check.stderr).not.toMatch(/error/i);
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
