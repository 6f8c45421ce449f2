import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { listProcesses, processTree, signalAll, stillRunning, waitGone } from "./lab-processes.js";

describe("helpers/lab-processes", () => {
  it("listProcesses() includes this process with its command line", () => {
    const self = listProcesses().find((p) => p.pid === process.pid);
    assert.ok(self);
    assert.equal(self.ppid, process.ppid);
    assert.match(self.command, /node/);
  });

  it("processTree(pid) finds a grandchild; signalAll() ends them; waitGone() sees them go", async () => {
    // `sh -c "sleep 30; true"` stays a shell with `sleep` as its child (no exec of the last command).
    const shell = spawn("sh", ["-c", "sleep 30; true"], { stdio: "ignore" });
    try {
      let tree = processTree(shell.pid!);
      for (let i = 0; i < 50 && tree.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        tree = processTree(shell.pid!);
      }
      assert.deepEqual(
        tree.map((p) => p.command),
        ["sh -c sleep 30; true", "sleep 30"],
      );
      signalAll(tree, "SIGTERM");
      assert.equal(await waitGone(tree, 5000), true);
    } finally {
      shell.kill("SIGKILL");
    }
  });

  it("stillRunning(p) is false for the same id with another command (a reused id)", () => {
    const self = listProcesses().find((p) => p.pid === process.pid)!;
    assert.equal(stillRunning(self), true);
    assert.equal(stillRunning({ ...self, command: "something else" }), false);
  });
});
