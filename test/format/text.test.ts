import assert from "node:assert/strict";
import { moneyText, quantityText, timesText } from "../../src/format/text.js";

describe("format/text", () => {
  it("moneyText, quantityText and timesText write ranges as the charts show them", () => {
    assert.equal(moneyText(5_576_000, 5_576_000, "USD"), "$5.58M");
    assert.equal(moneyText(8e9, 1.5e10, "JPY"), "JPY 8.0B–15.0B");
    assert.equal(quantityText(2000, 3000), "2,000–3,000");
    assert.equal(quantityText(2_788_000), "2,788,000");
    assert.equal(quantityText(0.75), "0.75");
    assert.equal(timesText(9.46, 17.74), "9.5–17.7×");
    assert.equal(timesText(1.001, 0.999), "1.0×");
    assert.equal(timesText(0.7272, 0.909, 2), "0.73–0.91×");
  });

  it("moneyText writes a negative zero as zero: $0, not -$0", () => {
    assert.equal(moneyText(-0, -0, "USD"), "$0");
    assert.equal(moneyText(-0, 0, "CNY"), "CNY 0"); // never a bare ¥ (yuan by its code)
  });
});
