import assert from "node:assert/strict";
import { readAmounts } from "../../src/amount/read-amounts.js";

describe("amount/read-amounts", () => {
  it("readAmounts(text) gives each amount's place in the text, bounds and prefixes included", () => {
    const text = "H800约为400万～500万日元（约合人民币19.23万元～24.03万元）";
    const spans = readAmounts(text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(spans, ["400万～500万日元", "人民币19.23万元～24.03万元"]);
    const quote = "相比不到10分之1。";
    assert.deepEqual(
      readAmounts(quote).map((f) => quote.slice(f.start, f.end)),
      ["不到10分之1"],
    );
  });

  it("readAmounts(text) keeps numbers without a unit, unit undefined, so parseAmount can say why", () => {
    // 2048 alone; the date 2024-12 reads as a unit-less range, then 27
    assert.deepEqual(readAmounts("2048"), [{ low: 2048, high: 2048, unit: undefined, start: 0, end: 4 }]);
    assert.deepEqual(
      readAmounts("2024-12-27").map((f) => f.unit),
      [undefined, undefined],
    );
  });

  it("readAmounts(text) spans a 、 list only while the units agree", () => {
    // 400万日元、2000块: yen then boards, two amounts, not one range
    assert.deepEqual(
      readAmounts("400万日元、2000块").map((f) => [f.low, f.high, f.unit]),
      [
        [400 * 10_000, 400 * 10_000, "JPY"],
        [2000, 2000, "GPU"],
      ],
    );
  });

  it("readAmounts(text) reads an upper bound after the amount as [0, bound]", () => {
    // 500万日元以下 = at most 5,000,000 JPY
    assert.deepEqual(
      readAmounts("500万日元以下").map((f) => [f.low, f.high, f.unit]),
      [[0, 500 * 10_000, "JPY"]],
    );
  });
});
