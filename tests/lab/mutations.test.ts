import { homeConfig } from "../fixtures/homeConfig";
import { hostProfile } from "../../render/hostProfile";
import { renderNftables } from "../../render/nftables";
import { renderTinyproxyFilter } from "../../render/tinyproxy";
import {
  acceptAllFromBridge,
  prependRule,
  unanchoredFilter,
  withoutForwardDrop,
  withoutProxyEgressLimit,
} from "../../lab/mutations";

const config = homeConfig();
const ruleset = renderNftables(config, hostProfile("debian"));

/** The lines of the chain named `name`. */
function chain(text: string, name: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === `chain ${name} {`);
  const end = lines.findIndex((line, i) => i > start && line.trim() === "}");
  return lines.slice(start, end).map((line) => line.trim());
}

test("accept-all goes first in the input hook's chain", () => {
  const input = chain(acceptAllFromBridge(ruleset, "virbr-agent"), "input");
  expect(input[1]).toMatch(/hook input/);
  expect(input[2]).toBe('iifname "virbr-agent" accept');
});

test("the forward chain loses its drops and nothing else changes", () => {
  const mutated = withoutForwardDrop(ruleset);
  expect(chain(mutated, "forward").filter((line) => /drop/.test(line))).toEqual([]);
  expect(chain(mutated, "output")).toEqual(chain(ruleset, "output"));
  expect(ruleset.split("\n").length - mutated.split("\n").length).toBe(
    chain(ruleset, "forward").filter((line) => /\bdrop\b/.test(line)).length,
  );
});

test("the proxy's egress limit is cut where the output chain jumps to it", () => {
  const mutated = withoutProxyEgressLimit(ruleset);
  expect(chain(mutated, "output").join("\n")).not.toMatch(/skuid/);
});

test("a ruleset without the hooked chain is refused rather than left as it was", () => {
  expect(() => prependRule("table inet x {\n}\n", "input", "accept")).toThrow(/hook input/);
});

test("the unanchored filter keeps its patterns but drops ^ and $", () => {
  const filter = renderTinyproxyFilter(config.proxy.allowlist);
  const patterns = unanchoredFilter(filter)
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));
  expect(patterns).toEqual([
    "([a-z0-9-]+\\.)+anthropic\\.com:443",
    "(http://)?([a-z0-9-]+\\.)+anthropic\\.com(:[0-9]+)?/",
    "api\\.telegram\\.org:443",
    "(http://)?api\\.telegram\\.org(:[0-9]+)?/",
  ]);
  expect(() => unanchoredFilter("api\\.telegram\\.org\n")).toThrow(/no anchored pattern/);
});
