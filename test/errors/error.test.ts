import assert from "node:assert/strict";
import { GpuCostError } from "../../src/errors/error.js";
import { fail } from "../../src/errors/messages.js";
import { show } from "../../src/errors/show.js";

describe("errors/error", () => {
  it("fail(code, data) throws a GpuCostError whose message follows the catalogue's grammar", () => {
    assert.throws(
      () => fail("notPositiveWhole", { name: "gpuCount", value: -3 }),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.code === "notPositiveWhole" &&
        e.message === "invalid gpuCount: -3 (expected a positive whole number)",
    );
  });

  it("fail keeps the data apart from the wording", () => {
    try {
      fail("rangeOrder", { name: "gpuPrice", low: 5, high: 4 });
      assert.fail("fail() returned");
    } catch (e) {
      assert.ok(e instanceof GpuCostError);
      assert.deepEqual(e.data, { name: "gpuPrice", low: 5, high: 4 });
      assert.equal(e.message, "invalid gpuPrice: low 5 > high 4 (expected low ≤ high)");
    }
  });
});

describe("errors/show", () => {
  it("show(value) quotes strings, writes numbers plainly and non-finite numbers by name", () => {
    assert.equal(show("GBP"), '"GBP"');
    assert.equal(show(-3), "-3");
    assert.equal(show(Number.NaN), "NaN");
    assert.equal(show({ low: Infinity }), '{"low":"Infinity"}');
    assert.equal(show(undefined), "undefined");
    // a character that shows nothing, escaped: in a string and inside an object
    assert.equal(show("EUR\u200b"), '"EUR\\u200b"');
    assert.equal(show({ currency: "\u202eDSU" }), '{"currency":"\\u202eDSU"}');
  });
});
