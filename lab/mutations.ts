/**
 * Loosened copies of the rendered firewall and filter, for the tests that prove the lab's
 * probes can fail. Each throws when the text does not have the shape it edits, so a change
 * in the renderers cannot turn a mutation into a silent no-op.
 */

/** The line range [start, end) of the base chain on `hook` (its `chain` line to its `}`). */
function chainLines(lines: string[], hook: string): [number, number] {
  for (let start = 0; start < lines.length; start++) {
    if (!/^\s*chain \S+ \{\s*$/.test(lines[start]!)) continue;
    const end = lines.findIndex((line, i) => i > start && /^\s*\}\s*$/.test(line));
    if (end < 0) break;
    const body = lines.slice(start, end);
    if (body.some((line) => new RegExp(`\\bhook ${hook}\\b`).test(line))) return [start, end];
  }
  throw new Error(`the ruleset has no base chain on hook ${hook}`);
}

/** Adds `rule` as the first rule of the base chain on `hook`. */
export function prependRule(ruleset: string, hook: string, rule: string): string {
  const lines = ruleset.split("\n");
  const [start, end] = chainLines(lines, hook);
  const type = lines.findIndex((line, i) => i > start && i < end && /\bhook\b/.test(line));
  const indent = /^\s*/.exec(lines[type]!)![0];
  lines.splice(type + 1, 0, `${indent}${rule}`);
  return lines.join("\n");
}

/** Removes the rules of the base chain on `hook` that match `pattern`; throws if none does. */
export function removeRules(ruleset: string, hook: string, pattern: RegExp): string {
  const lines = ruleset.split("\n");
  const [start, end] = chainLines(lines, hook);
  const kept = lines.filter((line, i) => i <= start || i >= end || !pattern.test(line));
  if (kept.length === lines.length) {
    throw new Error(`no rule on hook ${hook} matches ${String(pattern)}`);
  }
  return kept.join("\n");
}

/** The ruleset with everything from the bridge accepted by the host (S2 broken). */
export function acceptAllFromBridge(ruleset: string, bridge: string): string {
  return prependRule(ruleset, "input", `iifname "${bridge}" accept`);
}

/** The ruleset without the forward chain's drops (S3 then rests on the sysctls alone). */
export function withoutForwardDrop(ruleset: string): string {
  return removeRules(ruleset, "forward", /\bdrop\b/);
}

/** The ruleset without the limit on the proxy's own outbound traffic. */
export function withoutProxyEgressLimit(ruleset: string): string {
  return removeRules(ruleset, "output", /\bskuid\b/);
}

/** The filter with every pattern's anchors removed: the trap tinyproxy's docs leave open. */
export function unanchoredFilter(filter: string): string {
  const lines = filter.split("\n");
  const patterns = lines.filter((line) => line !== "" && !line.startsWith("#"));
  if (!patterns.some((line) => line.startsWith("^") || line.endsWith("$"))) {
    throw new Error("the filter has no anchored pattern to loosen");
  }
  return lines
    .map((line) => (line.startsWith("#") ? line : line.replace(/^\^/, "").replace(/\$$/, "")))
    .join("\n");
}
