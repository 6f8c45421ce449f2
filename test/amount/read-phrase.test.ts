import assert from "node:assert/strict";
import { parseAmount } from "../../src/amount/parse-amount.js";
import { throwsText } from "../throws-text.js";

describe("amount/read-phrase", () => {
  describe("ranges", () => {
    it("a range joins two ends with one of ～ ~ 〜 – - — 至 到", () => {
      for (const sep of ["～", "~", "〜", "–", "-", "—", "至", "到"]) {
        assert.deepEqual(parseAmount(`2000${sep}3000块`), { low: 2000, high: 3000, unit: "GPU" }, sep);
      }
      // spaces around the separator: $2 to $4.9
      assert.deepEqual(parseAmount("$2 – 4.9"), { low: 2, high: 4.9, unit: "USD" });
    });

    it("the unit written once serves both ends, before or after the numbers", () => {
      // 2000～3000块: boards at both ends
      assert.deepEqual(parseAmount("2000～3000块"), { low: 2000, high: 3000, unit: "GPU" });
      // $2–4.9: dollars at both ends (the rental rate, $2 to $4.916 per GPU-hour, in short)
      assert.deepEqual(parseAmount("$2–4.9"), { low: 2, high: 4.9, unit: "USD" });
      // 1～3成 = 1 × 0.1 to 3 × 0.1: the unit's scale applies to both ends too
      assert.deepEqual(parseAmount("1～3成"), { low: 0.1, high: 0.3, unit: "fraction" });
    });

    it("the place or scale of the high end, written once, serves a low end that has none", () => {
      // 400～500万 = 400万～500万 = 4,000,000 to 5,000,000
      assert.deepEqual(parseAmount("400～500万日元"), { low: 4_000_000, high: 5_000_000, unit: "JPY" });
      // 19.23～24.03万元 = 192,300 to 240,300 (the article's 19.23万元～24.03万元)
      assert.deepEqual(parseAmount("19.23～24.03万元"), { low: 192_300, high: 240_300, unit: "CNY" });
      // $2–4.9M = $2M–$4.9M
      assert.deepEqual(parseAmount("$2–4.9M"), { low: 2_000_000, high: 4_900_000, unit: "USD" });
      // 1～1.5万亿 = 1万亿～1.5万亿: the whole chain 万亿 (10^12)
      assert.deepEqual(parseAmount("1～1.5万亿日元"), { low: 1e12, high: 1.5e12, unit: "JPY" });
      // 2～3千万 = 2千万～3千万
      assert.deepEqual(parseAmount("2～3千万円"), { low: 20_000_000, high: 30_000_000, unit: "JPY" });
    });

    it("an end that writes the unit itself stands alone: 1美元～1万美元, $2–$4.9M", () => {
      // 1 dollar to 1 × 10^4 dollars, as formatAmount writes a range whose low end has no place
      assert.deepEqual(parseAmount("1美元～1万美元"), { low: 1, high: 10_000, unit: "USD" });
      // $2 to $4.9M
      assert.deepEqual(parseAmount("$2–$4.9M"), { low: 2, high: 4_900_000, unit: "USD" });
      // both ends with a place of their own
      assert.deepEqual(parseAmount("80亿～150亿日元"), { low: 8e9, high: 1.5e10, unit: "JPY" });
    });

    it("a compound at both ends: 1亿～1亿5000万元", () => {
      // 1 × 10^8 to 1 × 10^8 + 5000 × 10^4
      assert.deepEqual(parseAmount("1亿～1亿5000万元"), { low: 100_000_000, high: 150_000_000, unit: "CNY" });
    });
  });

  describe("lists", () => {
    it("a list joined by 、 reads as the range that spans it, the unit written once", () => {
      // 数十 = [10, 100], 数百 = [100, 1000]: the list spans [10, 1000] runs
      assert.deepEqual(parseAmount("数十次、数百次"), { low: 10, high: 1000, unit: "run" });
      assert.deepEqual(parseAmount("数十、数百次"), { low: 10, high: 1000, unit: "run" });
      // 1、2、3块: [1, 3] boards
      assert.deepEqual(parseAmount("1、2、3块"), { low: 1, high: 3, unit: "GPU" });
    });
  });

  describe("bounds: one meaning each", () => {
    it("an upper bound reads as the range from 0 (no amount here is negative)", () => {
      // 不到10分之1 = less than 1/10: [0, 0.1]
      assert.deepEqual(parseAmount("不到10分之1"), { low: 0, high: 0.1, unit: "fraction" });
      // 500万日元以下 = at most 5,000,000 yen: [0, 5,000,000]
      assert.deepEqual(parseAmount("500万日元以下"), { low: 0, high: 5_000_000, unit: "JPY" });
      // 10分の1未満 (ja) = under a tenth
      assert.deepEqual(parseAmount("10分の1未満"), { low: 0, high: 0.1, unit: "fraction" });
      // 不足1成 = under 1 × 0.1
      assert.deepEqual(parseAmount("不足1成"), { low: 0, high: 0.1, unit: "fraction" });
    });

    it("a lower bound, or a range with an end missing, is refused: there is no upper end to read", () => {
      const cases: [input: string, message: string][] = [
        [
          "3块以上",
          'invalid amount "3块以上" at index 2: "以上" (or more) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
        ],
        [
          "3以上",
          'invalid amount "3以上" at index 1: "以上" (or more) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
        ],
        [
          "超过100万日元",
          'invalid amount "超过100万日元" at index 0: "超过" (more than) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
        ],
        [
          "至少2000块",
          'invalid amount "至少2000块" at index 0: "至少" (at least) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
        ],
        [
          "1万円超",
          'invalid amount "1万円超" at index 3: "超" (over) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
        ],
        [
          "～3块",
          'invalid amount "～3块" at index 0: "～" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
        ],
        [
          "〜3割",
          'invalid amount "〜3割" at index 0: "〜" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
        ],
        [
          "–3块",
          'invalid amount "–3块" at index 0: "–" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
        ],
        [
          "到3000块",
          'invalid amount "到3000块" at index 0: "到" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
        ],
        [
          "3块～",
          'invalid amount "3块～" at index 2: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)',
        ],
        [
          "400万～日元",
          'invalid amount "400万～日元" at index 4: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)',
        ],
        [
          "４００万～～日元",
          'invalid amount "４００万～～日元" at index 4: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)',
        ],
        [
          "不到1～3成",
          'invalid amount "不到1～3成" at index 2: a range or list after a bound, "1～3成" (expected one number with 不到, 以下 …, e.g. 不到10分之1)',
        ],
        [
          "不到数十次、数百次",
          'invalid amount "不到数十次、数百次" at index 2: a range or list after a bound, "数十次、数百次" (expected one number with 不到, 以下 …, e.g. 不到10分之1)',
        ],
      ];
      for (const [input, message] of cases) throwsText(() => parseAmount(input), message);
    });
  });

  describe("refusals inside a phrase", () => {
    const cases: [input: string, message: string][] = [
      [
        "1～2～3块",
        'invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (expected one range, low～high, e.g. 2000～3000块)',
      ],
      [
        "2000-3000-4000块",
        'invalid amount "2000-3000-4000块" at index 9: a second range separator, "-4000块" (expected one range, low～high, e.g. 2000～3000块)',
      ],
      ["500万～400万日元", 'invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)'],
      ["数百～数十次", 'invalid amount "数百～数十次": low 100 > high 10 (expected low ≤ high)'],
      [
        "400万日元～500万美元",
        'invalid amount "400万日元～500万美元" at index 11: "美元" is USD, the amount JPY (expected one unit for the whole amount)',
      ],
      [
        "5000～1亿5000万元",
        'invalid amount "5000～1亿5000万元" at index 0: "5000" has no place while the high end has several (expected a place on the low end too, e.g. 5000万～1亿5000万)',
      ],
      [
        "2000块3000块",
        'invalid amount "2000块3000块" at index 5: "3000块" (expected a range separator between two numbers, e.g. 2000～3000块)',
      ],
      ["400万日元日元", 'invalid amount "400万日元日元" at index 6: "日元" (expected the end of the amount)'],
      ["不到3块不到", 'invalid amount "不到3块不到" at index 4: "不到" (expected one bound, e.g. 不到3000块)'],
      ["3块不到不到", 'invalid amount "3块不到不到" at index 4: "不到" (expected the end of the amount)'],
      ["3块左右左右", 'invalid amount "3块左右左右" at index 4: "左右" (expected the end of the amount)'],
      ["约约3块", 'invalid amount "约约3块" at index 1: "约3块" (expected a number, e.g. 400万日元 or $5.58M)'],
      ["400万、", 'invalid amount "400万、" at index 4: "、" (expected a number after 、, e.g. 数十次、数百次)'],
      [
        "400万、日元",
        'invalid amount "400万、日元" at index 4: "、日元" (expected a number after 、, e.g. 数十次、数百次)',
      ],
      ["-5万日元", 'invalid amount "-5万日元" at index 0: a minus sign, "-" (expected an amount of 0 or more)'],
      ["−5万日元", 'invalid amount "−5万日元" at index 0: a minus sign, "−" (expected an amount of 0 or more)'],
      ["$-5", 'invalid amount "$-5" at index 1: a minus sign, "-" (expected an amount of 0 or more)'],
      // U+2212 between two ends is a dash: 5 to 3, in the wrong order
      ["5块−3块", 'invalid amount "5块−3块": low 5 > high 3 (expected low ≤ high)'],
    ];
    for (const [input, message] of cases) {
      it(`parseAmount(${JSON.stringify(input)}) fails: ${message.split(" (")[0]}`, () =>
        throwsText(() => parseAmount(input), message));
    }
  });
});
