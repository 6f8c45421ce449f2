import assert from "node:assert/strict";
import { sleep, within } from "../../src/runner/timing.js";

describe("runner/timing", () => {
  it("within(promise, ms) gives the value when it comes in time, undefined when it does not", async () => {
    assert.equal(await within(Promise.resolve(7), 1000), 7);
    assert.equal(await within(new Promise(() => undefined), 10), undefined);
    assert.equal(
      await within(
        sleep(5).then(() => "late but no deadline"),
        undefined,
      ),
      "late but no deadline",
    );
  });

  it("within passes a rejection on", async () => {
    await assert.rejects(within(Promise.reject(new Error("no")), 1000), /^Error: no$/);
  });
});
