// Namespaced access to the nested shapes: `libvirt.types.input.DomainDevices`, as generated.
import * as input from "./input";
import * as output from "./output";

export { input, output };
