// `libvirt.config.uri`, as generated.
export * from "./vars";
