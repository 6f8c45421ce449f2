import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { GpuCostError } from "../../src/errors/error.js";
import type { ConnectionInfo } from "../../src/runner/connection-file.js";
import { KernelClient } from "../../src/runner/kernel-client.js";
import { sleep } from "../../src/runner/timing.js";
import { sharedKernel } from "./live-kernel.js";

// on the stand-in kernel: the keys are the runner's business, whatever the kernel
describe("runner/kernel-client", function () {
  this.timeout(90_000);

  it("a client holding the wrong key rejects every message from a live kernel and dispatches none", async () => {
    const kernel = await sharedKernel("stand-in");
    const info = JSON.parse(await readFile(kernel.connectionFile, "utf8")) as ConnectionInfo;
    const rejected: string[] = [];
    const forger = new KernelClient(
      { ...info, key: "0".repeat(64) },
      { onRejected: (e: GpuCostError, channel) => rejected.push(`${channel}: ${e.message}`) },
    );
    try {
      // Give the subscription time to join, then make the kernel publish on iopub.
      for (let i = 0; i < 50 && forger.rejectedCount === 0; i++) {
        await kernel.execute("print 1");
        await sleep(50);
      }
      assert.ok(forger.rejectedCount > 0, "the kernel's messages reached the client and were refused");
      assert.equal(rejected[0], "iopub: rejected a message on iopub: invalid signature");
    } finally {
      forger.close();
    }
  });

  it("the client with the right key gets the reply and the outputs of its own request only", async () => {
    const kernel = await sharedKernel("stand-in");
    const types: string[] = [];
    const outcome = await kernel.execute("print mine", { onIopub: (m) => types.push(m.header.msg_type) });
    assert.equal(outcome.kind, "reply");
    assert.deepEqual(types, ["status", "execute_input", "stream", "status"]);
    assert.equal(kernel.client.rejectedCount, 0);
  });
});
