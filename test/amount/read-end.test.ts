import assert from "node:assert/strict";
import { parseAmount } from "../../src/amount/parse-amount.js";
import { throwsText } from "../throws-text.js";

describe("amount/read-end", () => {
  it("a currency before the number, after it, or both when they agree", () => {
    // 人民币 before, 元 after: both CNY. 19.23 × 10^4 = 192,300
    assert.deepEqual(parseAmount("人民币19.23万元"), { low: 192_300, high: 192_300, unit: "CNY" });
    assert.deepEqual(parseAmount("100万人民币"), { low: 1_000_000, high: 1_000_000, unit: "CNY" });
    assert.deepEqual(parseAmount("100万元人民币"), { low: 1_000_000, high: 1_000_000, unit: "CNY" });
    assert.deepEqual(parseAmount("USD 5"), { low: 5, high: 5, unit: "USD" });
    assert.deepEqual(parseAmount("5 USD"), { low: 5, high: 5, unit: "USD" });
    assert.deepEqual(parseAmount("JP¥4M"), { low: 4_000_000, high: 4_000_000, unit: "JPY" });
    assert.deepEqual(parseAmount("CN¥721M"), { low: 721_000_000, high: 721_000_000, unit: "CNY" });
    assert.deepEqual(parseAmount("3.85 billion yuan"), { low: 3.85e9, high: 3.85e9, unit: "CNY" });
    assert.deepEqual(parseAmount("5 million yen"), { low: 5e6, high: 5e6, unit: "JPY" });
  });

  it("quantities by their words: boards, hours and runs, in zh, ja and en", () => {
    // 278.8 × 10^4 = 2,788,000 GPU-hours (DeepSeek-V3's final run)
    assert.deepEqual(parseAmount("278.8万小时"), { low: 2_788_000, high: 2_788_000, unit: "hour" });
    assert.deepEqual(parseAmount("278.8万GPU小时"), { low: 2_788_000, high: 2_788_000, unit: "hour" });
    // 2.788 × 10^6 = 2,788,000
    assert.deepEqual(parseAmount("2.788M GPU hours"), { low: 2_788_000, high: 2_788_000, unit: "hour" });
    assert.deepEqual(parseAmount("2.788M GPU-hours"), { low: 2_788_000, high: 2_788_000, unit: "hour" });
    assert.deepEqual(parseAmount("2048 GPUs"), { low: 2048, high: 2048, unit: "GPU" });
    assert.deepEqual(parseAmount("2048张"), { low: 2048, high: 2048, unit: "GPU" });
    assert.deepEqual(parseAmount("3回"), { low: 3, high: 3, unit: "run" });
    // 块钱 is colloquial yuan, 块 alone a count of boards
    assert.deepEqual(parseAmount("100块钱"), { low: 100, high: 100, unit: "CNY" });
  });

  it("fractions: 成 and 割 (a tenth), %, 分之 and 分の, 百分之, 一半", () => {
    // 3成 = 3 × 10^-1, exactly 0.3 (3 * 0.1 is 0.30000000000000004)
    assert.equal(parseAmount("3成").low, 0.3);
    // 1～3割 (ja) = 0.1 to 0.3
    assert.deepEqual(parseAmount("1～3割"), { low: 0.1, high: 0.3, unit: "fraction" });
    // 30% = 30 × 10^-2
    assert.deepEqual(parseAmount("30%"), { low: 0.3, high: 0.3, unit: "fraction" });
    // 10分之1 = 1 ÷ 10; 三分之一 = 1 ÷ 3; 3分の1 (ja) = 1 ÷ 3
    assert.deepEqual(parseAmount("10分之1"), { low: 1 / 10, high: 1 / 10, unit: "fraction" });
    assert.deepEqual(parseAmount("三分之一"), { low: 1 / 3, high: 1 / 3, unit: "fraction" });
    assert.deepEqual(parseAmount("3分の1"), { low: 1 / 3, high: 1 / 3, unit: "fraction" });
    // 百分之三十 = 30 × 10^-2
    assert.deepEqual(parseAmount("百分之三十"), { low: 0.3, high: 0.3, unit: "fraction" });
    // 一半 = 1/2; 一半～3成 = 0.5 to 0.3 is out of order, but 3成～一半 = 0.3 to 0.5
    assert.deepEqual(parseAmount("一半"), { low: 0.5, high: 0.5, unit: "fraction" });
    assert.deepEqual(parseAmount("3成～一半"), { low: 0.3, high: 0.5, unit: "fraction" });
  });

  it("vague counts: 数 and 几 before places", () => {
    // 数十 = [10, 100]; 数百万 = [100 × 10^4, 1000 × 10^4]; 几千 = [1000, 10000]; 数十万 = [10^5, 10^6]
    assert.deepEqual(parseAmount("数十次"), { low: 10, high: 100, unit: "run" });
    assert.deepEqual(parseAmount("数百万美元"), { low: 1_000_000, high: 10_000_000, unit: "USD" });
    assert.deepEqual(parseAmount("几千块"), { low: 1000, high: 10_000, unit: "GPU" });
    assert.deepEqual(parseAmount("数十万元"), { low: 100_000, high: 1_000_000, unit: "CNY" });
  });

  it("full-width digits, separators and signs read as their ASCII twins", () => {
    // ４００万 = 400 × 10^4; ２，０００ = 2,000; ３．８５億 = 3.85 × 10^8; ＄５ = $5
    assert.deepEqual(parseAmount("４００万日元"), { low: 4_000_000, high: 4_000_000, unit: "JPY" });
    assert.deepEqual(parseAmount("２，０００块"), { low: 2000, high: 2000, unit: "GPU" });
    assert.deepEqual(parseAmount("３．８５億円"), { low: 3.85e8, high: 3.85e8, unit: "JPY" });
    assert.deepEqual(parseAmount("＄５"), { low: 5, high: 5, unit: "USD" });
    assert.deepEqual(parseAmount("３０％"), { low: 0.3, high: 0.3, unit: "fraction" });
  });

  describe("refusals", () => {
    const cases: [input: string, message: string][] = [
      [
        "¥5",
        'invalid amount "¥5" at index 0: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
      ],
      [
        "￥400万",
        'invalid amount "￥400万" at index 0: ambiguous currency "￥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
      ],
      [
        "¥4.0M–¥5.0M",
        'invalid amount "¥4.0M–¥5.0M" at index 0: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
      ],
      [
        "人民币100美元",
        'invalid amount "人民币100美元" at index 6: "美元" is USD, the amount CNY (expected one unit for the whole amount)',
      ],
      [
        "$5日元",
        'invalid amount "$5日元" at index 2: "日元" is JPY, the amount USD (expected one unit for the whole amount)',
      ],
      [
        "一半～3日元",
        'invalid amount "一半～3日元" at index 4: "日元" is JPY, the amount fraction (expected one unit for the whole amount)',
      ],
      [
        "一半～3",
        'invalid amount "一半～3" at index 3: "3" has no unit beside a fraction (expected a unit on the bare number, e.g. 3成)',
      ],
      [
        "3一半",
        'invalid amount "3一半" at index 1: "一半" beside a number (expected 一半 on its own: it means 0.5 and takes no number)',
      ],
      [
        "一半3成",
        'invalid amount "一半3成" at index 0: "一半" beside a number (expected 一半 on its own: it means 0.5 and takes no number)',
      ],
      ["0分之1", 'invalid amount "0分之1" at index 0: "0分之" (expected a number above 0 before 分之)'],
      ["10分之", 'invalid amount "10分之" at index 2: "分之" (expected a number after 分之, e.g. 10分之1)'],
      ["百分之", 'invalid amount "百分之" at index 0: "百分之" (expected a number after 百分之, e.g. 百分之30)'],
      ["10分之1日元", 'invalid amount "10分之1日元" at index 5: "日元" (expected the end of the amount)'],
      [
        "数3000块",
        'invalid amount "数3000块" at index 0: "数" with no place after it (expected 十, 百, 千, 万 or 亿 after 数, e.g. 数十次)',
      ],
      [
        "数万千次",
        'invalid amount "数万千次" at index 2: "千" after 万 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
      ],
    ];
    for (const [input, message] of cases) {
      it(`parseAmount(${JSON.stringify(input)}) fails: ${message.split(" (")[0]}`, () =>
        throwsText(() => parseAmount(input), message));
    }
  });
});
