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

    it("parseAmount leaves out characters that show nothing around the amount, and refuses one inside it", () => {
      assert.deepEqual(parseAmount("\u200b3000块\u200e"), { low: 3000, high: 3000, unit: "GPU" });
      // nothing but such characters is no text
      throwsText(
        () => parseAmount("\u2060\u200b"),
        'invalid amount "\\u2060\\u200b": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)',
      );
      throwsText(
        () => parseAmount("3000\u200f块"),
        'invalid amount "3000\\u200f块" at index 4: an invisible character, "\\u200f", inside the amount (expected none: delete it)',
      );
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

describe("amount/parse-amount: numerals and forms of issue 18", () => {
  /** Both readers give `amount` for `text` alone, and parseAmounts finds it in a sentence. */
  const readsAs = (text: string, amount: { low: number; high: number; unit: string }) => {
    assert.deepEqual(parseAmount(text), amount, text);
    assert.deepEqual(parseAmounts(text), [amount], text);
    assert.deepEqual(parseAmounts(`据报道，${text}。`), [amount], text);
  };

  it("financial numerals (大写数字) read as their plain twins: 壹亿伍仟万元 = 1亿5千万 = 150,000,000 CNY", () => {
    // 1 × 10^8 + 5 × 10^3 × 10^4
    readsAs("壹亿伍仟万元", { low: 150_000_000, high: 150_000_000, unit: "CNY" });
    // 5 × 10 + 0, with 整 (exactly) after the unit, as a cheque writes it
    readsAs("伍拾元整", { low: 50, high: 50, unit: "CNY" });
    // 3 × 1000 + 2 × 100 + 0 + 5: 零 marks the empty ten
    readsAs("叁仟贰佰零伍元", { low: 3205, high: 3205, unit: "CNY" });
    // traditional forms: 貳 參 陸
    readsAs("貳萬參仟陸佰元", { low: 23_600, high: 23_600, unit: "CNY" });
  });

  it("a financial digit that is a word of its own (陆 in 大陆, 伍 in 队伍) is not read as a number", () => {
    assert.deepEqual(parseAmounts("中国大陆3000块"), [{ low: 3000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("中国大陆一万块GPU"), [{ low: 10_000, high: 10_000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("研发队伍三千人，3000块"), [{ low: 3000, high: 3000, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("陆续买了3000块"), [{ low: 3000, high: 3000, unit: "GPU" }]);
  });

  it("a number written as one character (廿 20, 卅 30, 卌 40) is refused by name, never skipped", () => {
    const message = (text: string, at: number, char: string, value: number, tens: string) =>
      `invalid amount "${text}" at index ${at}: "${char}" is ${value} written as one character, which is not read (expected ${tens}十 or ${value})`;
    throwsText(() => parseAmount("廿元"), message("廿元", 0, "廿", 20, "二"));
    throwsText(() => parseAmounts("价格为廿元"), message("价格为廿元", 3, "廿", 20, "二"));
    throwsText(() => parseAmount("卅万日元"), message("卅万日元", 0, "卅", 30, "三"));
    throwsText(() => parseAmount("二十廿块"), message("二十廿块", 2, "廿", 20, "二"));
    // without a unit it is no amount: 廿一世纪 (the 21st century)
    assert.deepEqual(parseAmounts("廿一世纪"), []);
  });

  it("割 with 分 and 厘 after it (ja) reads to the thousandth: 3割5分 = 0.35, 2割5分3厘 = 0.253", () => {
    // 3 × 0.1 + 5 × 0.01
    readsAs("3割5分", { low: 0.35, high: 0.35, unit: "fraction" });
    readsAs("三割五分", { low: 0.35, high: 0.35, unit: "fraction" });
    // 2 × 0.1 + 5 × 0.01 + 3 × 0.001
    readsAs("2割5分3厘", { low: 0.253, high: 0.253, unit: "fraction" });
    // 1 × 0.1 + 5 × 0.001
    readsAs("1割5厘", { low: 0.105, high: 0.105, unit: "fraction" });
    // the 分 belongs to its own end: 1割 to 2割5分
    readsAs("1～2割5分", { low: 0.1, high: 0.25, unit: "fraction" });
    // 分 alone is not a hundredth (五分 can be five minutes): 5分 is no amount
    assert.deepEqual(parseAmounts("5分で3割"), [{ low: 0.3, high: 0.3, unit: "fraction" }]);
  });

  it("十几, 几十 and 十数 read by one rule: 十几亿美元 = $1B–$2B", () => {
    // 十 and some: 10 up to 10 + 10 (the unit of its last digit), then × 10^8
    readsAs("十几亿美元", { low: 1e9, high: 2e9, unit: "USD" });
    // 20 + some: [20, 30] × 10^4
    readsAs("二十几万元", { low: 200_000, high: 300_000, unit: "CNY" });
    // ja 十数台: [10, 20]
    readsAs("十数台", { low: 10, high: 20, unit: "GPU" });
    // 几十 before the number: some tens, [10, 100]
    readsAs("几十块", { low: 10, high: 100, unit: "GPU" });
  });

  it("spaces between groups of three digits separate thousands: 5 000 000 dollars = $5,000,000", () => {
    readsAs("5 000 000 dollars", { low: 5_000_000, high: 5_000_000, unit: "USD" });
    // the no-break space, the thin space and the narrow no-break space
    readsAs("5\u00a0000\u00a0000 USD", { low: 5_000_000, high: 5_000_000, unit: "USD" });
    readsAs("2\u2009048 GPUs", { low: 2048, high: 2048, unit: "GPU" });
    readsAs("€1\u202f500", { low: 1500, high: 1500, unit: "EUR" });
    readsAs("12 345.5 yen", { low: 12_345.5, high: 12_345.5, unit: "JPY" });
    // not after a first group of four digits, nor before a group of four: a year, then a count
    assert.deepEqual(parseAmounts("In 2024 300 GPUs were bought"), [{ low: 300, high: 300, unit: "GPU" }]);
    assert.deepEqual(parseAmounts("Of 3 0000 GPUs"), [{ low: 0, high: 0, unit: "GPU" }]);
  });

  it("the dashes and tildes of Unicode separate a range: 400万−500万円 with U+2212 is 4,000,000–5,000,000", () => {
    for (const dash of ["−", "‐", "‑", "‒", "﹣", "―", "∼", "⁓"])
      readsAs(`400万${dash}500万円`, { low: 4_000_000, high: 5_000_000, unit: "JPY" });
    // before a number, U+2212 is a minus sign, refused
    throwsText(
      () => parseAmount("−5万日元"),
      'invalid amount "−5万日元" at index 0: a minus sign, "−" (expected an amount of 0 or more)',
    );
  });

  it("a measure word and its noun are one unit: 2000块GPU = 2,000 GPUs; 3个多小时 = 3 to 4 hours", () => {
    readsAs("2000块GPU", { low: 2000, high: 2000, unit: "GPU" });
    readsAs("8台GPU", { low: 8, high: 8, unit: "GPU" });
    // a measure word, 多, its noun: 3 and a part of one more, [3, 3 + 1]
    readsAs("3个多小时", { low: 3, high: 4, unit: "hour" });
    // 个多月 is months, not GPUs: no amount
    assert.deepEqual(parseAmounts("训练了一个多月"), []);
    // two currencies are not a measure and its noun
    throwsText(
      () => parseAmount("100万日元円"),
      'invalid amount "100万日元円" at index 6: "円" (expected the end of the amount)',
    );
  });

  it("来 after a number is about it (十来块 = 10), and 几, 数 alone are 1 to 10 (几个小时)", () => {
    readsAs("十来块", { low: 10, high: 10, unit: "GPU" });
    readsAs("二十来万元", { low: 200_000, high: 200_000, unit: "CNY" });
    readsAs("几个小时", { low: 1, high: 10, unit: "hour" });
    readsAs("数台", { low: 1, high: 10, unit: "GPU" });
    // 以来 (since) and 来自 (from) are words of the sentence
    assert.deepEqual(parseAmounts("2024年以来，3000块来自美国"), [{ low: 3000, high: 3000, unit: "GPU" }]);
  });

  it("English: several and a few before a scale, -odd after a number, words in any case and spacing", () => {
    readsAs("several thousand GPUs", { low: 1000, high: 10_000, unit: "GPU" });
    readsAs("a few hundred GPUs", { low: 100, high: 1000, unit: "GPU" });
    // several hundred thousand: 10^2 × 10^3 = 10^5, to 10^6
    readsAs("several hundred thousand dollars", { low: 1e5, high: 1e6, unit: "USD" });
    readsAs("2,000-odd GPUs", { low: 2000, high: 3000, unit: "GPU" });
    readsAs("Up  To $5M", { low: 0, high: 5_000_000, unit: "USD" });
    // moreover, overall, undergo: words that only begin like a bound
    assert.deepEqual(parseAmounts("Moreover, overall $5M"), [{ low: 5_000_000, high: 5_000_000, unit: "USD" }]);
  });
});
