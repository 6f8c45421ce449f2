import assert from "node:assert/strict";
import fc from "fast-check";
import { quantityUnits, type Amount } from "../../src/amount/amount.js";
import { parseAmount, parseAmounts } from "../../src/amount/parse-amount.js";
import { GpuCostError } from "../../src/errors/error.js";
import { currencies } from "../../src/money/currency.js";

/** The unit exactly; the bounds within a relative 1e-12 (the arithmetic below is in doubles). */
function assertAmount(actual: Amount, expected: Amount): void {
  assert.equal(actual.unit, expected.unit);
  for (const end of ["low", "high"] as const) {
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected[end]));
    assert.ok(Math.abs(actual[end] - expected[end]) <= tolerance, `${end}: ${actual[end]} ≠ ${expected[end]}`);
  }
}

// Short quotes from the seed article: Nikkei 中文网, 2025-02-11,
// https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html
describe("amount/parse-amount", () => {
  it("parseAmount reads a yen range with the unit written once, at the high end", () => {
    // 400万 = 400 × 10,000 = 4,000,000; 500万 = 5,000,000; 日元 = JPY for both ends
    assertAmount(parseAmount("400万～500万日元"), { low: 400 * 10_000, high: 500 * 10_000, unit: "JPY" });
    // the same inside the article's sentence, where "H800" is a name, not 800 of anything
    assertAmount(parseAmount("H800约为400万～500万日元"), { low: 400 * 10_000, high: 500 * 10_000, unit: "JPY" });
  });

  it("parseAmount reads 人民币 before the number and 元 after it as CNY", () => {
    // 19.23万 = 19.23 × 10,000 = 192,300; 24.03万 = 240,300
    assertAmount(parseAmount("约合人民币19.23万元～24.03万元"), {
      low: 19.23 * 10_000,
      high: 24.03 * 10_000,
      unit: "CNY",
    });
    // a multiplier written only at the high end applies to both: 19.23～24.03万 = 19.23万～24.03万
    assertAmount(parseAmount("19.23～24.03万元"), { low: 19.23 * 10_000, high: 24.03 * 10_000, unit: "CNY" });
    // ... unless the low end writes its own unit: 1美元～1万美元 = 1 to 1 × 10,000 USD
    assertAmount(parseAmount("1美元～1万美元"), { low: 1, high: 10_000, unit: "USD" });
  });

  it("parseAmount scales decimals exactly: 0.29亿 is 29,000,000, not 0.29 × 10^8", () => {
    // 0.29 × 10^8 in doubles is 28,999,999.999999996; the numeral 29 × 10^6 is exactly 29,000,000
    assert.equal(parseAmount("0.29亿元").low, 29_000_000);
    // 3成 = 3 × 0.1; in doubles 3 × 0.1 = 0.30000000000000004, while the numeral 3e-1 is 0.3
    assert.equal(parseAmount("3成").low, 0.3);
  });

  it("parseAmount reads 亿 and 億 (10^8) in Chinese and Japanese", () => {
    // 80亿 = 80 × 10^8 = 8e9; 150亿 = 1.5e10
    assertAmount(parseAmount("80亿～150亿日元"), { low: 80 * 1e8, high: 150 * 1e8, unit: "JPY" });
    // 3.85亿 = 3.85 × 10^8 = 385,000,000; 7.21亿 = 721,000,000
    assertAmount(parseAmount("3.85亿元～7.21亿元"), { low: 3.85 * 1e8, high: 7.21 * 1e8, unit: "CNY" });
    // 150億 = 150 × 10^8 = 1.5e10 (ja: 円 = JPY)
    assertAmount(parseAmount("150億円"), { low: 150 * 1e8, high: 150 * 1e8, unit: "JPY" });
  });

  it("parseAmount reads points in dollars and hours, with or without 约", () => {
    // 557.6万 = 557.6 × 10,000 = 5,576,000 USD (DeepSeek-V3's reported cost)
    assertAmount(parseAmount("557.6万美元"), { low: 557.6 * 10_000, high: 557.6 * 10_000, unit: "USD" });
    // ja: ドル = USD
    assertAmount(parseAmount("557.6万ドル"), { low: 557.6 * 10_000, high: 557.6 * 10_000, unit: "USD" });
    // 278.8万 = 278.8 × 10,000 = 2,788,000 hours
    assertAmount(parseAmount("278.8万小时"), { low: 278.8 * 10_000, high: 278.8 * 10_000, unit: "hour" });
    // 约280万 = about 280 × 10,000 = 2,800,000 hours (约 is read as the point)
    assertAmount(parseAmount("约280万小时"), { low: 280 * 10_000, high: 280 * 10_000, unit: "hour" });
  });

  it("parseAmount reads GPU counts by their measure word, and names after them are not amounts", () => {
    // 2000～3000块: 2,000 to 3,000 boards; the 800 of "H800" follows a letter, so it is a name
    assertAmount(parseAmount("2000～3000块"), { low: 2000, high: 3000, unit: "GPU" });
    assertAmount(parseAmount("DeepSeek使用了2000～3000块H800"), { low: 2000, high: 3000, unit: "GPU" });
  });

  it("parseAmount skips a unit word with no number (每小时) and finds the amount after it", () => {
    // 每小时 holds 小时 but no number; 2美元 = 2 USD
    assertAmount(parseAmount("每小时费用为2美元"), { low: 2, high: 2, unit: "USD" });
  });

  it("parseAmount reads fractions: 成, 分之, 一半 and %", () => {
    // 1～3成 = 1 × 0.1 to 3 × 0.1 = 0.1 to 0.3 (成 = a tenth)
    assertAmount(parseAmount("1～3成"), { low: 1 * 0.1, high: 3 * 0.1, unit: "fraction" });
    assertAmount(parseAmount("DeepSeek所用GPU或比尖端产品便宜1～3成"), {
      low: 1 * 0.1,
      high: 3 * 0.1,
      unit: "fraction",
    });
    // 不到10分之1 = less than 1/10: an upper bound, the range [0, 0.1]
    assertAmount(parseAmount("不到10分之1"), { low: 0, high: 1 / 10, unit: "fraction" });
    assertAmount(parseAmount("这个费用与美国的AI模型相比不到10分之1"), { low: 0, high: 1 / 10, unit: "fraction" });
    // 一半 = 1/2
    assertAmount(parseAmount("一半"), { low: 1 / 2, high: 1 / 2, unit: "fraction" });
    assertAmount(parseAmount("只有一半"), { low: 1 / 2, high: 1 / 2, unit: "fraction" });
    assertAmount(parseAmount("与H100相比，H800的计算速度只有一半"), { low: 1 / 2, high: 1 / 2, unit: "fraction" });
    // 30% = 30 / 100 = 0.3
    assertAmount(parseAmount("30%"), { low: 30 / 100, high: 30 / 100, unit: "fraction" });
  });

  it("parseAmount reads 数十、数百 as the span of tens and hundreds", () => {
    // 数十 = [10, 100], 数百 = [100, 1000]; joined by 、 → [10, 1000] runs
    assertAmount(parseAmount("数十次、数百次"), { low: 10, high: 1000, unit: "run" });
    // the unit written once serves the whole list
    assertAmount(parseAmount("数十、数百次"), { low: 10, high: 1000, unit: "run" });
    // 数百万 = [100 × 10,000, 1000 × 10,000] = [1e6, 1e7]
    assertAmount(parseAmount("数百万美元"), { low: 100 * 10_000, high: 1000 * 10_000, unit: "USD" });
  });

  it("parseAmount reads full-width digits, commas and periods, and thousands separators", () => {
    // ４００万 = 400 × 10,000 = 4,000,000
    assertAmount(parseAmount("４００万日元"), { low: 400 * 10_000, high: 400 * 10_000, unit: "JPY" });
    // ２，０００ = 2,000
    assertAmount(parseAmount("２，０００块"), { low: 2000, high: 2000, unit: "GPU" });
    // ３．８５億 = 3.85 × 10^8
    assertAmount(parseAmount("３．８５億円"), { low: 3.85 * 1e8, high: 3.85 * 1e8, unit: "JPY" });
    // 4,000万 = 4,000 × 10,000 = 40,000,000
    assertAmount(parseAmount("4,000万円"), { low: 4000 * 10_000, high: 4000 * 10_000, unit: "JPY" });
  });

  it("parseAmount reads 兆, 万亿, 千万 and the other range separators", () => {
    // 1.5兆 = 1.5 × 10^12; 1.5万亿 = 1.5 × 10^4 × 10^8, the same
    assertAmount(parseAmount("1.5兆円"), { low: 1.5e12, high: 1.5e12, unit: "JPY" });
    assertAmount(parseAmount("1.5万亿日元"), { low: 1.5e12, high: 1.5e12, unit: "JPY" });
    // 1千万 = 1 × 1,000 × 10,000 = 10^7
    assertAmount(parseAmount("1千万欧元"), { low: 1e7, high: 1e7, unit: "EUR" });
    for (const sep of ["~", "〜", "–", "—", "-", "至", "到"]) {
      assertAmount(parseAmount(`2000${sep}3000块`), { low: 2000, high: 3000, unit: "GPU" });
    }
  });

  it("parseAmount reads other currency and quantity words", () => {
    assertAmount(parseAmount("100万元人民币"), { low: 100 * 10_000, high: 100 * 10_000, unit: "CNY" });
    assertAmount(parseAmount("5美金"), { low: 5, high: 5, unit: "USD" });
    assertAmount(parseAmount("100万ユーロ"), { low: 100 * 10_000, high: 100 * 10_000, unit: "EUR" });
    assertAmount(parseAmount("280万時間"), { low: 280 * 10_000, high: 280 * 10_000, unit: "hour" });
    assertAmount(parseAmount("3回"), { low: 3, high: 3, unit: "run" });
    // 块钱 is colloquial yuan, 块 alone a count of boards
    assertAmount(parseAmount("100块钱"), { low: 100, high: 100, unit: "CNY" });
    // 个月 is months, not GPUs, so 3个月 holds no amount and the next one is found
    assertAmount(parseAmount("3个月内买了8台"), { low: 8, high: 8, unit: "GPU" });
  });

  it("parseAmounts returns every amount in order, and [] when there is none", () => {
    const quote = "H800约为400万～500万日元（约合人民币19.23万元～24.03万元），H100约为550万日元";
    const found = parseAmounts(quote);
    assert.equal(found.length, 3);
    assertAmount(found[0]!, { low: 400 * 10_000, high: 500 * 10_000, unit: "JPY" });
    assertAmount(found[1]!, { low: 19.23 * 10_000, high: 24.03 * 10_000, unit: "CNY" });
    // 550万 = 550 × 10,000 = 5,500,000
    assertAmount(found[2]!, { low: 550 * 10_000, high: 550 * 10_000, unit: "JPY" });
    assert.deepEqual(parseAmounts("H800"), []);
    assert.deepEqual(parseAmounts(""), []);
    // a date is numbers without units: not amounts
    assert.deepEqual(parseAmounts("2024-12-27"), []);
  });

  it("parseAmount returns a frozen amount", () => {
    assert.ok(Object.isFrozen(parseAmount("2美元")));
  });
});

describe("amount/parse-amount errors", () => {
  const cases: [input: unknown, message: string][] = [
    ["", 'invalid text: "" (expected text with an amount, e.g. 400万日元)'],
    ["   ", 'invalid text: "   " (expected text with an amount, e.g. 400万日元)'],
    [42, "invalid text: 42 (expected a string)"],
    ["H800", 'no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)'],
    [
      "ＡＢＣ１２３",
      'no amount found in "ＡＢＣ１２３" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)',
    ],
    ["¥5", 'ambiguous currency "¥" in "¥5" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, or JP¥ / CN¥)'],
    ["500万～400万日元", 'invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)'],
    [
      "H800约为400万～500万日元（约合人民币19.23万元～24.03万元）",
      '2 amounts in "H800约为400万～500万日元（约合人民币19.23万元～24.03万元）" (expected one): 400万～500万日元, 人民币19.23万元～24.03万元',
    ],
    [
      "400万英镑",
      'unknown unit "英镑" in "400万英镑" (expected one of 日元, 円, 元, 人民币, 美元, ドル, 欧元, ユーロ, 块, 张, 枚, 台, 个, 小时, 時間, 次, 回, 成, %)',
    ],
    ["2048", 'no unit in "2048" (expected a unit word after the number, e.g. 日元, 美元, 块, 小时 or 成)'],
    [
      "400万～500万",
      'no unit in "400万～500万" (expected a unit word after the number, e.g. 日元, 美元, 块, 小时 or 成)',
    ],
    ["3一半", 'cannot read "3一半" at "3一半" (expected 一半 on its own: it means 0.5 and takes no number)'],
    ["一半3成", 'cannot read "一半3成" at "一半3" (expected 一半 on its own: it means 0.5 and takes no number)'],
    [
      "４００万～～日元",
      'cannot read "４００万～～日元" at "～～日元" (expected a number after the range separator "～")',
    ],
    [
      "400万日元～500万美元",
      'conflicting units in "400万日元～500万美元": JPY and USD (expected one unit for the whole amount)',
    ],
    ["人民币100美元", 'conflicting units in "人民币100美元": CNY and USD (expected one unit for the whole amount)'],
    [
      "1,23万円",
      'cannot read "1,23万円" at "1,23" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
    ],
    ["-5万日元", 'cannot read "-5万日元" at "-5万日元" (expected an amount of 0 or more: a minus sign is not read)'],
    ["0分之1", 'cannot read "0分之1" at "0分之1" (expected a number above 0 before 分之)'],
    [
      "超过100万日元",
      'cannot read "超过100万日元" at "超过100万日元" (expected an amount with an upper end: 超过, 至少 and 以上 give only a lower one)',
    ],
    ["一半～3", 'cannot read "一半～3" at "一半～3" (expected a unit word on the bare number, e.g. 3成)'],
  ];
  for (const [input, message] of cases) {
    it(`parseAmount(${JSON.stringify(input)}) fails: ${message.split(" (")[0]}`, () => {
      assert.throws(() => parseAmount(input as string), { name: "GpuCostError", message });
    });
  }

  it("parseAmounts fails as parseAmount does on text it cannot read", () => {
    assert.throws(() => parseAmounts("H800约为¥400万"), {
      message:
        'ambiguous currency "¥" in "H800约为¥400万" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, or JP¥ / CN¥)',
    });
  });
});

describe("amount/parse-amount on any text", () => {
  // Pieces of the grammar, shuffled into text that is mostly nonsense.
  const piece = fc.constantFrom(
    ..."0123456789０５.,，．万亿億兆千百十数成%～~-–至到、¥$H −".split(""),
    "分之",
    "一半",
    "日元",
    "元",
    "美元",
    "円",
    "ドル",
    "块",
    "小时",
    "次",
    "人民币",
    "不到",
    "以上",
    "超过",
    "个月",
    "AI",
  );
  const units = new Set<string>([...currencies, ...quantityUnits]);

  it("parseAmounts(text) returns finite amounts with low ≤ high and a known unit, or throws a GpuCostError", () => {
    fc.assert(
      fc.property(fc.string({ unit: piece, maxLength: 12 }), (text) => {
        let amounts: Amount[];
        try {
          amounts = parseAmounts(text);
        } catch (e) {
          assert.ok(e instanceof GpuCostError, `${text}: ${String(e)}`);
          return;
        }
        for (const a of amounts) {
          assert.ok(Number.isFinite(a.low) && Number.isFinite(a.high) && a.low <= a.high && a.low >= 0, text);
          assert.ok(units.has(a.unit), text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
