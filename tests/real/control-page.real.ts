import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";
import { ControlLab, startControlLab } from "../control/lab";

// The control page in Debian's headless Chromium, run inside the WireGuard peer's namespace,
// against the real service and a real TCG domain: enter the token, press Kill, confirm, and
// see the VM stopped.
jest.setTimeout(90_000);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let lab: ControlLab;
let dir: string;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  lab = await startControlLab("asb-ctl-p");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "asb-ctl-p-chromium-"));
  // Playwright talks to Chromium over a pipe, so only the browser's network moves to the peer.
  const wrapper = path.join(dir, "chromium-in-peer");
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${lab.peer} /usr/bin/chromium "$@"\n`, {
    mode: 0o755,
  });
  browser = await chromium.launchPersistentContext(path.join(dir, "profile"), {
    executablePath: wrapper,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  const started = await lab.api("POST", "/api/start", { token: lab.token });
  if (started.status !== 200) throw new Error(`start failed: ${JSON.stringify(started.body)}`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  lab?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the control page", () => {
  it("loads without a token and asks for one", async () => {
    await page.goto(`${lab.url}/`);
    await page.locator("#token-form").waitFor({ state: "visible" });
    expect(await page.locator("#token-message").textContent()).toMatch(/Enter the control token/);
  });

  it("shows the running VM once the token is entered", async () => {
    await page.fill("#token", lab.token);
    await page.click("#save-token");
    await page.locator("#state", { hasText: "running" }).waitFor();
    expect(await page.locator("#token-form").isHidden()).toBe(true);
    expect(await page.locator("#domain").textContent()).toBe(lab.config.vmName);
  });

  it("asks to confirm a kill and does nothing when cancelled", async () => {
    await page.click("#kill");
    await page.locator("#confirm").waitFor({ state: "visible" });
    await page.click("#cancel-kill");
    expect(await page.locator("#confirm").isHidden()).toBe(true);
    expect(lab.qemuPids()).toHaveLength(1);
  });

  it("kills the VM after the confirmation and shows each step", async () => {
    await page.click("#kill");
    await page.click("#confirm-kill");
    await page.locator("#result", { hasText: "kill: done" }).waitFor({ timeout: 30_000 });
    await page.locator("#state", { hasText: "shut off" }).waitFor();
    expect(await page.locator("#steps li").allTextContents()).toEqual([
      expect.stringMatching(/^virsh destroy: /),
      expect.stringMatching(/^verify QEMU gone: no QEMU process/),
    ]);
    expect(lab.qemuPids()).toEqual([]);
  });

  it("keeps the token across a reload", async () => {
    await page.reload();
    await page.locator("#state", { hasText: "shut off" }).waitFor();
    expect(await page.locator("#token-form").isHidden()).toBe(true);
  });

  it("ran under its content security policy without a violation", () => {
    expect(consoleErrors).toEqual([]);
  });
});
