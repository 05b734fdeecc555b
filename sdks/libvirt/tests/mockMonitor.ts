// A recording mock monitor for the SDK tests: every registered resource is kept, with the package
// reference it carried, so tests can assert on exactly what would go over the wire.
import * as pulumi from "@pulumi/pulumi";

/** One resource registration as the engine would see it. */
export interface Registration {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider?: string;
  /** The package reference the SDK attached; "" means the engine would look for a "libvirt" plugin. */
  packageRef?: string;
}

/** Values the mock provider reports for computed outputs, per type token. */
export const COMPUTED = {
  "libvirt:index/pool:Pool": { uuid: "pool-uuid", allocation: 1, available: 2, capacity: 3 },
  "libvirt:index/volume:Volume": {
    key: "/pool/vol.qcow2",
    path: "/pool/vol.qcow2",
    allocation: 4,
    physical: 5,
  },
  "libvirt:index/network:Network": { uuid: "network-uuid" },
  "libvirt:index/domain:Domain": { uuid: "domain-uuid", domainId: 7 },
  "libvirt:index/cloudinitDisk:CloudinitDisk": { path: "/tmp/seed.iso", size: 366592 },
} as const;

/** The computed values for a type token; none for tokens the table does not know. */
function computedFor(type: string): Record<string, unknown> {
  return (COMPUTED as Record<string, Record<string, unknown> | undefined>)[type] ?? {};
}

/** The slice of a RegisterResourceRequest the recorder reads. */
interface RegisterRequest {
  getName(): string;
  getPackageref(): string;
}

/** The mock monitor's registerResource, which the recorder wraps. */
interface Monitor {
  registerResource(req: RegisterRequest, callback: unknown): unknown;
}

/** Installs the mocks and returns the live list of registrations. */
export function recordRegistrations(): { registrations: Registration[] } {
  const registrations: Registration[] = [];
  const packageRefs = new Map<string, string>();
  void pulumi.runtime.setMocks(
    {
      newResource(args) {
        const inputs = args.inputs as Record<string, unknown>;
        registrations.push({
          type: args.type,
          name: args.name,
          inputs,
          provider: args.provider,
          packageRef: packageRefs.get(args.name),
        });
        // The domain's Pulumi ID is the bridge's placeholder, as for the real provider.
        const id = args.type === "libvirt:index/domain:Domain" ? "missing ID" : `${args.name}-id`;
        return { id, state: { ...inputs, ...computedFor(args.type) } };
      },
      call(args) {
        // The SDK defines no data sources yet, so any invoke is a surprise.
        throw new Error(`unexpected invoke ${args.token}`);
      },
    },
    "asb-sdk-project",
    "asb-sdk-stack",
    false,
  );
  // MockResourceArgs leaves out the package reference, so read it off the request itself.
  const monitor = pulumi.runtime.getMonitor() as unknown as Monitor;
  const registerResource = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    packageRefs.set(req.getName(), req.getPackageref());
    return registerResource(req, callback);
  };
  return { registrations };
}

/** Resolves an Output's value (the mocks run as an update, so values are known). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

/** Waits until the resource is registered, then returns what the monitor received for it. */
export async function registrationOf(
  resource: pulumi.Resource,
  registrations: Registration[],
): Promise<Registration> {
  const urn = await valueOf(resource.urn);
  const name = urn.split("::").pop();
  const found = registrations.find((r) => r.name === name);
  if (!found) throw new Error(`no registration for ${urn}`);
  return found;
}
