import assert from "node:assert/strict";
import { binDraws } from "../../../src/analysis/uncertainty/bin-draws.js";

describe("analysis/uncertainty/bin-draws", () => {
  it("binDraws(draws, { bins }) counts draws into equal-width bins from the smallest to the largest", () => {
    // width (4 − 1) ÷ 3 = 1: [1, 2) holds 1, [2, 3) holds 2, [3, 4] holds 1 (the last bin includes 4)
    assert.deepEqual(binDraws([1, 2, 2, 4], { bins: 3 }), [
      { x0: 1, x1: 2, count: 1, share: 0.25 },
      { x0: 2, x1: 3, count: 2, share: 0.5 },
      { x0: 3, x1: 4, count: 1, share: 0.25 },
    ]);
  });

  it("binDraws keeps every draw: the counts add up to the number of draws", () => {
    const draws = Float64Array.from({ length: 1001 }, (_, i) => Math.sqrt(i));
    const bins = binDraws(draws);
    assert.equal(bins.length, 40);
    assert.equal(
      bins.reduce((t, b) => t + b.count, 0),
      1001,
    );
    assert.equal(bins[0]!.x0, 0);
    assert.equal(bins[39]!.x1, Math.sqrt(1000));
  });

  it("binDraws of no draws is no bins; of equal draws, one bin of zero width", () => {
    assert.deepEqual(binDraws([]), []);
    assert.deepEqual(binDraws([5, 5, 5]), [{ x0: 5, x1: 5, count: 3, share: 1 }]);
  });

  it("binDraws checks its input", () => {
    assert.throws(() => binDraws([1, NaN]), { message: "invalid draws[1]: NaN (expected a finite number)" });
    assert.throws(() => binDraws([1, 2], { bins: 2.5 }), {
      message: "invalid bins: 2.5 (expected a positive whole number)",
    });
  });
});
