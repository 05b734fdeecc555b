import * as pulumi from "@pulumi/pulumi";
import * as libvirt from "@pulumi/libvirt";
import { loadConfig } from "./config";
import { ControlService } from "./components/controlService";
import { EgressProxy } from "./components/egressProxy";
import { HostFirewall } from "./components/firewall";
import { SandboxNetwork } from "./components/network";
import { SandboxStorage } from "./components/storage";
import { SandboxVm } from "./components/vm";

// Pulumi runs the exported function and takes its result as the stack outputs. A function,
// rather than top-level code, lets the stack tests and `npm run render` run it again.
export = () => {
  const config = loadConfig();
  const provider = new libvirt.Provider("libvirt", { uri: config.libvirtUri });

  // The firewall comes first: nothing libvirt starts may exist before the table is loaded.
  const firewall = new HostFirewall("sandbox", { config });
  const network = new SandboxNetwork("sandbox", { config, provider }, { dependsOn: [firewall] });
  const proxy = new EgressProxy("sandbox", { config }, { dependsOn: [firewall, network] });
  const storage = new SandboxStorage("sandbox", { config, provider });
  const vm = new SandboxVm(
    "sandbox",
    { config, provider, storage },
    { dependsOn: [firewall, network, proxy] },
  );
  const control = new ControlService("sandbox", { config }, { dependsOn: [firewall] });

  return {
    bridge: network.bridge,
    proxyUrl: proxy.url,
    basePath: storage.basePath,
    domain: vm.domainName,
    domainUuid: vm.uuid,
    controlUrl: control.url,
    /** `pulumi stack output controlToken --show-secrets` prints it for the phone. */
    controlToken: pulumi.secret(control.token),
  };
};
