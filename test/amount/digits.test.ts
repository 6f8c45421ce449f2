import assert from "node:assert/strict";
import { below, decimal, isZero, normaliseWidth, shift, sum, toNumber } from "../../src/amount/digits.js";

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
    // a text with nothing to change is returned as it is
    const plain = "400万日元";
    assert.equal(normaliseWidth(plain), plain);
  });

  it("decimal(numeral) keeps the digits as written, without separators: 4,000.25 = 400025 × 10^-2", () => {
    assert.deepEqual(decimal("4,000.25"), { digits: "400025", exponent: -2 });
    assert.deepEqual(decimal("19.23"), { digits: "1923", exponent: -2 });
    assert.deepEqual(decimal("2025"), { digits: "2025", exponent: 0 });
  });

  it("toNumber(d, by) is d × 10^by, rounded once", () => {
    // 0.57 × 10^4 = 5,700 exactly (0.57 * 10_000 is 5,699.999999999999 in doubles)
    assert.equal(toNumber(decimal("0.57"), 4), 5_700);
    assert.notEqual(0.57 * 10_000, 5_700);
    // 3 × 10^-1 = 0.3 (3 * 0.1 is 0.30000000000000004)
    assert.equal(toNumber(decimal("3"), -1), 0.3);
    assert.notEqual(3 * 0.1, 0.3);
    // 3.85 × 10^8 = 385,000,000
    assert.equal(toNumber(decimal("3.85"), 8), 385_000_000);
    assert.equal(toNumber(decimal("9"), 400), Infinity);
  });

  it("sum(terms) adds exactly before the one rounding: 1亿 + 5000万 + 0.3", () => {
    // 1 × 10^8 + 5000 × 10^4 + 3 × 10^-1 = 150,000,000.3
    const total = sum([shift(decimal("1"), 8), shift(decimal("5000"), 4), decimal("0.3")]);
    assert.deepEqual(total, { digits: "1500000003", exponent: -1 });
    assert.equal(toNumber(total), 150_000_000.3);
    assert.deepEqual(sum([]), { digits: "0", exponent: 0 });
  });

  it("below(d, power) is d < 10^power, exactly; isZero(d) is d = 0", () => {
    // 12000 × 10^4 = 1.2 × 10^8 is not below 10^8; 9999 × 10^4 is
    assert.equal(below(shift(decimal("12000"), 4), 8), false);
    assert.equal(below(shift(decimal("9999"), 4), 8), true);
    // 9.99 < 10, 10 is not, 0.5 is
    assert.equal(below(decimal("9.99"), 1), true);
    assert.equal(below(decimal("10"), 1), false);
    assert.equal(below(decimal("0.5"), 1), true);
    assert.equal(below(decimal("0"), -5), true);
    assert.equal(isZero(decimal("0.00")), true);
    assert.equal(isZero(decimal("0.01")), false);
  });
});
