import assert from "node:assert/strict";
import { parseAmounts } from "../../src/amount/parse-amount.js";
import { throwsText } from "../throws-text.js";

// Short quotes from the seed article: Nikkei 中文网, 2025-02-11,
// https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html
describe("amount/parse-amounts", () => {
  it("parseAmounts(text) returns every amount in prose, in order", () => {
    const quote = "H800约为400万～500万日元（约合人民币19.23万元～24.03万元），H100约为550万日元";
    assert.deepEqual(parseAmounts(quote), [
      // 400 × 10^4 to 500 × 10^4 yen
      { low: 4_000_000, high: 5_000_000, unit: "JPY" },
      // 19.23 × 10^4 to 24.03 × 10^4 yuan
      { low: 192_300, high: 240_300, unit: "CNY" },
      // 550 × 10^4 yen
      { low: 5_500_000, high: 5_500_000, unit: "JPY" },
    ]);
  });

  it("names (H800, V3, AI) are not amounts, and words around an amount are left out", () => {
    assert.deepEqual(parseAmounts("DeepSeek使用了2000～3000块H800"), [{ low: 2000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("V3的开发费用为557.6万美元"), [{ low: 5_576_000, high: 5_576_000, unit: "USD" }]);
    // 每小时 holds 小时 but no number; 2美元 = 2 USD
    assert.deepEqual(parseAmounts("每小时费用为2美元"), [{ low: 2, high: 2, unit: "USD" }]);
    // 一半 = 0.5; 10分之1 under 不到 = [0, 0.1]; 数十、数百 = [10, 1000]
    assert.deepEqual(parseAmounts("与H100相比，H800的计算速度只有一半"), [{ low: 0.5, high: 0.5, unit: "fraction" }]);
    assert.deepEqual(parseAmounts("这个费用与美国的AI模型相比不到10分之1"), [{ low: 0, high: 0.1, unit: "fraction" }]);
    assert.deepEqual(parseAmounts("数十次、数百次的反复试验"), [{ low: 10, high: 1000, unit: "run" }]);
    // 个月 is months, not boards
    assert.deepEqual(parseAmounts("3个月内买了8台"), [{ low: 8, high: 8, unit: "GPU" }]);
  });

  it("words of the sentence at a phrase's edges are not read as part of the amount", () => {
    // 到 (reached) is a verb, not an open range; 成 ends 完成 (completed); a final 、 or ——  is punctuation
    assert.deepEqual(parseAmounts("增加到3000块"), [{ low: 3000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("完成3000块到了"), [{ low: 3000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("3000块、"), [{ low: 3000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("3000块——5000块"), [
      { low: 3000, high: 3000, unit: "GPU" },
      { low: 5000, high: 5000, unit: "GPU" },
    ]);
  });

  it("a list of different units is several amounts", () => {
    assert.deepEqual(parseAmounts("400万日元、2000块"), [
      { low: 4_000_000, high: 4_000_000, unit: "JPY" },
      { low: 2000, high: 2000, unit: "GPU" },
    ]);
  });

  it("a phrase without a number or without a unit is not an amount: dates, versions, a lone $", () => {
    assert.deepEqual(parseAmounts(""), []);
    assert.deepEqual(parseAmounts("H800"), []);
    assert.deepEqual(parseAmounts("2024-12-27"), []);
    assert.deepEqual(parseAmounts("v1.2.3 and 1.2.3"), []);
    assert.deepEqual(parseAmounts("$ and 5"), []);
    assert.deepEqual(parseAmounts("不到"), []);
  });

  it("English prose: a space does not join two numbers, so a year is not read into an amount", () => {
    assert.deepEqual(parseAmounts("In 2024 it cost $5.6M, and then $2–4.9M."), [
      { low: 5_600_000, high: 5_600_000, unit: "USD" },
      { low: 2_000_000, high: 4_900_000, unit: "USD" },
    ]);
  });

  it("a phrase with a number and a unit is read whole or refused, in prose too", () => {
    throwsText(
      () => parseAmounts("成本为1.2.3万日元"),
      'invalid amount "成本为1.2.3万日元" at index 3: "1.2.3" (expected a number with one decimal point at most, e.g. 1.5万)',
    );
    throwsText(
      () => parseAmounts("大约～3块"),
      'invalid amount "大约～3块" at index 2: "～" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
    );
    throwsText(
      () => parseAmounts("需要3块以上的GPU"),
      'invalid amount "需要3块以上的GPU" at index 4: "以上" (or more) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
    );
    throwsText(
      () => parseAmounts("H800约为¥400万"),
      'invalid amount "H800约为¥400万" at index 6: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
    );
    throwsText(() => parseAmounts(7 as unknown as string), 'invalid amount: 7 (expected a string such as "400万日元")');
  });

  it("parseAmounts reads a paragraph of a million characters", () => {
    // the 18-character quote 55,555 times: one amount each
    const found = parseAmounts("H800约为400万～500万日元，".repeat(55_555));
    assert.equal(found.length, 55_555);
    assert.deepEqual(found.at(-1), { low: 4_000_000, high: 5_000_000, unit: "JPY" });
  });

  it("a character that shows nothing is refused inside an amount, shown escaped, and left out at its edges", () => {
    // U+200B zero-width space, U+00AD soft hyphen, U+202E right-to-left override, U+200E left-to-right mark
    throwsText(
      () => parseAmounts("成本400万\u200b日元"),
      'invalid amount "成本400万\\u200b日元" at index 6: an invisible character, "\\u200b", inside the amount (expected none: delete it)',
    );
    throwsText(
      () => parseAmounts("4\u00ad000块"),
      'invalid amount "4\\u00ad000块" at index 1: an invisible character, "\\u00ad", inside the amount (expected none: delete it)',
    );
    throwsText(
      () => parseAmounts("$5\u202eM"),
      'invalid amount "$5\\u202eM" at index 2: an invisible character, "\\u202e", inside the amount (expected none: delete it)',
    );
    assert.deepEqual(parseAmounts("\u200e3000块\u200b。"), [{ low: 3000, high: 3000, unit: "GPU" }]);
  });

  it("words that begin like a bound or a vague word are words of the sentence after an amount (超级, 数据, 多数, 最近)", () => {
    const gpus = (n: number) => [{ low: n, high: n, unit: "GPU" }];
    assert.deepEqual(parseAmounts("采购3000块超级计算机芯片"), gpus(3000));
    assert.deepEqual(parseAmounts("买了100块数据卡"), gpus(100));
    assert.deepEqual(parseAmounts("2000块多数用于训练"), gpus(2000));
    assert.deepEqual(parseAmounts("3000块GPU数量"), gpus(3000));
    assert.deepEqual(parseAmounts("最近3000块"), gpus(3000));
    // while the bound itself is refused: 3000块以上 is at least 3,000
    assert.throws(() => parseAmounts("用了3000块以上的GPU"), { name: "GpuCostError" });
  });
});
