import assert from "node:assert/strict";
import { parseAmount, parseAmounts } from "../../src/amount/parse-amount.js";
import { MAX_DIGITS } from "../../src/amount/tokenize.js";
import { throwsText } from "../throws-text.js";

// Short quotes from the seed article: Nikkei 中文网, 2025-02-11,
// https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html

/** The units an error lists as accepted (units.ts, `shownUnitWords()`). */
const KNOWN =
  "日元, 円, JPY, 元, 人民币, CNY, RMB, 美元, ドル, USD, 欧元, ユーロ, EUR, 块, 张, 枚, 台, 个, GPUs, 小时, 時間, hours, 次, 回, 成, 割, %";

describe("amount/parse-amount", () => {
  describe("the inputs of issue 11, read as written", () => {
    it("parseAmount('1亿5000万元') is 1.5亿 CNY, not 5000万", () => {
      // 1 × 10^8 + 5000 × 10^4 = 100,000,000 + 50,000,000 = 150,000,000
      assert.deepEqual(parseAmount("1亿5000万元"), { low: 150_000_000, high: 150_000_000, unit: "CNY" });
    });

    it("parseAmount('3千5百万円') is 3,500万 JPY, not 500万", () => {
      // (3 × 10^3 + 5 × 10^2) × 10^4 = 3,500 × 10,000 = 35,000,000
      assert.deepEqual(parseAmount("3千5百万円"), { low: 35_000_000, high: 35_000_000, unit: "JPY" });
    });

    it("parseAmount('1万2千円') is 12,000 JPY, not 2,000", () => {
      // 1 × 10^4 + 2 × 10^3 = 12,000
      assert.deepEqual(parseAmount("1万2千円"), { low: 12_000, high: 12_000, unit: "JPY" });
    });

    it("parseAmount('$5.58M') and parseAmount('US$5.6 million') are millions of dollars", () => {
      // 5.58 × 10^6 = 5,580,000; 5.6 × 10^6 = 5,600,000
      assert.deepEqual(parseAmount("$5.58M"), { low: 5_580_000, high: 5_580_000, unit: "USD" });
      assert.deepEqual(parseAmount("US$5.6 million"), { low: 5_600_000, high: 5_600_000, unit: "USD" });
    });

    it("parseAmount('～3块') is refused: an open range has no low end", () => {
      throwsText(
        () => parseAmount("～3块"),
        'invalid amount "～3块" at index 0: "～" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
      );
    });

    it("parseAmount('1～2～3块') and parseAmount('1.2.3万日元') are refused, naming the part", () => {
      throwsText(
        () => parseAmount("1～2～3块"),
        'invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (expected one range, low～high, e.g. 2000～3000块)',
      );
      throwsText(
        () => parseAmount("1.2.3万日元"),
        'invalid amount "1.2.3万日元" at index 0: "1.2.3" (expected a number with one decimal point at most, e.g. 1.5万)',
      );
    });

    it("parseAmount('三千万円') is 3,000万 JPY", () => {
      // 3 × 10^3 × 10^4 = 30,000,000
      assert.deepEqual(parseAmount("三千万円"), { low: 30_000_000, high: 30_000_000, unit: "JPY" });
    });
  });

  describe("what the text may hold besides the amount", () => {
    it("parseAmount reads the article's figures as its data file holds them", () => {
      // 400万 = 4,000,000; 500万 = 5,000,000
      assert.deepEqual(parseAmount("400万～500万日元"), { low: 4_000_000, high: 5_000_000, unit: "JPY" });
      // 2,000 to 3,000 boards
      assert.deepEqual(parseAmount("2000～3000块"), { low: 2000, high: 3000, unit: "GPU" });
      // 557.6 × 10^4 = 5,576,000
      assert.deepEqual(parseAmount("557.6万美元"), { low: 5_576_000, high: 5_576_000, unit: "USD" });
    });

    it("parseAmount accepts spaces around the amount and an approximation before or after it, read as the number", () => {
      // 约 (about) before: 280 × 10^4 = 2,800,000 hours
      assert.deepEqual(parseAmount("约280万小时"), { low: 2_800_000, high: 2_800_000, unit: "hour" });
      // 约合 (about, converted) and 人民币 before: 3.85 × 10^8 = 385,000,000; 7.21 × 10^8 = 721,000,000
      assert.deepEqual(parseAmount("约合人民币3.85亿元～7.21亿元"), {
        low: 385_000_000,
        high: 721_000_000,
        unit: "CNY",
      });
      assert.deepEqual(parseAmount("约为400万日元"), { low: 4_000_000, high: 4_000_000, unit: "JPY" });
      assert.deepEqual(parseAmount("約150億円"), { low: 150e8, high: 150e8, unit: "JPY" });
      // 左右 (about) after
      assert.deepEqual(parseAmount("  400万日元左右  "), { low: 4_000_000, high: 4_000_000, unit: "JPY" });
      assert.deepEqual(parseAmount("about $5.6M"), { low: 5_600_000, high: 5_600_000, unit: "USD" });
    });

    it("parseAmount refuses any other text, from where it starts, and says parseAmounts reads prose", () => {
      throwsText(
        () => parseAmount("DeepSeek使用了2000～3000块H800"),
        'invalid amount "DeepSeek使用了2000～3000块H800" at index 0: "DeepSeek使用了2000～300…" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      );
      throwsText(
        () => parseAmount("2000～3000块H800"),
        'invalid amount "2000～3000块H800" at index 10: "H800" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      );
      throwsText(
        () => parseAmount("每小时费用为2美元"),
        'invalid amount "每小时费用为2美元" at index 0: "每小时费用为2美元" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      );
      // … and the same texts read as prose
      assert.deepEqual(parseAmounts("DeepSeek使用了2000～3000块H800"), [{ low: 2000, high: 3000, unit: "GPU" }]);
      assert.deepEqual(parseAmounts("每小时费用为2美元"), [{ low: 2, high: 2, unit: "USD" }]);
    });

    it("parseAmount returns a frozen amount", () => {
      assert.ok(Object.isFrozen(parseAmount("2美元")));
    });
  });

  describe("the option yenSign", () => {
    it("parseAmount(text, {yenSign}) reads a bare ¥ as the currency given, as formatAmount writes JPY in English", () => {
      // ¥15.0B = 15.0 × 10^9 JPY
      assert.deepEqual(parseAmount("¥15.0B", { yenSign: "JPY" }), { low: 15e9, high: 15e9, unit: "JPY" });
      // ¥4.0M–¥5.0M = 4 × 10^6 to 5 × 10^6
      assert.deepEqual(parseAmount("¥4.0M–¥5.0M", { yenSign: "JPY" }), { low: 4e6, high: 5e6, unit: "JPY" });
      assert.deepEqual(parseAmount("¥3.85亿", { yenSign: "CNY" }), { low: 3.85e8, high: 3.85e8, unit: "CNY" });
      // a unit word that says otherwise still conflicts
      throwsText(
        () => parseAmount("¥5美元", { yenSign: "JPY" }),
        'invalid amount "¥5美元" at index 2: "美元" is USD, the amount JPY (expected one unit for the whole amount)',
      );
    });

    it("parseAmount(text, {yenSign}) refuses another value", () => {
      throwsText(
        () => parseAmount("¥5", { yenSign: "USD" as "JPY" }),
        'invalid yenSign: "USD" (expected "JPY" or "CNY", the currency a bare ¥ stands for)',
      );
    });

    it("parseAmount and parseAmounts refuse an option they do not know: { yen: 'JPY' } is not { yenSign }", () => {
      throwsText(
        () => parseAmount("¥5", { yen: "JPY" } as never),
        'invalid options.yen: "JPY" (expected only the fields yenSign)',
      );
      throwsText(
        () => parseAmounts("¥5", { yensign: "JPY" } as never),
        'invalid options.yensign: "JPY" (expected only the fields yenSign)',
      );
    });
  });

  describe("refusals of the text as a whole", () => {
    const cases: [input: unknown, message: string][] = [
      [42, 'invalid amount: 42 (expected a string such as "400万日元")'],
      [undefined, 'invalid amount: undefined (expected a string such as "400万日元")'],
      ["", 'invalid amount "": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)'],
      ["   ", 'invalid amount "   ": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)'],
      [
        "H800",
        'invalid amount "H800": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
      ],
      [
        "ＡＢＣ１２３",
        'invalid amount "ＡＢＣ１２３": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
      ],
      [
        "日元",
        'invalid amount "日元": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
      ],
      [
        "约",
        'invalid amount "约": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
      ],
      [
        "2048",
        'invalid amount "2048": no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)',
      ],
      [
        "400万～500万",
        'invalid amount "400万～500万": no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)',
      ],
      ["400万英镑", `invalid amount "400万英镑" at index 4: unknown unit "英镑" (expected one of ${KNOWN})`],
      ["2048 GBP", `invalid amount "2048 GBP" at index 5: unknown unit "GBP" (expected one of ${KNOWN})`],
      ["5.6 millions", `invalid amount "5.6 millions" at index 4: unknown unit "millions" (expected one of ${KNOWN})`],
      [
        "abc400万日元",
        'invalid amount "abc400万日元" at index 0: "abc400万日元" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      ],
      [
        "400万日元abc",
        'invalid amount "400万日元abc" at index 6: "abc" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      ],
      [
        "$5.58Mx",
        'invalid amount "$5.58Mx" at index 5: "Mx" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      ],
      [
        "2000 3000块",
        'invalid amount "2000 3000块" at index 5: "3000块" (expected a range separator between two numbers, e.g. 2000～3000块)',
      ],
      [
        "H800约为400万～500万日元（约合人民币19.23万元～24.03万元）",
        'invalid amount "H800约为400万～500万日元（约合人民币19.23万元～24.03万元）" at index 0: "H800约为400万～500万日元（约…" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
      ],
      [
        "400万日元、2000块",
        'invalid amount "400万日元、2000块": 2 amounts, "400万日元" and "2000块" (expected one; parseAmounts reads several)',
      ],
      [
        "1日元、1块、1日元、1块",
        'invalid amount "1日元、1块、1日元、1块": 4 amounts, "1日元" and "1块" … (expected one; parseAmounts reads several)',
      ],
    ];
    for (const [input, message] of cases) {
      it(`parseAmount(${JSON.stringify(input)}) fails: ${message.split(" (")[0]}`, () =>
        throwsText(() => parseAmount(input as string), message));
    }
  });

  describe("long inputs: answered, and quoted in at most 80 characters", () => {
    it("parseAmount refuses a 40,002-character text at the position of the problem, quoting its ends", () => {
      // "1、" 20,000 times then "1～": a list of 20,001 ones, then a range with no high end at index 40,001
      const text = `${"1、".repeat(20_000)}1～`;
      throwsText(
        () => parseAmount(text),
        `invalid amount "${"1、".repeat(15)}…${"、1".repeat(14)}～" at index 40001: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)`,
      );
    });

    it("parseAmount reads a list of a million characters as the span of its members", () => {
      // 1、1、…、1块: 500,000 ones, the unit written once at the end: [1, 1] boards
      assert.deepEqual(parseAmount(`${"1、".repeat(499_999)}1块`), { low: 1, high: 1, unit: "GPU" });
    });

    it(`parseAmount refuses a number of more than ${MAX_DIGITS} digits, saying how many`, () => {
      const text = `${"9".repeat(1_000_000)}块`;
      throwsText(
        () => parseAmount(text),
        `invalid amount "${"9".repeat(30)}…${"9".repeat(28)}块" at index 0: "${"9".repeat(19)}…", a number of 1000000 digits (expected at most ${MAX_DIGITS})`,
      );
    });

    it("every message of a long text stays short", () => {
      const texts = [
        `${"约".repeat(100_000)}3块`,
        `${"H800".repeat(50_000)}`,
        `3块${"x".repeat(100_000)}`,
        `${"3块、".repeat(50_000)}3日元`,
      ];
      for (const text of texts) {
        try {
          parseAmount(text);
          assert.fail(`no error for ${text.slice(0, 20)}…`);
        } catch (e) {
          const quoted = [...(e as Error).message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.length);
          assert.ok(quoted.reduce((a, b) => a + b, 0) <= 80, (e as Error).message);
        }
      }
    });
  });
});
