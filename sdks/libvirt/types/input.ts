// Input shapes of the libvirt 0.9.7 resources, as Pulumi bridges them: every snake_case
// attribute is camelCase here, singular list attributes are pluralised, single nested
// attributes are plain objects and list nested attributes are arrays of objects. Interface names
// follow the generated SDK (path-derived, singular, no `Args` suffix); only property names go on
// the wire. Parts of the schema this hand-written SDK does not model field by field are typed as
// UntypedAttributes.
export * from "./inputs/common";
export * from "./inputs/pool";
export * from "./inputs/volume";
export * from "./inputs/network";
export * from "./inputs/domain";
export * from "./inputs/domainOs";
export * from "./inputs/domainDevices";
export * from "./inputs/domainDisks";
export * from "./inputs/domainInterfaces";
export * from "./inputs/domainCharDevices";
export * from "./inputs/domainOtherDevices";
