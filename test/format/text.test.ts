import assert from "node:assert/strict";
import { flopText, moneyText, quantityText, ratioText, timesText } from "../../src/format/text.js";

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

  it("flopText writes FLOP in scientific notation to 3 significant digits: 3.29\u00a0×\u00a010²⁴", () => {
    // 6 × 37e9 × 14.8e12 = 3.2856e24
    assert.equal(flopText(6 * 37e9 * 14.8e12), "3.29\u00a0×\u00a010²⁴");
    assert.equal(flopText(3.8e25), "3.80\u00a0×\u00a010²⁵");
    assert.equal(flopText(2.6e19), "2.60\u00a0×\u00a010¹⁹");
    // 9.996e24 rounds to 1.00 × 10²⁵, not 10.0 × 10²⁴
    assert.equal(flopText(9.996e24), "1.00\u00a0×\u00a010²⁵");
  });

  it("ratioText writes a constant to 5 significant digits, trailing zeros dropped", () => {
    assert.equal(ratioText(10.2 / 8 / 0.7), "1.8214");
    assert.equal(ratioText(1.8), "1.8");
    assert.equal(ratioText(1.1, 1.4), "1.1–1.4");
  });
});
