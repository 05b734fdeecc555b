import { homeConfig } from "../fixtures/homeConfig";
import { PROXY_USER, hostProfile } from "../../render/hostProfile";
import { renderProxyUnit } from "../../render/systemd";
import { serviceSpec } from "../../lab/unit";

test("the proxy unit's user, command and folders are read as systemd would use them", () => {
  const spec = serviceSpec(renderProxyUnit(homeConfig(), hostProfile("debian")));
  expect(spec).toEqual({
    user: PROXY_USER,
    group: PROXY_USER,
    execStart: "/usr/bin/tinyproxy -d -c /etc/agent-sandbox/tinyproxy.conf",
    directories: ["/run/agent-sandbox", "/var/log/agent-sandbox"],
  });
});

test("settings outside [Service] are ignored and a unit without ExecStart is refused", () => {
  const unit = "[Unit]\nUser=nobody\n[Service]\nUser=proxy\nExecStart=/bin/true\n";
  expect(serviceSpec(unit)).toEqual(
    expect.objectContaining({ user: "proxy", group: "proxy", execStart: "/bin/true" }),
  );
  expect(() => serviceSpec("[Service]\nUser=proxy\n")).toThrow(/ExecStart/);
});
