import assert from "node:assert/strict";
import { GpuCostError } from "../../src/errors/error.js";
import { errorMaker, failer } from "../../src/errors/failer.js";

/** Two small catalogues, as two layers would keep them. */
const low = { tooSmall: (d: { name: string; value: number }) => `invalid ${d.name}: ${d.value} (expected more)` };
const high = { noRoom: (d: { room: string }) => `no room for ${d.room}` };

describe("errors/failer", () => {
  it("failer(...catalogues) throws a GpuCostError for a code of any of them, worded by the one that holds it", () => {
    const fail = failer(high, low);
    assert.throws(
      () => fail("tooSmall", { name: "n", value: 1 }),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.code === "tooSmall" &&
        e.message === "invalid n: 1 (expected more)" &&
        (e.data as { value: number }).value === 1,
    );
    assert.throws(() => fail("noRoom", { room: "the runner" }), {
      name: "GpuCostError",
      message: "no room for the runner",
    });
  });

  it("errorMaker(...catalogues) makes the same error without throwing it", () => {
    const e = errorMaker(high, low)("noRoom", { room: "a cell" });
    assert.ok(e instanceof GpuCostError);
    assert.deepEqual([e.code, e.data, e.message], ["noRoom", { room: "a cell" }, "no room for a cell"]);
  });

  it("refuses, when a layer's module loads, two catalogues that share a code", () => {
    assert.throws(() => failer(low, { tooSmall: low.tooSmall }), {
      message: "message code tooSmall is in two catalogues",
    });
  });
});
