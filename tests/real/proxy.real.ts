import { HOST_PATHS, hostProfile } from "../../render/hostProfile";
import { proxyScripts } from "../../render/hostSetup";
import { homeConfig } from "../fixtures/homeConfig";
import { quote, sh, shStatus, waitFor } from "../harness/sh";
import { PrivateHost, ScriptRun, startOkServer, startPrivateHost } from "./privateHost";

// The proxy Command's scripts and tinyproxy itself, run as rendered on a private host. The VM
// is a namespace behind the bridge; "the internet" is a namespace whose address the private
// host's /etc/hosts gives to the allowed names. Nothing leaves these namespaces.
jest.setTimeout(60_000);

const config = homeConfig();
const profile = hostProfile("debian");
const scripts = proxyScripts(config, profile);
const { bridge, hostAddress, vmAddress } = config.network;
const PROXY_USER = "agent-sandbox-proxy";
const UUID_LINE = /^[0-9a-f-]{36}\n$/;
// The pid keeps two runs of this file (two checkouts, two CI jobs) apart.
const vm = `asb-fw-p-vm-${process.pid}`;
const net = `asb-fw-p-net-${process.pid}`;
const NET_HOST = "172.30.0.2";
const NAMES = ["api.telegram.org", "api.anthropic.com", "a.b.anthropic.com", "anthropic.com"];

let host: PrivateHost;
let create: ScriptRun;

/** The proxy's answer to CONNECT name:port from `from` (a command prefix), e.g. "200". */
function connect(name: string, port = 443, from = `ip netns exec ${vm}`): string {
  const curl =
    `curl -s -o /dev/null --max-time 3 -w '%{http_connect}' -x http://${hostAddress}:8888` +
    ` https://${name}:${port}/`;
  return shStatus(`${from} bash -c ${quote(`${curl} || true`)}`).out.trim();
}

function proxyPid(): string {
  return host.exec(`cat ${HOST_PATHS.proxyPid}`).trim();
}

/** Starts tinyproxy the way the unit does: foreground, as the proxy user, in its directories. */
async function startProxy(): Promise<void> {
  host.exec(
    `install -d -o ${PROXY_USER} -g ${PROXY_USER} ${HOST_PATHS.runDir} ${HOST_PATHS.logDir}`,
  );
  host.exec(
    `setpriv --reuid=${PROXY_USER} --regid=${PROXY_USER} --init-groups` +
      ` ${profile.tinyproxy} -d -c ${HOST_PATHS.tinyproxyConfig} < /dev/null > /dev/null 2>&1 &`,
  );
  await waitFor("tinyproxy to listen", () => connect("evil.test") === "403", 10_000);
}

beforeAll(async () => {
  host = await startPrivateHost(`asb-fw-p-host-${process.pid}`);
  const h = `ip netns exec ${host.netns}`;
  sh(`ip netns add ${vm} && ip netns add ${net}`);
  sh(
    [
      `${h} ip link add ${bridge} type bridge`,
      `${h} ip addr add ${hostAddress}/24 dev ${bridge}`,
      `${h} ip link add vm-h type veth peer name eth0 netns ${vm}`,
      `${h} ip link set vm-h master ${bridge} up && ${h} ip link set ${bridge} up`,
      `ip netns exec ${vm} ip addr add ${vmAddress}/24 dev eth0`,
      `ip netns exec ${vm} ip link set eth0 up`,
      `${h} ip link add net-h type veth peer name eth0 netns ${net}`,
      `${h} ip addr add 172.30.0.1/24 dev net-h && ${h} ip link set net-h up`,
      `ip netns exec ${net} ip addr add ${NET_HOST}/24 dev eth0`,
      `ip netns exec ${net} ip link set eth0 up`,
    ].join(" && "),
  );
  host.exec(`echo ${quote(`${NET_HOST} ${NAMES.join(" ")} api.example.test`)} >> /etc/hosts`);
  host.exec("mkdir -p /etc/agent-sandbox && echo keep > /etc/agent-sandbox/not-the-proxys");
  await startOkServer(net, ["0.0.0.0:443", "0.0.0.0:80"]);
});

afterAll(() => {
  for (const ns of [vm, net]) shStatus(`ip netns pids ${ns} | xargs -r kill; ip netns del ${ns}`);
  host?.close();
});

describe("the proxy on a private host", () => {
  it("creates as rendered: files installed, validated by tinyproxy, one stdout line", () => {
    create = host.runScript(scripts.create, "");
    expect(create.stderr).toContain("tinyproxy accepts /etc/agent-sandbox/tinyproxy.conf");
    expect(create.stderr).toContain("systemd is not running and no tinyproxy runs");
    expect(create.code).toBe(0);
    expect(create.stdout).toMatch(UUID_LINE);
    for (const file of scripts.files) expect(host.exec(`cat ${file.path}`)).toBe(file.content);
  });

  it("lets the VM CONNECT to allowlisted names on 443 only and refuses the rest", async () => {
    await startProxy();
    expect(connect("api.telegram.org")).toBe("200");
    expect(connect("api.anthropic.com")).toBe("200");
    expect(connect("A.B.Anthropic.COM")).toBe("200");
    expect(connect("anthropic.com")).toBe("403");
    expect(connect("api.anthropic.com.evil.test")).toBe("403");
    expect(connect("1.2.3.4")).toBe("403");
    expect(connect("api.telegram.org", 80)).toBe("403");
  });

  it("serves only the VM", () => {
    expect(connect("api.telegram.org", 443, `ip netns exec ${host.netns}`)).toBe("403");
  });

  it("logs each refusal with the name asked for", () => {
    const log = host.exec(`cat ${HOST_PATHS.proxyLog}`);
    expect(log).toContain('Proxying refused on filtered url "anthropic.com:443"');
    expect(log).toContain('Proxying refused on filtered url "api.anthropic.com.evil.test:443"');
  });

  it("reloads a changed allowlist with SIGUSR1 when create runs again, without a restart", () => {
    const pid = proxyPid();
    expect(connect("api.example.test")).toBe("403");
    const wider = proxyScripts(
      homeConfig({ allowlist: [...config.proxy.allowlist, "api.example.test"] }),
      profile,
    );
    const update = host.runScript(wider.create, create.stdout);
    expect(update.code).toBe(0);
    expect(update.stderr).toContain(`sent SIGUSR1 to tinyproxy ${pid}`);
    expect(connect("api.example.test")).toBe("200");
    expect(proxyPid()).toBe(pid);
    create = update;
  });

  it("exits at start on a bad filter or a bad config (fail closed)", () => {
    const start = `timeout 5 setpriv --reuid=${PROXY_USER} --regid=${PROXY_USER} --init-groups`;
    const dir = "/etc/asb-fw-bad";
    host.exec(
      `mkdir -p ${dir} && echo '^(unclosed$' > ${dir}/filter && sed -e 's|^Filter .*|Filter "${dir}/filter"|'` +
        ` -e 's|^Port .*|Port 8889|' ${HOST_PATHS.tinyproxyConfig} > ${dir}/bad-filter.conf` +
        ` && (cat ${HOST_PATHS.tinyproxyConfig}; echo 'FilterDefaultDenny Yes') > ${dir}/typo.conf`,
    );
    const badFilter = host.status(`${start} ${profile.tinyproxy} -d -c ${dir}/bad-filter.conf`);
    expect(badFilter.code).toBe(65);
    const typo = host.status(`${start} ${profile.tinyproxy} -d -c ${dir}/typo.conf`);
    expect(typo.code).toBe(70);
  });

  it("delete with an older generation leaves the proxy; its own stops it and removes our files", () => {
    const old = host.runScript(scripts.delete, "an-older-generation");
    expect(old.code).toBe(0);
    expect(old.stderr).toContain("proxy (agent-sandbox-proxy.service): generation");
    expect(old.stderr).toContain("a newer create owns it, leaving it");
    expect(connect("api.telegram.org")).toBe("200");

    const pid = proxyPid();
    const own = host.runScript(scripts.delete, create.stdout);
    expect(own.code).toBe(0);
    expect(own.stderr).toContain(`stopped tinyproxy ${pid}`);
    for (const file of scripts.files) expect(host.status(`test -e ${file.path}`).code).toBe(1);
    expect(host.exec("cat /etc/agent-sandbox/not-the-proxys")).toBe("keep\n");
    return waitFor("tinyproxy to exit", () => host.status(`kill -0 ${pid}`).code !== 0, 5_000);
  });
});
