import { spawnSync } from "child_process";
import {
  GUEST_PATHS,
  GUEST_UNITS,
  fillTemplate,
  guestFiles,
  proxyEnvironment,
} from "../../render/guestUnits";
import { homeConfig } from "../fixtures/homeConfig";

const config = homeConfig();
const files = guestFiles(config);

function file(path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no guest file ${path}`);
  return found.content;
}

describe("fillTemplate", () => {
  it("refuses a placeholder without a value and a value without a placeholder", () => {
    expect(() => fillTemplate("run-agent.sh", { AGENT_USER: "agent" })).toThrow(
      "template run-agent.sh has no value for {{AGENT_COMMAND}}",
    );
    expect(() =>
      fillTemplate("run-agent.sh", { AGENT_USER: "a", AGENT_COMMAND: "b", EXTRA: "c" }),
    ).toThrow("template run-agent.sh does not use EXTRA");
  });
});

describe("the proxy settings in the image", () => {
  const url = "http://10.77.0.1:8888";

  it("point at the host's bridge address and proxy port, in both spellings", () => {
    expect(Object.fromEntries(proxyEnvironment(config))).toEqual({
      HTTP_PROXY: url,
      HTTPS_PROXY: url,
      http_proxy: url,
      https_proxy: url,
      NO_PROXY: "localhost,127.0.0.1,::1",
      no_proxy: "localhost,127.0.0.1,::1",
      NODE_USE_ENV_PROXY: "1",
    });
    const other = homeConfig({
      networkCidr: "192.168.50.0/24",
      vmAddress: "192.168.50.9",
      proxyPort: "3128",
    });
    expect(Object.fromEntries(proxyEnvironment(other)).HTTPS_PROXY).toBe(
      "http://192.168.50.1:3128",
    );
  });

  it("reach login shells, pam, every systemd service and apt", () => {
    expect(file("/etc/environment")).toContain(`\nHTTPS_PROXY=${url}\n`);
    expect(file("/etc/profile.d/agent-sandbox-proxy.sh")).toContain(
      `\nexport https_proxy=${url}\n`,
    );
    expect(file("/etc/systemd/system.conf.d/90-agent-sandbox-proxy.conf")).toContain(
      `DefaultEnvironment="HTTP_PROXY=${url}" "HTTPS_PROXY=${url}"`,
    );
    expect(file("/etc/systemd/user.conf.d/90-agent-sandbox-proxy.conf")).toContain(
      "NODE_USE_ENV_PROXY=1",
    );
    expect(file("/etc/apt/apt.conf.d/90agent-sandbox-proxy")).toContain(
      `Acquire::https::Proxy "${url}";`,
    );
  });

  it("set valid shell in /etc/profile.d", () => {
    const run = spawnSync(
      "bash",
      ["-c", `${file("/etc/profile.d/agent-sandbox-proxy.sh")}\necho "$HTTPS_PROXY"`],
      {
        encoding: "utf8",
        env: {},
      },
    );
    expect(run.stdout.trim()).toBe(url);
  });
});

describe("the DHCP and resolver settings in the image", () => {
  it("take an address by DHCP and ignore any DNS server it offers", () => {
    const network = file("/etc/systemd/network/05-agent-sandbox.network");
    expect(network).toContain("DHCP=ipv4\n");
    expect(network).toContain("UseDNS=no\n");
    expect(network).toContain("IPv6AcceptRA=no\n");
  });

  it("stop dhclient and NetworkManager from writing resolv.conf and disable cloud-init", () => {
    expect(file("/etc/dhcp/dhclient-enter-hooks.d/zz-agent-sandbox-no-dns")).toContain(
      "make_resolv_conf() { :; }",
    );
    expect(file("/etc/NetworkManager/conf.d/90-agent-sandbox-no-dns.conf")).toContain("dns=none");
    expect(files.map((f) => f.path)).toContain("/etc/cloud/cloud-init.disabled");
    expect(file("/etc/cloud/cloud.cfg.d/99-agent-sandbox.cfg")).toContain(
      "manage_resolv_conf: false",
    );
  });
});

describe("the agent's units", () => {
  const agent = file(`${GUEST_PATHS.unitDir}/${GUEST_UNITS.agent}`);

  it("run the agent as its user in tmux session agent, only after the reset", () => {
    expect(agent).toContain("User=agent\n");
    expect(agent).toContain("Requires=agent-sandbox-reset.service\n");
    expect(agent).toMatch(/^After=agent-sandbox-reset\.service /m);
    expect(agent).toContain(
      `ExecStart=/usr/bin/tmux new-session -d -s agent ${GUEST_PATHS.runAgent}\n`,
    );
    expect(agent).toContain("EnvironmentFile=/etc/environment\n");
  });

  it("hand the configured command to a plain shell with a fixed PATH, quoted", () => {
    const run = file(GUEST_PATHS.runAgent);
    // The home's own bin folders never come first: a planted `claude` must not shadow the image's.
    expect(run).toContain("export PATH=/usr/local/bin:/usr/bin:/bin\n");
    expect(run).not.toMatch(/bash -l|\.profile/);
    expect(run).toContain(
      "exec /bin/bash -c 'claude --dangerously-skip-permissions --channels plugin:telegram@claude-plugins-official'\n",
    );
    const odd = guestFiles(homeConfig({ agentCommand: "echo 'hi' $HOME" }));
    expect(odd.find((f) => f.path === GUEST_PATHS.runAgent)!.content).toContain(
      `exec /bin/bash -c 'echo '"'"'hi'"'"' $HOME'\n`,
    );
  });

  it("match the snapshot", () => {
    expect(agent).toMatchSnapshot();
    expect(file(`${GUEST_PATHS.unitDir}/${GUEST_UNITS.reset}`)).toMatchSnapshot();
  });
});

describe("the data reset script", () => {
  const reset = file(GUEST_PATHS.resetData);

  it("lists exactly the configured paths, quoted, relative to the data disk", () => {
    const quoted = config.dataResetPaths.map((path) => `'${path}'`).join(" ");
    expect(config.dataResetPaths).toContain("home/agent/.tmux.conf");
    expect(reset).toContain(`paths=(${quoted})\n`);
    expect(reset).toContain("data=/data\n");
    const none = guestFiles(homeConfig({ dataResetPaths: [] }));
    expect(none.find((f) => f.path === GUEST_PATHS.resetData)!.content).toContain("paths=()\n");
  });

  it("is valid bash", () => {
    expect(spawnSync("bash", ["-n"], { input: reset }).status).toBe(0);
  });
});

describe("the serial console", () => {
  it("logs in as the agent user, never root, for the owner's first login", () => {
    const dropIn = files.find((f) => f.path.includes("serial-getty@ttyS0.service.d"))!;
    expect(dropIn.content).toMatch(/^ExecStart=$/m);
    expect(dropIn.content).toMatch(/^ExecStart=-\/sbin\/agetty --autologin agent /m);
    const other = guestFiles(
      homeConfig({ agentUser: "claude", dataResetPaths: ["home/claude/.bashrc"] }),
    );
    expect(other.find((f) => f.path === dropIn.path)!.content).toContain("--autologin claude ");
  });
});
