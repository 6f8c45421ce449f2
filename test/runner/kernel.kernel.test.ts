import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { createConnectionInfo, makeRuntimeDir } from "../../src/runner/connection-file.js";
import { tmpdir } from "node:os";
import { describeExit, Kernel, type ExecuteOutcome } from "../../src/runner/kernel.js";
import type { JupyterMessage } from "../../src/runner/message.js";
import { standIn } from "../helpers/stand-in.js";
import { freshKernel, sharedKernel } from "./live-kernel.js";

/** Runs `code` on `kernel`, collecting what it printed. */
async function run(kernel: Awaited<ReturnType<typeof sharedKernel>>, code: string, timeoutMs?: number) {
  const messages: JupyterMessage[] = [];
  const outcome: ExecuteOutcome = await kernel.execute(code, { onIopub: (m) => messages.push(m), timeoutMs });
  const stream = (name: string) =>
    messages
      .filter((m) => m.header.msg_type === "stream" && m.content.name === name)
      .map((m) => m.content.text)
      .join("");
  return { outcome, stdout: stream("stdout"), stderr: stream("stderr"), messages };
}

// tslab: what tslab does (its language, its last value as stdout, its type errors, its 200 ms reset,
// SIGINT on a synchronous loop); the stand-in: the runner's mechanics (death, shutdown, heartbeat,
// ports), one start of tslab in all.
describe("runner/kernel", function () {
  this.timeout(90_000);

  it("Kernel.start() hands over a ready tslab kernel that runs code and reports its language", async () => {
    const kernel = await sharedKernel();
    assert.equal((kernel.info.language_info as { name?: string }).name, "typescript");
    const { outcome, stdout } = await run(kernel, 'console.log("hi");\n6 * 7');
    assert.equal(outcome.kind === "reply" && outcome.status, "ok");
    assert.equal(stdout, "hi\n42\n", "tslab sends a cell's last value as stdout");
  });

  it("execute() takes tslab's reply status as the truth: a type error is status error with the diagnostic on stderr", async () => {
    const kernel = await sharedKernel();
    const { outcome, stderr, messages } = await run(kernel, 'const n: number = "s";');
    assert.equal(outcome.kind === "reply" && outcome.status, "error");
    assert.equal(stderr, "1:7 - Type 'string' is not assignable to type 'number'.\n");
    assert.equal(
      messages.some((m) => m.header.msg_type === "error"),
      false,
      "tslab sends no iopub error",
    );
  });

  it("execute() right after a failed cell is not cancelled by tslab's 200 ms reset", async () => {
    const kernel = await sharedKernel();
    await run(kernel, 'throw new Error("first");');
    const { outcome, stdout } = await run(kernel, "1 + 1");
    assert.equal(outcome.kind === "reply" && outcome.status, "ok");
    assert.equal(stdout, "2\n");
  });

  it("execute(code, {timeoutMs}) interrupts a cell that runs too long (tslab's synchronous loop) and the kernel stays usable", async () => {
    const kernel = await sharedKernel();
    const { outcome } = await run(kernel, "while (true) {}", 1000);
    assert.deepEqual(outcome, { kind: "timeout", interrupted: true });
    const after = await run(kernel, '"still here"');
    assert.equal(after.stdout, "still here\n");
  });

  it("execute() reports a kernel that dies mid-cell, and shutdown() removes its connection file", async () => {
    const kernel = await freshKernel();
    try {
      const { outcome } = await run(kernel, "die SIGKILL");
      assert.deepEqual(outcome, { kind: "died", exit: { code: null, signal: "SIGKILL" } });
      assert.equal(kernel.dead, true);
      const again = await run(kernel, "print 1");
      assert.equal(again.outcome.kind, "died", "a dead kernel runs nothing more");
    } finally {
      await kernel.done();
    }
    assert.equal(existsSync(kernel.connectionFile), false);
  });

  it("a cell may use Node (a subset, then Node's declarations on demand: process.pid, Error.captureStackTrace, fs) and the preload applies every patch", async () => {
    const kernel = await freshKernel("tslab");
    try {
      const cells = [
        // console and process.pid: the cell globals and Node's subset, no Node yet
        ['console.log("no Node yet", typeof process.pid);', "no Node yet number\n"],
        // no word of Node's here: the cell fails to type-check without Node's declarations, then passes with them
        ["const e: { stack?: string } = {};\nError.captureStackTrace(e);\ntypeof e.stack", "string\n"],
        [
          'import { readFileSync } from "node:fs";\n[typeof readFileSync, typeof process.pid].join(" ")',
          "function number\n",
        ],
      ] as const;
      for (const [code, printed] of cells) {
        const { outcome, stdout, stderr } = await run(kernel, code);
        assert.equal(outcome.kind === "reply" && outcome.status, "ok", `${code}: ${stderr}`);
        assert.equal(stdout, printed);
      }
      assert.doesNotMatch(kernel.process.stderrTail, /tslab preload/, "no patch reported as not applied");
    } finally {
      await kernel.done();
    }
  });

  it("shutdown() ends the kernel process", async () => {
    const kernel = await freshKernel();
    await kernel.done();
    assert.ok(kernel.process.exit, "the process has ended");
    assert.equal(kernel.dead, true);
  });

  it("describeExit(exit) words how a process ended", () => {
    assert.equal(describeExit({ code: null, signal: "SIGKILL" }), "was killed by SIGKILL");
    assert.equal(describeExit({ code: 1, signal: null }), "exited with code 1");
    assert.equal(describeExit(undefined), "stopped answering its heartbeat");
  });

  it("a kernel that stops answering its heartbeat between cells is declared dead and killed", async () => {
    const runtimeDir = await makeRuntimeDir();
    const kernel = await Kernel.start({ spec: await standIn(), cwd: tmpdir(), runtimeDir, heartbeatTimeoutMs: 1500 });
    try {
      // the group (launcher and kernel): alive as processes, deaf on their sockets
      process.kill(-kernel.process.pid, "SIGSTOP");
      const death = await kernel.ended;
      assert.equal(death.reason, "heartbeat");
      assert.deepEqual(await kernel.process.exited, { code: null, signal: "SIGKILL" });
      const { outcome } = await run(kernel, "print 1");
      assert.deepEqual(outcome, { kind: "died", exit: undefined });
      assert.equal(describeExit(death.exit), "stopped answering its heartbeat");
    } finally {
      await kernel.shutdown();
      await rm(runtimeDir, { recursive: true, force: true });
    }
  });

  it("Kernel.start() starts again with new ports when one it was given is taken before the kernel binds it", async () => {
    const taken = await createConnectionInfo({ kernelName: "stand-in" });
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(taken.iopub_port, "127.0.0.1", resolve));
    const attempts: number[] = [];
    const runtimeDir = await makeRuntimeDir();
    try {
      const kernel = await Kernel.start({
        spec: await standIn(),
        cwd: tmpdir(),
        runtimeDir,
        connection: async (kernelName) => (
          attempts.push(attempts.length + 1),
          attempts.length === 1 ? taken : createConnectionInfo({ kernelName })
        ),
      });
      assert.deepEqual(attempts, [1, 2]);
      const outcome = await kernel.execute("print 1");
      assert.equal(outcome.kind, "reply");
      await kernel.shutdown();
    } finally {
      squatter.close();
      await rm(runtimeDir, { recursive: true, force: true });
    }
  });
});
