import assert from "node:assert/strict";
import { heartbeatMonitor } from "../../src/runner/heartbeat.js";
import { sleep } from "../../src/runner/timing.js";

/** Waits (up to 5 s) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 5) await sleep(5);
}

describe("runner/heartbeat", () => {
  it("heartbeatMonitor calls onLost once the kernel has not answered for timeoutMs while idle", async () => {
    let lost = 0;
    let pings = 0;
    const monitor = heartbeatMonitor(() => Promise.resolve((pings++, false)), {
      timeoutMs: 30,
      intervalMs: 5,
      isBusy: () => false,
      onLost: () => lost++,
    });
    monitor.start();
    await until(() => lost > 0);
    const pingsAtLoss = pings;
    await sleep(50);
    monitor.stop();
    assert.equal(lost, 1);
    assert.equal(pings, pingsAtLoss, "no pings after the loss");
  });

  it("heartbeatMonitor does not count silence while a cell runs (tslab answers on the thread that runs cells)", async () => {
    let lost = 0;
    let pings = 0;
    const started = Date.now();
    const monitor = heartbeatMonitor(() => Promise.resolve((pings++, false)), {
      timeoutMs: 20,
      intervalMs: 5,
      isBusy: () => true,
      onLost: () => lost++,
    });
    monitor.start();
    await until(() => pings >= 10 && Date.now() - started > 60); // several timeouts' worth of silence
    monitor.stop();
    assert.equal(lost, 0);
  });

  it("heartbeatMonitor stays quiet while echoes come back", async () => {
    let lost = 0;
    let pings = 0;
    const started = Date.now();
    const monitor = heartbeatMonitor(() => Promise.resolve((pings++, true)), {
      timeoutMs: 20,
      intervalMs: 5,
      isBusy: () => false,
      onLost: () => lost++,
    });
    monitor.start();
    await until(() => pings >= 10 && Date.now() - started > 60);
    monitor.stop();
    assert.equal(lost, 0);
  });
});
