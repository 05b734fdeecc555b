/**
 * The same program for a stack whose libvirt host is reached over SSH: every host-side step
 * runs there, as root through sudo -n, with the host key pinned.
 */
import { ProgramRun, runProgram } from "../scripts/mockRun";

const HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOsandboxtestkey";
let run: ProgramRun;

beforeAll(async () => {
  run = await runProgram("home", {
    libvirtUri: "qemu+ssh://admin@nas.lan:2222/system",
    sshHostKey: HOST_KEY,
  });
});

const commands = (): ProgramRun["resources"] =>
  run.resources.filter((r) => r.type.startsWith("command:"));

test("runs every host-side step over SSH, none locally", () => {
  expect(commands().map((r) => r.type)).toEqual(commands().map(() => "command:remote:Command"));
  expect(
    commands()
      .map((r) => r.name)
      .sort(),
  ).toEqual([
    "sandbox-base",
    "sandbox-nftables",
    "sandbox-qemu-hook",
    "sandbox-service",
    "sandbox-tinyproxy",
  ]);
});

test("connects to the URI's host, user and port with the pinned host key", () => {
  for (const command of commands()) {
    // @pulumi/command marks the connection secret; the mock monitor sees it wrapped.
    const connection = command.inputs.connection as { value?: unknown };
    expect(connection.value).toMatchObject({
      host: "nas.lan",
      user: "admin",
      port: 2222,
      hostKey: HOST_KEY,
    });
  }
});

test("runs each step as root through sudo -n", () => {
  for (const command of commands()) {
    expect(command.inputs.create).toMatch(/^sudo -n \/bin\/bash -c /);
  }
});

test("gives the libvirt provider the same URI", () => {
  expect(run.get("libvirt", "pulumi:providers:libvirt").inputs.uri).toBe(
    "qemu+ssh://admin@nas.lan:2222/system",
  );
});
