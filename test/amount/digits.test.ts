import assert from "node:assert/strict";
import { normaliseWidth, scaled } from "../../src/amount/digits.js";

describe("amount/digits", () => {
  it("normaliseWidth(text) reads full-width forms as ASCII, one character for one", () => {
    assert.equal(normaliseWidth("４００万～５００万"), "400万~500万");
    assert.equal(normaliseWidth("２，０００"), "2,000");
    assert.equal(normaliseWidth("３．８５億"), "3.85億");
    assert.equal(normaliseWidth("Ｈ８００"), "H800");
    assert.equal(normaliseWidth("３０％"), "30%");
    assert.equal(normaliseWidth("\u3000￥5"), " ¥5");
    // CJK punctuation without an ASCII twin stays: the list mark, the full stop, the wave dash
    assert.equal(normaliseWidth("、。〜"), "、。〜");
    const text = "约合人民币１９．２３万元～２４．０３万元";
    assert.equal(normaliseWidth(text).length, text.length);
  });

  it("scaled(digits, exponent) is the decimal numeral × 10^exponent, rounded once", () => {
    // 0.57 × 10^4 = 5,700 exactly (0.57 * 10_000 is 5,699.999999999999 in doubles)
    assert.equal(scaled("0.57", 4), 5_700);
    assert.notEqual(0.57 * 10_000, 5_700);
    // 19.23 × 10^4 = 192,300
    assert.equal(scaled("19.23", 4), 192_300);
    // 3 × 10^-1 = 0.3 (3 * 0.1 is 0.30000000000000004)
    assert.equal(scaled("3", -1), 0.3);
    assert.notEqual(3 * 0.1, 0.3);
    // 4,000 × 10^4 = 40,000,000: thousands separators dropped
    assert.equal(scaled("4,000", 4), 40_000_000);
    // 3.85 × 10^8 = 385,000,000
    assert.equal(scaled("3.85", 8), 385_000_000);
    assert.equal(scaled("9", 400), Infinity);
  });
});
