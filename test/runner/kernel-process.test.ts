import assert from "node:assert/strict";
import { KernelProcess, liveKernelCount } from "../../src/runner/kernel-process.js";
import { parseKernelspec } from "../../src/runner/kernelspec.js";

/** A stand-in kernel: a shell that writes to stderr, then waits. */
const sleeper = parseKernelspec(
  "sleeper",
  JSON.stringify({ argv: ["sh", "-c", "echo started {connection_file} >&2; exec sleep 30"] }),
  "/nowhere",
);

describe("runner/kernel-process", function () {
  this.timeout(20_000);

  it("KernelProcess.start runs the kernelspec's command in the given folder, keeping its stderr", async () => {
    const before = liveKernelCount();
    const kernel = await KernelProcess.start(sleeper, "/run/k.json", { cwd: "/" });
    assert.equal(liveKernelCount(), before + 1);
    for (let i = 0; i < 200 && kernel.stderrTail === ""; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(kernel.stderrTail, "started /run/k.json\n");
    assert.equal(kernel.exit, undefined);
    await kernel.kill();
    assert.deepEqual(kernel.exit, { code: null, signal: "SIGKILL" });
    assert.equal(liveKernelCount(), before);
    assert.equal(kernel.signal("SIGINT"), false, "an ended process takes no signal");
  });

  it("waitForExit(ms) reports whether the process ended in time", async () => {
    const kernel = await KernelProcess.start(sleeper, "/run/k.json", { cwd: "/" });
    assert.equal(await kernel.waitForExit(50), false);
    kernel.signal("SIGTERM");
    assert.equal(await kernel.waitForExit(5000), true);
    assert.deepEqual(kernel.exit, { code: null, signal: "SIGTERM" });
  });

  it("KernelProcess.start fails for a command that does not exist", async () => {
    const missing = parseKernelspec("missing", JSON.stringify({ argv: ["/no/such/kernel"] }), "/nowhere");
    await assert.rejects(KernelProcess.start(missing, "/run/k.json", { cwd: "/" }), /ENOENT/);
  });
});
