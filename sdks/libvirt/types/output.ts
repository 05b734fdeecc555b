// Output shapes of the libvirt 0.9.7 resources: the same camelCase, pluralised property names as
// types/input.ts, as plain values the engine reports back, plus the attributes only the provider
// computes (volume target.path, DHCP host id). Derived from types/input.ts by stripping the
// Input wrappers; keep the two files in step.
export * from "./outputs/common";
export * from "./outputs/pool";
export * from "./outputs/volume";
export * from "./outputs/network";
export * from "./outputs/domain";
export * from "./outputs/domainOs";
export * from "./outputs/domainDevices";
export * from "./outputs/domainDisks";
export * from "./outputs/domainInterfaces";
export * from "./outputs/domainCharDevices";
export * from "./outputs/domainOtherDevices";
