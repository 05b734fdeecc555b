import { readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import * as ts from "typescript";
import { SandboxConfig } from "../config";
import type { ServiceConfig } from "../control/config";
import { HOST_PATHS, HostProfile, NFT_TABLE, UNITS } from "./hostProfile";
import { overlayPath } from "./libvirt";
import {
  HostFile,
  bashScript,
  installFilesSteps,
  listenerCheckSteps,
  SYSTEMD_RUNNING,
} from "./script";
import { SANDBOXED_SERVICE } from "./systemd";

const REPO = join(__dirname, "..");

/** Where the control service lives on the host. */
export const CONTROL_PATHS = {
  libDir: "/usr/local/lib/agent-sandbox/control",
  service: "/usr/local/lib/agent-sandbox/control/server.js",
  page: "/usr/local/lib/agent-sandbox/control/index.html",
  config: `${HOST_PATHS.etcDir}/control.json`,
  token: `${HOST_PATHS.etcDir}/control.token`,
  unit: `${HOST_PATHS.unitDir}/${UNITS.control}`,
} as const;

/** Choices the stack does not make; tests and unusual hosts set them. */
export interface ControlScriptOptions {
  /** Directory every path is placed under; tests install into a scratch directory. @default "" */
  root?: string;
  /**
   * libvirt URI of the service. It runs on the libvirt host itself, so even a stack that
   * reaches libvirt over SSH gives the service the local daemon. @default "qemu:///system"
   */
  libvirtUri?: string;
  /** @default "/usr/bin/virsh" */
  virsh?: string;
  /** @default "/usr/bin/node" */
  node?: string;
  /** @default "/usr/bin/ip" */
  ip?: string;
  /** How long a stop waits for the guest to power off before destroying it. @default 30 */
  stopTimeoutSeconds?: number;
}

/** The control service's files and the scripts that install and remove it. */
export interface ControlScripts {
  /** Everything installed except the token, which never appears in a script. */
  files: HostFile[];
  /** Installs and (re)starts the service. Reads the token from stdin: wire Command.stdin to it. */
  create: string;
  /** Stops the service and removes its files; it never touches the VM. */
  delete: string;
}

/**
 * The control service as a Command installs it: the service compiled into one JavaScript file
 * (so the host needs only Node, no npm install), its page, its config, the token and a
 * hardened systemd unit that binds it to the WireGuard address.
 */
export function controlScripts(
  config: SandboxConfig,
  profile: HostProfile,
  opts: ControlScriptOptions = {},
): ControlScripts {
  const root = opts.root ?? "";
  const at = (path: string): string => `${root}${path}`;
  const paths = Object.fromEntries(
    Object.entries(CONTROL_PATHS).map(([key, path]) => [key, at(path)]),
  ) as Record<keyof typeof CONTROL_PATHS, string>;
  const node = opts.node ?? "/usr/bin/node";

  const service: ServiceConfig = {
    listen: { address: config.wireguard.address, port: config.wireguard.controlPort },
    libvirtUri: opts.libvirtUri ?? "qemu:///system",
    domain: config.vmName,
    bridge: config.network.bridge,
    sandboxNetwork: config.network.cidr,
    tokenFile: paths.token,
    pageFile: paths.page,
    proxyLog: at(HOST_PATHS.proxyLog),
    overlayPath: at(overlayPath(config)),
    virsh: opts.virsh ?? "/usr/bin/virsh",
    nft: profile.nft,
    ip: opts.ip ?? "/usr/bin/ip",
    nftTable: { ...NFT_TABLE },
    stopTimeoutMs: (opts.stopTimeoutSeconds ?? 30) * 1000,
  };
  const files: HostFile[] = [
    { path: paths.service, mode: "0644", content: serviceBundle() },
    {
      path: paths.page,
      mode: "0644",
      content: readFileSync(join(REPO, "files/control/index.html"), "utf8"),
    },
    { path: paths.config, mode: "0644", content: `${JSON.stringify(service, null, 2)}\n` },
    { path: paths.unit, mode: "0644", content: renderControlUnit(config, node, paths) },
  ];
  const unit = UNITS.control;

  const create = bashScript("agent-sandbox control service: install", [
    `if ! ${node} -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)'; then`,
    `  log "control: ${node} (Node.js 18 or later) is required on the host"; exit 1`,
    "fi",
    // $(cat) drops the trailing newline; the token never appears in this script or in argv.
    "token=$(cat)",
    'if [[ ${#token} -lt 16 || "$token" == *[[:space:]]* ]]; then',
    '  log "control: stdin must carry the token (16+ characters, no spaces); got ${#token} characters"',
    "  exit 1",
    "fi",
    `install -d -m 0755 ${dirname(paths.token)}`,
    `(umask 077 && printf '%s\\n' "$token" > ${paths.token}.new)`,
    `chown root:root ${paths.token}.new && chmod 0600 ${paths.token}.new`,
    `if cmp -s ${paths.token}.new ${paths.token}; then`,
    `  rm -f ${paths.token}.new; log "unchanged ${paths.token}"`,
    `else`,
    `  mv -f ${paths.token}.new ${paths.token}; log "wrote ${paths.token} (0600, root)"`,
    "fi",
    ...installFilesSteps(files),
    // As every host-side script here: without systemd (a container, the test lab) the files
    // are installed and the log says the service was not started.
    `if ${SYSTEMD_RUNNING}; then`,
    "  systemctl daemon-reload",
    `  systemctl enable --quiet ${unit}`,
    `  systemctl restart ${unit}`,
    `  log "enabled and restarted ${unit}"`,
    ...listenerCheckSteps(
      service.listen.address,
      service.listen.port,
      `see journalctl -u ${UNITS.control}; is the WireGuard address up, or the port taken?`,
    ).map((line) => `  ${line}`),
    "else",
    `  log "systemd is not running: ${unit} installed but not started"`,
    "fi",
  ]);

  const remove = bashScript("agent-sandbox control service: remove", [
    `if ${SYSTEMD_RUNNING} && [[ -e ${paths.unit} ]]; then`,
    `  systemctl disable --now --quiet ${unit} || true`,
    `  log "stopped and disabled ${unit}"`,
    "fi",
    ...[paths.unit, paths.config, paths.token, paths.service, paths.page].map(
      (path) => `if [[ -e ${path} ]]; then rm -f ${path}; log "removed ${path}"; fi`,
    ),
    `rmdir ${paths.libDir} 2>/dev/null || true`,
    `if ${SYSTEMD_RUNNING}; then systemctl daemon-reload; fi`,
  ]);
  return { files, create, delete: remove };
}

/**
 * The unit. Runs as root with only the capabilities a kill needs: CAP_KILL for SIGKILL to
 * QEMU, CAP_NET_ADMIN for the cut-off, CAP_DAC_READ_SEARCH to read the proxy log and the
 * overlay's times. MemoryDenyWriteExecute is left out: Node's JIT needs writable code.
 */
export function renderControlUnit(
  config: SandboxConfig,
  node: string,
  paths: { service: string; config: string },
): string {
  return [
    "# agent-sandbox control service. Rendered by the program: edits are overwritten.",
    "[Unit]",
    "Description=agent-sandbox control service (start, stop and kill the VM over WireGuard)",
    "After=network-online.target",
    "Wants=network-online.target",
    "# Never give up: until the WireGuard address exists, binding fails and systemd retries.",
    "StartLimitIntervalSec=0",
    "",
    "[Service]",
    `ExecStart=${node} ${paths.service} ${paths.config}`,
    "Restart=always",
    "RestartSec=2",
    "RuntimeDirectory=agent-sandbox-control",
    "Environment=HOME=/run/agent-sandbox-control XDG_CACHE_HOME=/run/agent-sandbox-control",
    "UMask=0077",
    "# A busy VM must not starve the kill switch of CPU or memory.",
    "CPUWeight=1000",
    "OOMScoreAdjust=-900",
    "CapabilityBoundingSet=CAP_KILL CAP_NET_ADMIN CAP_DAC_READ_SEARCH",
    ...SANDBOXED_SERVICE,
    "ProtectKernelLogs=yes",
    "ProtectClock=yes",
    "ProtectHostname=yes",
    "RestrictNamespaces=yes",
    "RestrictRealtime=yes",
    "RestrictSUIDSGID=yes",
    "LockPersonality=yes",
    "SystemCallArchitectures=native",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK",
    "# The sandbox network never reaches this service, even with the nft table gone.",
    `IPAddressDeny=${config.network.cidr}`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

/**
 * control/main.ts and every module it imports, transpiled to CommonJS and joined into one
 * file with a tiny module table. Only `node:` built-ins may be imported from outside the
 * repository: anything else fails here, at render time, not on the host.
 */
export function serviceBundle(entry = join(REPO, "control/main.ts")): string {
  const modules = new Map<string, string>();
  const visit = (file: string): string => {
    const id = `./${relative(REPO, file).replace(/\.ts$/, "")}`;
    if (modules.has(id)) return id;
    modules.set(id, "");
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        removeComments: true,
      },
    });
    const code = outputText.replace(/require\("([^"]+)"\)/g, (_, spec: string) => {
      if (spec.startsWith("node:")) return `require("${spec}")`;
      if (!spec.startsWith("."))
        throw new Error(
          `${id} imports "${spec}": the control service may use node: built-ins only`,
        );
      return `require("${visit(resolve(dirname(file), `${spec}.ts`))}")`;
    });
    modules.set(id, code);
    return id;
  };
  const main = visit(entry);
  const table = [...modules.keys()]
    .sort()
    .map(
      (id) =>
        `${JSON.stringify(id)}: function (exports, require, module) {\n${modules.get(id)!.trim()}\n},`,
    );
  return [
    "// agent-sandbox control service, built from control/*.ts by render/control.ts.",
    '"use strict";',
    "const modules = {",
    ...table,
    "};",
    "const cache = {};",
    "function load(id) {",
    "  if (!Object.hasOwn(modules, id)) return require(id);",
    "  if (!cache[id]) {",
    "    cache[id] = { exports: {} };",
    "    modules[id](cache[id].exports, load, cache[id]);",
    "  }",
    "  return cache[id].exports;",
    "}",
    `load(${JSON.stringify(main)});`,
    "",
  ].join("\n");
}
