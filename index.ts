import * as libvirt from "@pulumi/libvirt";
import { loadConfig } from "./config";
import { EgressProxy } from "./components/egressProxy";
import { HostFirewall } from "./components/firewall";
import { SandboxNetwork } from "./components/network";

// Pulumi runs the exported function and takes its result (or what it resolves to) as the
// stack outputs. A function,
// rather than top-level code, lets the stack tests and `npm run render` run it again.
export = () => {
  const config = loadConfig();
  const provider = new libvirt.Provider("libvirt", { uri: config.libvirtUri });

  // The firewall comes first: nothing libvirt starts may exist before the table is loaded.
  const firewall = new HostFirewall("sandbox", { config });
  const network = new SandboxNetwork("sandbox", { config, provider }, { dependsOn: [firewall] });
  const proxy = new EgressProxy("sandbox", { config }, { dependsOn: [firewall, network] });

  return {
    bridge: network.bridge,
    proxyUrl: proxy.url,
  };
};
