import assert from "node:assert/strict";
import { formatAmount } from "../../src/amount/format-amount.js";
import { money } from "../../src/money/money.js";
import { throwsText } from "../throws-text.js";

describe("amount/format-amount", () => {
  it("formatAmount(value) writes en in Intl's compact form with at least one decimal, yen and yuan by their codes", () => {
    // 150亿 = 150 × 10^8 = 1.5e10 JPY = 15.0 billion yen
    assert.equal(formatAmount(money(150 * 1e8, "JPY")), "JPY 15.0B");
    // 80亿 = 8e9 JPY: JPY 8.0B, not JPY 8B
    assert.equal(formatAmount(money(80 * 1e8, "JPY")), "JPY 8.0B");
    // 557.6万 = 5,576,000 USD → 5.576 million, to 3 significant digits 5.58
    assert.equal(formatAmount(money(557.6 * 10_000, "USD")), "$5.58M");
    // 7.21亿 = 721,000,000 CNY: three integer digits already, no decimal added
    assert.equal(formatAmount(money(7.21 * 1e8, "CNY")), "CNY 721M");
    // below 1,000 there is no compact form: $2
    assert.equal(formatAmount(money(2, "USD")), "$2");
  });

  it("formatAmount(value, {locale: 'zh'}) writes 万 and 亿 with up to 4 significant digits", () => {
    // 3.85 × 10^8 = 3.85亿
    assert.equal(formatAmount(money(3.85 * 1e8, "CNY"), { locale: "zh" }), "3.85亿元");
    // 5,576,000 = 557.6 × 10^4 = 557.6万
    assert.equal(formatAmount(money(5_576_000, "USD"), { locale: "zh" }), "557.6万美元");
    // 1.5e10 = 150 × 10^8 = 150亿
    assert.equal(formatAmount(money(1.5e10, "JPY"), { locale: "zh" }), "150亿日元");
    // 192,300 = 19.23 × 10^4 = 19.23万
    assert.equal(formatAmount(money(192_300, "CNY"), { locale: "zh" }), "19.23万元");
    assert.equal(formatAmount(money(1_000_000, "EUR"), { locale: "zh" }), "100万欧元");
  });

  it("formatAmount(value, {locale: 'ja'}) writes 万, 億 and 兆 with Japanese currency words", () => {
    assert.equal(formatAmount(money(1.5e10, "JPY"), { locale: "ja" }), "150億円");
    assert.equal(formatAmount(money(5_576_000, "USD"), { locale: "ja" }), "557.6万ドル");
    assert.equal(formatAmount(money(3.85e8, "CNY"), { locale: "ja" }), "3.85億人民元"); // 人民元, as the Japanese press names the yuan: never a bare 元 beside 円
    assert.equal(formatAmount(money(1_000_000, "EUR"), { locale: "ja" }), "100万ユーロ");
  });

  it("formatAmount picks the largest unit that keeps the number ≥ 1", () => {
    // 9,999 < 10^4: no unit
    assert.equal(formatAmount(money(9_999, "JPY"), { locale: "zh" }), "9,999日元"); // digits grouped as the financial press groups them (5,576万美元)
    // 10^8 = 1亿, not 10000万
    assert.equal(formatAmount(money(1e8, "JPY"), { locale: "zh" }), "1亿日元");
    // 1.5 × 10^12: 万亿 in zh (Intl's choice; 兆 can mean 10^6 there), 兆 in ja
    assert.equal(formatAmount(money(1.5e12, "JPY"), { locale: "zh" }), "1.5万亿日元");
    assert.equal(formatAmount(money(1.5e12, "JPY"), { locale: "ja" }), "1.5兆円");
  });

  it("formatAmount writes ranges as the article does, the unit once in zh and ja", () => {
    // 400万 = 4,000,000; 500万 = 5,000,000
    const h800 = { low: 4_000_000, high: 5_000_000, currency: "JPY" } as const;
    assert.equal(formatAmount(h800, { locale: "zh" }), "400万～500万日元");
    assert.equal(formatAmount(h800, { locale: "ja" }), "400万～500万円");
    assert.equal(formatAmount(h800), "JPY 4.0M–5.0M");
    // 1～1万美元 would read as 1万～1万 (a multiplier at the high end alone is shared): the low end keeps its unit
    assert.equal(formatAmount({ low: 1, high: 10_000, currency: "USD" }, { locale: "zh" }), "1美元～1万美元");
  });

  it("formatAmount in en never writes a bare ¥: a code once for yen and yuan, a sign at both ends for dollars", () => {
    // 3.85亿元 = 385,000,000 CNY; 7.21亿元 = 721,000,000 CNY
    assert.equal(formatAmount({ low: 3.85e8, high: 7.21e8, currency: "CNY" }), "CNY 385M–721M");
    assert.equal(formatAmount({ low: 2, high: 4.916, currency: "USD" }, { digits: 4 }), "$2–$4.916");
    // JPY 500–5.0M would read as 500M–5.0M: the high end's M is shared by a low end without a scale
    assert.equal(formatAmount({ low: 500, high: 5e6, currency: "JPY" }), "JPY 500–JPY 5.0M");
    for (const currency of ["JPY", "CNY"] as const)
      for (const [low, high] of [
        [4e6, 5e6],
        [1, 1e4],
        [2.5e3, 3e9],
      ] as const)
        assert.doesNotMatch(formatAmount({ low, high, currency }), /¥/);
  });

  it("formatAmount writes both ends of a rounded en range to the same significant digits: $5.73M–$7.10M, not $5.73M–$7.1M", () => {
    // 5,732,282 → 5.73M and 7,101,119 → 7.10M to 3 significant digits; Intl alone drops the zero of 7.10
    assert.equal(formatAmount({ low: 5_732_282.46, high: 7_101_118.53, currency: "USD" }), "$5.73M–$7.10M");
    assert.equal(formatAmount({ low: 3_970_236.34, high: 4_898_560.89, currency: "USD" }), "$3.97M–$4.90M");
    // $2 exactly beside $4.916 rounded to $4.92: the range is written to 3 digits, so $2.00
    assert.equal(formatAmount({ low: 2, high: 4.916, currency: "USD" }), "$2.00–$4.92");
    // both ends already 3 digits ($5.58M, $13.7M): unchanged
    assert.equal(formatAmount({ low: 5_576_000, high: 13_706_000, currency: "USD" }), "$5.58M–$13.7M");
    // a range written exactly is left as it is: nothing was rounded
    assert.equal(formatAmount({ low: 4e6, high: 5e6, currency: "JPY" }), "JPY 4.0M–5.0M");
    assert.equal(formatAmount({ low: 2, high: 4.916, currency: "USD" }, { digits: 15 }), "$2–$4.916");
    // zh and ja keep the article's style: 5,275万～9,891万美元
    assert.equal(
      formatAmount({ low: 52_753_049.8, high: 98_912_000, currency: "USD" }, { locale: "zh" }),
      "5,275万～9,891万美元",
    );
  });

  it("formatAmount(value, {digits}) overrides the significant digits", () => {
    // 5,576,000 to 2 significant digits = 5,600,000 = 560万
    assert.equal(formatAmount(money(5_576_000, "USD"), { locale: "zh", digits: 2 }), "560万美元");
    // to 4 significant digits in en: 5.576M
    assert.equal(formatAmount(money(5_576_000, "USD"), { digits: 4 }), "$5.576M");
    // 12,345 to 5 significant digits = 1.2345万
    assert.equal(formatAmount(money(12_345, "JPY"), { locale: "ja", digits: 5 }), "1.2345万円");
  });

  it("formatAmount refuses what it cannot write", () => {
    assert.throws(() => formatAmount(money(1, "JPY"), { locale: "fr" as "en" }), {
      message: 'invalid locale: "fr" (expected one of en, zh, ja)',
    });
    assert.throws(() => formatAmount(money(1, "JPY"), { digits: 0 }), {
      message: "invalid digits: 0 (expected a whole number from 1 to 21)",
    });
    assert.throws(() => formatAmount(money(1, "JPY"), { digits: 2.5 }), {
      message: "invalid digits: 2.5 (expected a whole number from 1 to 21)",
    });
    assert.throws(() => formatAmount(5 as never), {
      message: "invalid amount: 5 (expected a Money or {low, high, currency})",
    });
    assert.throws(() => formatAmount({ low: 5, high: 4, currency: "JPY" }), {
      message: "invalid amount: low 5 > high 4 (expected low ≤ high)",
    });
    assert.throws(() => formatAmount({ low: Number.NaN, high: 4, currency: "JPY" }), {
      message: "invalid amount.low: NaN (expected a finite number)",
    });
    assert.throws(() => formatAmount({ low: 1, high: 1, currency: "GBP" as "JPY" }), {
      message: 'invalid amount.currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
    });
  });

  it("formatAmount refuses an option it does not know: { digit: 2 } would silently write 4 digits", () => {
    throwsText(
      () => formatAmount(money(5_576_000, "USD"), { locale: "zh", digit: 2 } as never),
      "invalid options.digit: 2 (expected only the fields locale, digits)",
    );
  });

  it("formatAmount writes a negative zero as zero in every locale, never -$0; a negative amount keeps its sign", () => {
    assert.equal(formatAmount(money(-0, "USD")), "$0");
    assert.equal(formatAmount(money(-0, "CNY"), { locale: "zh" }), "0元");
    assert.equal(formatAmount(money(-0, "JPY"), { locale: "ja" }), "0円");
    assert.equal(formatAmount({ low: -0, high: 0, currency: "EUR" }), "€0");
    assert.equal(formatAmount(money(-0.0004, "USD")), "-$0.0004");
  });
});

// parseAmount(formatAmount(x)) = x, in en, zh and ja: test/amount/properties.test.ts
