import { judge } from "../../lab/judge";
import { labReport } from "../../lab/phases";
import { Probe } from "../../lab/probeTable";

const probe: Probe = {
  id: "internet-tcp-443",
  invariant: "S3",
  action: { kind: "tcp", host: "203.0.113.10", port: 443 },
  expect: "shut",
  forwarded: true,
};

test("a report with a leak is not ok, and says so in its table", () => {
  const report = labReport(
    [{ name: "as rendered", results: [judge(probe, "reached internet:443")] }],
    [],
  );
  expect(report.ok).toBe(false);
  expect(report.text).toMatch(/^== as rendered\n/);
  expect(report.text).toMatch(/internet-tcp-443 +S3 +shut +reached internet:443 +LEAK/);
});

test("a failed check fails the report even when every probe passes", () => {
  const phases = [{ name: "as rendered", results: [judge(probe, "timeout")] }];
  expect(labReport(phases, []).ok).toBe(true);
  const check = { name: "reload", pass: false, detail: "30 lines before, 60 after" };
  const report = labReport(phases, [check]);
  expect(report.ok).toBe(false);
  expect(report.text).toContain("== check: reload: FAIL (30 lines before, 60 after)");
});
