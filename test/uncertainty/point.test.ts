import assert from "node:assert/strict";
import { GpuCostError } from "../../src/errors/error.js";
import { point } from "../../src/uncertainty/point.js";
import { sample } from "../../src/uncertainty/sample.js";

describe("uncertainty/point", () => {
  it("point(value) draws value every time", () => {
    assert.deepEqual(point(2048), { kind: "point", value: 2048 });
    assert.deepEqual(Array.from(sample(point(2048), 4)), [2048, 2048, 2048, 2048]);
  });

  it("point refuses a non-finite value", () => {
    assert.throws(
      () => point(Number.NaN),
      (e: unknown) => e instanceof GpuCostError && e.message === "invalid point.value: NaN (expected a finite number)",
    );
  });
});
