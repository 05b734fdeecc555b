/**
 * `npm run lab [-- --vm] [-- --id <id>]`: builds the isolation lab, applies the home stack's
 * rendered firewall and proxy, probes from the VM's side (a namespace, or with --vm a real
 * TCG guest) and prints the table. Exits 1 on any
 * leak or failed probe.
 */
import { homeConfig } from "../tests/fixtures/homeConfig";
import { runNamespaceLab } from "./phases";
import { runVmLab } from "./vm";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const idIndex = args.indexOf("--id");
  const id = idIndex >= 0 ? args[idIndex + 1]! : "m";
  const config = homeConfig();
  const report = args.includes("--vm")
    ? await runVmLab({ config, id, verbose: true })
    : await runNamespaceLab({ config, id, verbose: true });
  process.stdout.write(`${report.text}\n`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`asb-lab: ${err.stack ?? err.message}\n`);
    process.exit(2);
  },
);
