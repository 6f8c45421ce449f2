import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KernelProcess, liveKernelCount } from "../../src/runner/kernel-process.js";
import { launcherCommand } from "../../src/runner/kernel-launcher.js";
import { parseKernelspec } from "../../src/runner/kernelspec.js";
import { sleep } from "../../src/runner/timing.js";
import { processesInGroup, processesWithEnv } from "./processes.js";

/** A stand-in kernel: a shell that writes to stderr, then waits. */
const sleeper = parseKernelspec(
  "sleeper",
  JSON.stringify({ argv: ["sh", "-c", "echo started {connection_file} >&2; exec sleep 30"] }),
  "/nowhere",
);

/** Is process `pid` alive (not ended, nor a zombie)? */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Waits up to `ms` for `done()` to hold. */
async function until(done: () => boolean, ms = 5000): Promise<boolean> {
  for (let waited = 0; waited < ms && !done(); waited += 20) await sleep(20);
  return done();
}

describe("runner/kernel-process", function () {
  this.timeout(20_000);

  it("KernelProcess.start runs the kernelspec's command in the given folder, keeping its stderr", async () => {
    const before = liveKernelCount();
    const kernel = await KernelProcess.start(sleeper, "/run/k.json", { cwd: "/" });
    assert.equal(liveKernelCount(), before + 1);
    await until(() => kernel.stderrTail !== "");
    assert.equal(kernel.stderrTail, "started /run/k.json\n");
    assert.equal(kernel.exit, undefined);
    await kernel.kill();
    assert.deepEqual(kernel.exit, { code: null, signal: "SIGKILL" });
    assert.equal(liveKernelCount(), before);
    assert.equal(kernel.signal("SIGINT"), false, "an ended process takes no signal");
  });

  it("waitForExit(ms) reports whether the process ended in time; the kernel's own exit comes through the launcher", async () => {
    const kernel = await KernelProcess.start(sleeper, "/run/k.json", { cwd: "/" });
    assert.equal(await kernel.waitForExit(50), false);
    kernel.signal("SIGTERM");
    assert.equal(await kernel.waitForExit(5000), true);
    // the kernel ends by SIGTERM, and the launcher as it did, unless its own SIGTERM handler's SIGKILL came first
    assert.ok(["SIGTERM", "SIGKILL"].includes(kernel.exit!.signal!), JSON.stringify(kernel.exit));
    const exits = parseKernelspec("exits", JSON.stringify({ argv: ["sh", "-c", "exit 3"] }), "/nowhere");
    const three = await KernelProcess.start(exits, "/run/k.json", { cwd: "/" });
    await three.exited;
    assert.deepEqual(three.exit, { code: 3, signal: null });
  });

  it("a kernel command that does not exist ends with code 127, saying why on stderr", async () => {
    const missing = parseKernelspec("missing", JSON.stringify({ argv: ["/no/such/kernel"] }), "/nowhere");
    const kernel = await KernelProcess.start(missing, "/run/k.json", { cwd: "/" });
    assert.deepEqual(await kernel.exited, { code: 127, signal: null });
    assert.equal(kernel.stderrTail, "cannot start /no/such/kernel: spawn /no/such/kernel ENOENT\n");
  });

  it("SIGINT reaches the kernel, not the launcher (an interrupt)", async () => {
    const trap = parseKernelspec(
      "trap",
      JSON.stringify({
        argv: ["sh", "-c", "trap 'echo interrupted >&2; exit 5' INT; echo ready >&2; while :; do sleep 0.05; done"],
      }),
      "/nowhere",
    );
    const kernel = await KernelProcess.start(trap, "/run/k.json", { cwd: "/" });
    await until(() => kernel.stderrTail.includes("ready"));
    kernel.signal("SIGINT");
    assert.deepEqual(await kernel.exited, { code: 5, signal: null });
    assert.equal(kernel.stderrTail, "ready\ninterrupted\n");
  });

  it("what a kernel left running in its group is killed when the kernel ends", async () => {
    // the kernel starts a long sleep in the background and exits at once
    const leaves = parseKernelspec(
      "leaves",
      JSON.stringify({ argv: ["sh", "-c", "sleep 127 & echo $! >&2"] }),
      "/nowhere",
    );
    const kernel = await KernelProcess.start(leaves, "/run/k.json", { cwd: "/" });
    await kernel.exited;
    assert.ok(
      await until(() => processesInGroup(kernel.pid).length === 0),
      `left: ${processesInGroup(kernel.pid).join(", ")}`,
    );
  });

  it("what a kernel started and detached from its group (a session of its own) is killed when the kernel ends, by the mark in its environment", async () => {
    // setsid: a new session and group, as spawn(…, { detached: true }) makes; the kernel exits at once
    const detaches = parseKernelspec(
      "detaches",
      JSON.stringify({ argv: ["sh", "-c", "setsid sleep 126 & echo $! >&2"] }),
      "/nowhere",
    );
    const kernel = await KernelProcess.start(detaches, "/run/k.json", { cwd: "/" });
    await until(() => kernel.stderrTail !== "");
    const child = Number(kernel.stderrTail.trim());
    await kernel.exited;
    assert.ok(await until(() => !running(child)), `the detached sleep ${child} still runs`);
    assert.deepEqual(
      processesWithEnv("GPU_COST_LAB_KERNEL", kernel.mark),
      [],
      "nothing with the kernel's mark is left",
    );
  });

  it("a child that clears its environment escapes the mark (the limit the README states); the group still reaches it unless it left it", async () => {
    const clears = parseKernelspec(
      "clears",
      // the pid is told once the child has its own session (field 6 of /proc/<pid>/stat is the
      // session id): under load, the kernel could end and its group be killed before setsid ran
      JSON.stringify({
        argv: [
          "sh",
          "-c",
          'env -i setsid sleep 125 & p=$!; until [ "$(cut -d" " -f6 /proc/$p/stat)" = "$p" ]; do sleep 0.01; done; echo $p >&2',
        ],
      }),
      "/nowhere",
    );
    const kernel = await KernelProcess.start(clears, "/run/k.json", { cwd: "/" });
    await until(() => kernel.stderrTail !== "");
    const child = Number(kernel.stderrTail.trim());
    await kernel.exited;
    await sleep(200);
    try {
      assert.equal(
        running(child),
        true,
        "a child with no environment and a session of its own survives: no mark to find it by",
      );
    } finally {
      process.kill(child, "SIGKILL");
    }
  });

  it("the launcher kills the kernel's whole group and deletes its connection file when its pipe from the runner closes (the runner died)", async () => {
    const runtimeDir = await mkdtemp(join(tmpdir(), "launcher-test-"));
    const connectionFile = join(runtimeDir, "kernel-1.json");
    await writeFile(connectionFile, "{}");
    // a runner's view of the launcher: this test holds the pipe, then drops it as a killed runner would
    // the kernel's child in the group, and a detached one (setsid) found by the mark the runner gives every kernel's environment
    const mark = `test-${process.pid}-${Date.now()}`;
    const [command, ...args] = launcherCommand(["sh", "-c", "setsid sleep 124 & sleep 127 & exec sleep 128"], {
      connectionFile,
    });
    const launcher = spawn(command!, args, {
      stdio: ["pipe", "ignore", "ignore"],
      detached: true,
      env: { ...process.env, GPU_COST_LAB_KERNEL: mark },
    });
    await until(
      () => processesInGroup(launcher.pid!).length >= 3 && processesWithEnv("GPU_COST_LAB_KERNEL", mark).length >= 4,
    );
    assert.equal(processesInGroup(launcher.pid!).length, 3, "launcher, kernel and the kernel's child");
    assert.equal(processesWithEnv("GPU_COST_LAB_KERNEL", mark).length, 4, "… and the detached child, with the mark");
    const exited = new Promise((resolve) => launcher.once("exit", (code, signal) => resolve(signal)));
    launcher.stdin.destroy();
    assert.equal(await exited, "SIGKILL");
    assert.ok(await until(() => processesInGroup(launcher.pid!).length === 0), "no process of the group is left");
    assert.ok(await until(() => processesWithEnv("GPU_COST_LAB_KERNEL", mark).length === 0), "nor the detached child");
    assert.equal(existsSync(runtimeDir), false, "the connection file and its folder are gone");
  });
});
