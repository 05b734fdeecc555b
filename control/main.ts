import { readFileSync } from "node:fs";
import { readServiceConfig } from "./config";
import { Controller } from "./controller";
import { systemHost } from "./host";
import { createControlServer } from "./server";
import { virshCli } from "./virsh";

/**
 * The service's entry point: `node server.js <config.json>`. Any problem at start-up exits
 * non-zero with one line; systemd restarts the service (the WireGuard address may not exist
 * yet at boot).
 */
function main(): void {
  const configPath = process.argv[2];
  if (!configPath) throw new Error("usage: node server.js <config.json>");
  const config = readServiceConfig(configPath);
  const token = readFileSync(config.tokenFile, "utf8").trim();
  if (token.length < 16) throw new Error(`${config.tokenFile}: token shorter than 16 characters`);
  const page = readFileSync(config.pageFile, "utf8");

  const controller = new Controller({
    domain: config.domain,
    virsh: virshCli(config.virsh, config.libvirtUri),
    host: systemHost({
      bridge: config.bridge,
      nft: config.nft,
      ip: config.ip,
      nftTable: config.nftTable,
      overlayPath: config.overlayPath,
      proxyLog: config.proxyLog,
    }),
    stopTimeoutMs: config.stopTimeoutMs,
  });
  const server = createControlServer({
    actions: controller,
    token,
    page,
    refusedNetwork: config.sandboxNetwork,
  });
  const { address, port } = config.listen;
  server.on("error", (err) => {
    process.stderr.write(`control: cannot listen on ${address}:${port}: ${err.message}\n`);
    process.exit(1);
  });
  server.listen({ host: address, port, exclusive: true }, () => {
    process.stderr.write(`control: listening on ${address}:${port} for domain ${config.domain}\n`);
  });
  // No graceful close: a keep-alive connection must not hold up a restart.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
}

try {
  main();
} catch (err) {
  process.stderr.write(`control: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
