import * as pulumi from "@pulumi/pulumi";

/**
 * A component's `dependsOn` plus `more`, for its children: children do not inherit their
 * parent's dependsOn, and the order (firewall before anything libvirt starts) must hold for
 * them. Components in this program take plain lists; anything else is a programming error.
 */
export function childDependsOn(
  opts: pulumi.ComponentResourceOptions | undefined,
  ...more: pulumi.Resource[]
): pulumi.Resource[] {
  const given = opts?.dependsOn ?? [];
  if (pulumi.Output.isInstance(given) || given instanceof Promise) {
    throw new Error("components here take dependsOn as a plain list of resources");
  }
  const list = Array.isArray(given) ? given : [given];
  if (list.some((item) => !pulumi.Resource.isInstance(item))) {
    throw new Error("components here take dependsOn as a plain list of resources");
  }
  return [...(list as pulumi.Resource[]), ...more];
}
