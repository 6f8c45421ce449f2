import assert from "node:assert/strict";
import { parseAmount } from "../../src/amount/parse-amount.js";
import { throwsText } from "../throws-text.js";

/** The value parseAmount reads for `text`, which must be a point. */
function value(text: string): number {
  const { low, high } = parseAmount(text);
  assert.equal(low, high, text);
  return low;
}

describe("amount/numeral", () => {
  it("reads 万 亿 兆 after digits, and compounds of them largest first", () => {
    // 400 × 10^4
    assert.equal(value("400万日元"), 4_000_000);
    // 3.85 × 10^8, exactly (3.85 * 1e8 in doubles is 385,000,000.00000006)
    assert.equal(value("3.85亿元"), 385_000_000);
    // 1 × 10^8 + 5000 × 10^4
    assert.equal(value("1亿5000万元"), 150_000_000);
    // 1 × 10^12 + 2000 × 10^8
    assert.equal(value("1兆2000億円"), 1.2e12);
    // 2 × 10^8 + 3 × 10^4 + 4000: the groups of four digits in order
    assert.equal(value("2亿3万4000元"), 200_034_000);
    // 4,000 × 10^4 with a thousands separator
    assert.equal(value("4,000万円"), 40_000_000);
  });

  it("reads 十 百 千 inside a group of four, with digits or CJK numerals", () => {
    // (3 × 10^3 + 5 × 10^2) × 10^4
    assert.equal(value("3千5百万円"), 35_000_000);
    // 1 × 10^4 + 2 × 10^3
    assert.equal(value("1万2千円"), 12_000);
    // 3 × 10^3 × 10^4
    assert.equal(value("三千万円"), 30_000_000);
    // 两 is 2: 2 × 10^8 + 3 × 10^7
    assert.equal(value("两亿三千万元"), 230_000_000);
    // 2 × 10^7 + 3 × 10^6 + 4 × 10^5 + 5 × 10^4 + 6 × 10^3 + 7 × 10^2 + 8 × 10 + 9
    assert.equal(value("两千三百四十五万六千七百八十九元"), 23_456_789);
    // 3 × 10^3 + 500: digits after a place are its lower digits
    assert.equal(value("3千500万円"), 35_000_000);
    // 1 × 10^4 + 2000
    assert.equal(value("1万2000元"), 12_000);
  });

  it("reads 十 百 千 without a digit before them as one of each, as Chinese and Japanese write them", () => {
    // 十五 = 10 + 5; 十万 = 10 × 10^4; 百万 = 100 × 10^4 (a million); 千万 = 1000 × 10^4
    assert.equal(value("十五块"), 15);
    assert.equal(value("十万元"), 100_000);
    assert.equal(value("百万美元"), 1_000_000);
    assert.equal(value("千万円"), 10_000_000);
    // ja: 千百十一 = 1000 + 100 + 10 + 1
    assert.equal(value("千百十一円"), 1111);
  });

  it("reads 零 and 〇: a gap in the places, or a digit of a number written digit by digit", () => {
    // 一千零五 = 1000 + 5; 一千零五十 = 1000 + 50; 一万零二 = 10,000 + 2
    assert.equal(value("一千零五元"), 1005);
    assert.equal(value("一千零五十元"), 1050);
    assert.equal(value("一万零二元"), 10_002);
    // 一〇〇万 = 100 × 10^4; 二〇二五 = 2025
    assert.equal(value("一〇〇万円"), 1_000_000);
    assert.equal(value("二〇二五块"), 2025);
    assert.equal(value("零元"), 0);
  });

  it("reads a larger place after a smaller one as multiplying all before it: 万亿 is 10^12", () => {
    // 1.5 × 10^4 × 10^8
    assert.equal(value("1.5万亿日元"), 1.5e12);
    // (1 × 10^4 + 2 × 10^3) × 10^8 = 1.2 × 10^12
    assert.equal(value("1万2千亿元"), 1.2e12);
    // 10,000 × 10^4 × 10^8 = 10^16, as Intl writes 1e16 in zh
    assert.equal(value("10,000万亿日元"), 1e16);
    // 1.5 × 10^3 × 10^4
    assert.equal(value("1.5千万美元"), 15_000_000);
  });

  it("reads English scales after a plain number: K, M, B, bn, T, thousand, million, billion, trillion", () => {
    // 5.58 × 10^6; 721 × 10^3; 15.0 × 10^9; 3.85 × 10^9; 1.5 × 10^12
    assert.equal(value("$5.58M"), 5_580_000);
    assert.equal(value("$721K"), 721_000);
    assert.equal(value("€15.0B"), 15e9);
    assert.equal(value("RMB3.85bn"), 3.85e9);
    assert.equal(value("$1.5T"), 1.5e12);
    assert.equal(value("5.6 million USD"), 5_600_000);
    assert.equal(value("US$2 billion"), 2e9);
    assert.equal(value("$3 trillion"), 3e12);
    assert.equal(value("$5.6m"), 5_600_000);
    // 1,234,500 × 10^12, as Intl writes 1.2345e18 in en
    assert.equal(value("$1,234,500T"), 1.2345e18);
  });

  it("keeps names apart: B200, K80 and T4 are GPUs, not scales", () => {
    throwsText(
      () => parseAmount("8 B200"),
      'invalid amount "8 B200" at index 2: unknown unit "B200" (expected one of 日元, 円, JPY, 元, 人民币, CNY, RMB, 美元, ドル, USD, 欧元, ユーロ, EUR, 块, 张, 枚, 台, 个, GPUs, 小时, 時間, hours, 次, 回, 成, 割, %)',
    );
  });

  describe("refusals: a number is read whole or not at all", () => {
    const cases: [input: string, message: string][] = [
      [
        "1万2万日元",
        'invalid amount "1万2万日元" at index 3: "万" after 万 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
      ],
      [
        "5百3千円",
        'invalid amount "5百3千円" at index 3: "千" after 百 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
      ],
      [
        "1亿2万亿元",
        'invalid amount "1亿2万亿元" at index 4: "亿" after 亿 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
      ],
      [
        "1亿12000万元",
        'invalid amount "1亿12000万元" at index 2: "12000万" is not below 亿 (expected less than one 亿 after it, e.g. 1亿2000万)',
      ],
      [
        "1万12000元",
        'invalid amount "1万12000元" at index 2: "12000" is not below 万 (expected less than one 万 after it, e.g. 1亿2000万)',
      ],
      [
        "3千5000万円",
        'invalid amount "3千5000万円" at index 2: "5000" is not below 千 (expected less than one 千 after it, e.g. 1亿2000万)',
      ],
      [
        "15千円",
        'invalid amount "15千円" at index 0: "15" before 千 (expected a number below 10 before 十, 百 or 千, e.g. 3千5百万 or 1.5千万)',
      ],
      [
        "万元",
        'invalid amount "万元" at index 0: "万" with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)',
      ],
      [
        "亿日元",
        'invalid amount "亿日元" at index 0: "亿" with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)',
      ],
      [
        "1.5万3千円",
        'invalid amount "1.5万3千円" at index 4: "3" after the decimal 1.5 (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)',
      ],
      [
        "1.5万千円",
        'invalid amount "1.5万千円" at index 4: "千" after the decimal 1.5 (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)',
      ],
      [
        "一万二元",
        'invalid amount "一万二元" at index 2: "二" after 万, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
      ],
      [
        "三千五块",
        'invalid amount "三千五块" at index 2: "五" after 千, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
      ],
      [
        "1万2块",
        'invalid amount "1万2块" at index 2: "2" after 万, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
      ],
      [
        "3千5万元",
        'invalid amount "3千5万元" at index 2: "5" after 千, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
      ],
      [
        "两三万元",
        'invalid amount "两三万元" at index 0: "两三" (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)',
      ],
      [
        "3三块",
        'invalid amount "3三块" at index 0: "3三" (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)',
      ],
      [
        "5万M円",
        'invalid amount "5万M円" at index 2: "M" after 万 (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)',
      ],
      [
        "5M万円",
        'invalid amount "5M万円" at index 2: "万" after M (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)',
      ],
      [
        "1.2.3万日元",
        'invalid amount "1.2.3万日元" at index 0: "1.2.3" (expected a number with one decimal point at most, e.g. 1.5万)',
      ],
      [
        "1,23万円",
        'invalid amount "1,23万円" at index 0: "1,23" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
      ],
      [
        "1,2345块",
        'invalid amount "1,2345块" at index 0: "1,2345" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
      ],
      [
        "1,000.5,000块",
        'invalid amount "1,000.5,000块" at index 0: "1,000.5,000" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
      ],
    ];
    for (const [input, message] of cases) {
      it(`parseAmount(${JSON.stringify(input)}) fails: ${message.split(" (")[0]}`, () =>
        throwsText(() => parseAmount(input), message));
    }
  });
});
