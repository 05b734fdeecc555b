// libvirt_network: a virtual network with its bridge, DHCP and DNS. The provider's update only
// applies autostart; any other change is silently not applied, so callers replace on changes.
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/** Inputs of a {@link Network}. */
export interface NetworkArgs {
  /**
   * Network name, unique on the host; replaces the network when changed.
   * @default `<resource name>-<7 hex>` (autonamed by the bridge)
   */
  name?: pulumi.Input<string>;
  /**
   * Start the network when the host boots.
   * @default what libvirt reports
   */
  autostart?: pulumi.Input<boolean>;
  /**
   * Forwarding mode; omit for an isolated network.
   * @default isolated
   */
  forward?: pulumi.Input<inputs.NetworkForward>;
  /** The host bridge. */
  bridge?: pulumi.Input<inputs.NetworkBridge>;
  /** Address blocks with DHCP. */
  ips?: pulumi.Input<pulumi.Input<inputs.NetworkIp>[]>;
  /** DNS service of dnsmasq. */
  dns?: pulumi.Input<inputs.NetworkDns>;
  /** DNS domain. */
  domain?: pulumi.Input<inputs.NetworkDomain>;
  /** Bridge MTU. */
  mtu?: pulumi.Input<inputs.NetworkMtu>;
  /** Bridge MAC address. */
  mac?: pulumi.Input<inputs.NetworkMac>;
  /** Static routes. */
  routes?: pulumi.Input<pulumi.Input<inputs.NetworkRoute>[]>;
  /** "yes" to enable IPv6 between guests without an address block. */
  ipv6?: pulumi.Input<string>;
  /** "yes"/"no": trust guest receive filters. */
  trustGuestRxFilters?: pulumi.Input<string>;
  /** Opaque XML metadata. */
  metadata?: pulumi.Input<inputs.Metadata>;
  /** Quality-of-service limits. */
  bandwidth?: pulumi.Input<inputs.UntypedAttributes>;
  /** Port groups. */
  portGroups?: pulumi.Input<pulumi.Input<inputs.UntypedAttributes>[]>;
  /** Port options. */
  portOptions?: pulumi.Input<inputs.UntypedAttributes>;
  /** Open vSwitch / 802.1Qbh virtual port. */
  virtualPort?: pulumi.Input<inputs.UntypedAttributes>;
  /** VLAN tags. */
  vlan?: pulumi.Input<inputs.UntypedAttributes>;
}

/** Everything a {@link Network} reports, for {@link Network.get}. */
export interface NetworkState extends NetworkArgs {
  /** libvirt UUID (also the Pulumi ID). */
  uuid?: pulumi.Input<string>;
}

const INPUT_KEYS: Record<keyof NetworkArgs, true> = {
  name: true,
  autostart: true,
  forward: true,
  bridge: true,
  ips: true,
  dns: true,
  domain: true,
  mtu: true,
  mac: true,
  routes: true,
  ipv6: true,
  trustGuestRxFilters: true,
  metadata: true,
  bandwidth: true,
  portGroups: true,
  portOptions: true,
  virtualPort: true,
  vlan: true,
};
const COMPUTED_KEYS = ["uuid"] as const;
const STATE_KEYS: Record<keyof NetworkState, true> = {
  ...INPUT_KEYS,
  ...utilities.keyTable(COMPUTED_KEYS),
};

/** A libvirt virtual network (`libvirt:index/network:Network`). */
export class Network extends pulumi.CustomResource {
  /** The resource token the engine and provider know this class by. */
  public static readonly __pulumiType = "libvirt:index/network:Network";

  /** Looks up an existing network by its UUID. */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: NetworkState,
    opts?: pulumi.CustomResourceOptions,
  ): Network {
    return new Network(name, state, { ...opts, id });
  }

  /** True for Network instances, also across copies of this SDK. */
  public static isInstance(obj: unknown): obj is Network {
    return utilities.hasPulumiType(obj, Network.__pulumiType);
  }

  declare public readonly name: pulumi.Output<string>;
  declare public readonly autostart: pulumi.Output<boolean>;
  declare public readonly forward: pulumi.Output<outputs.NetworkForward | undefined>;
  declare public readonly bridge: pulumi.Output<outputs.NetworkBridge | undefined>;
  declare public readonly ips: pulumi.Output<outputs.NetworkIp[] | undefined>;
  declare public readonly dns: pulumi.Output<outputs.NetworkDns | undefined>;
  declare public readonly domain: pulumi.Output<outputs.NetworkDomain | undefined>;
  declare public readonly mtu: pulumi.Output<outputs.NetworkMtu | undefined>;
  declare public readonly mac: pulumi.Output<outputs.NetworkMac | undefined>;
  declare public readonly routes: pulumi.Output<outputs.NetworkRoute[] | undefined>;
  declare public readonly ipv6: pulumi.Output<string | undefined>;
  declare public readonly trustGuestRxFilters: pulumi.Output<string | undefined>;
  declare public readonly metadata: pulumi.Output<outputs.Metadata | undefined>;
  declare public readonly bandwidth: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly portGroups: pulumi.Output<outputs.UntypedAttributes[] | undefined>;
  declare public readonly portOptions: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly virtualPort: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly vlan: pulumi.Output<outputs.UntypedAttributes | undefined>;
  declare public readonly uuid: pulumi.Output<string>;

  /** Declares a network. */
  constructor(name: string, args?: NetworkArgs, opts?: pulumi.CustomResourceOptions);
  /** Rebuilds the resource from state or a URN; used by get() and rehydration. @internal */
  constructor(
    name: string,
    argsOrState?: NetworkArgs | NetworkState,
    opts?: pulumi.CustomResourceOptions,
  );
  constructor(
    name: string,
    argsOrState?: NetworkArgs | NetworkState,
    opts: pulumi.CustomResourceOptions = {},
  ) {
    const resourceInputs = opts.id
      ? utilities.pickProperties<NetworkState>(argsOrState, STATE_KEYS)
      : {
          ...utilities.pickProperties<NetworkArgs>(argsOrState, INPUT_KEYS),
          ...utilities.computedOutputs(COMPUTED_KEYS),
        };
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    super(
      Network.__pulumiType,
      name,
      resourceInputs,
      opts,
      false /*dependency*/,
      utilities.getPackage(),
    );
  }
}
