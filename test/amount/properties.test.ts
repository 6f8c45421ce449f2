import assert from "node:assert/strict";
import fc from "fast-check";
import { quantityUnits, type Amount } from "../../src/amount/amount.js";
import { formatAmount } from "../../src/amount/format-amount.js";
import { parseAmount, parseAmounts } from "../../src/amount/parse-amount.js";
import { GpuCostError } from "../../src/errors/error.js";
import { currencies } from "../../src/money/currency.js";
import { money } from "../../src/money/money.js";

/** A value with at most `digits` significant digits: mantissa × 10^exponent, e.g. 1923 × 10^2 = 192,300. */
function fewDigits(digits: number, exponents = { min: -6, max: 16 }): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min: 0, max: 10 ** digits - 1 }), fc.integer(exponents))
    .map(([mantissa, exponent]) => Number(`${mantissa}e${exponent}`));
}

// Writers of whole numbers below 10^16 as Chinese and Japanese texts write them: the test's own
// arithmetic, not the library's. Groups of four digits, most significant first: 兆 亿 万 and units.
const BIG = ["兆", "亿", "万", ""] as const;
const DIGIT = "零一二三四五六七八九";

function groupsOf(n: number): number[] {
  const s = String(n).padStart(16, "0");
  return [0, 4, 8, 12].map((i) => Number(s.slice(i, i + 4)));
}

/** `1亿5000万3000`: each group in digits with its place; a lone last digit after a place gets 零 (1亿零5). */
function writeGroups(n: number, big: readonly string[] = BIG): string {
  if (n === 0) return "0";
  let out = "";
  groupsOf(n).forEach((g, i) => {
    if (g === 0) return;
    out += (out !== "" && i === 3 && g < 10 ? "零" : "") + String(g) + big[i];
  });
  return out;
}

/** `一亿五千万零三`: CJK numerals with 千 百 十 in each group and 零 for the gaps. */
function writeCjk(n: number): string {
  if (n === 0) return "零";
  let out = "";
  let gap = false;
  groupsOf(n).forEach((g, i) => {
    if (g === 0) {
      gap ||= out !== "";
      return;
    }
    if (out !== "" && (gap || g < 1000)) out += "零";
    out += writeSection(g) + BIG[i];
    gap = false;
  });
  return out;
}

function writeSection(g: number): string {
  let out = "";
  let gap = false;
  String(g)
    .padStart(4, "0")
    .split("")
    .forEach((d, i) => {
      if (d === "0") {
        gap ||= out !== "";
        return;
      }
      if (gap) out += "零";
      out += DIGIT.charAt(Number(d)) + ["千", "百", "十", ""][i]!;
      gap = false;
    });
  return out;
}

describe("amount properties", () => {
  describe("formatAmount reads back exactly", () => {
    const currency = fc.constantFrom(...currencies);
    const locale = fc.constantFrom("en" as const, "zh" as const, "ja" as const);
    const digitsOf = { en: 3, zh: 4, ja: 4 } as const;

    it("parseAmount(formatAmount(x, {locale})) is x for points with as many significant digits as the locale writes", () => {
      fc.assert(
        fc.property(locale, currency, fc.nat(), (l, c, seed) => {
          const x = fc.sample(fewDigits(digitsOf[l]), { seed, numRuns: 1 })[0]!;
          const text = formatAmount(money(x, c), { locale: l });
          assert.deepEqual(parseAmount(text), { low: x, high: x, unit: c }, text);
        }),
        { numRuns: 1500 },
      );
    });

    it("parseAmount(formatAmount(range, {locale})) is the range", () => {
      fc.assert(
        fc.property(locale, currency, fc.nat(), fc.nat(), (l, c, s1, s2) => {
          const [a, b] = [s1, s2].map((seed) => fc.sample(fewDigits(digitsOf[l]), { seed, numRuns: 1 })[0]!) as [
            number,
            number,
          ];
          const [low, high] = a <= b ? [a, b] : [b, a];
          const text = formatAmount({ low, high, currency: c }, { locale: l });
          assert.deepEqual(parseAmount(text), { low, high, unit: c }, text);
        }),
        { numRuns: 1500 },
      );
    });

    it("parseAmount(formatAmount(x, {locale, digits})) is x for x with at most `digits` significant digits", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }).chain((d) => fc.tuple(fc.constant(d), fewDigits(d, { min: -4, max: 12 }))),
          currency,
          locale,
          ([digits, x], c, l) => {
            const text = formatAmount(money(x, c), { locale: l, digits });
            assert.deepEqual(parseAmount(text), { low: x, high: x, unit: c }, text);
          },
        ),
        { numRuns: 800 },
      );
    });
  });

  describe("compound numbers read back exactly", () => {
    const whole = fc.oneof(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 1e16),
    );

    it("n written in digit groups with 兆 亿 万 (zh) or 兆 億 万 (ja) reads as n: 1亿5000万 = 150,000,000", () => {
      fc.assert(
        fc.property(whole, fc.constantFrom("元", "日元", "円", "块"), fc.boolean(), (n, unit, ja) => {
          const text = writeGroups(n, ja ? ["兆", "億", "万", ""] : BIG) + unit;
          assert.equal(parseAmount(text).low, n, text);
        }),
        { numRuns: 1500 },
      );
    });

    it("n written in CJK numerals with 千 百 十 and 零 reads as n: 一亿五千万零三 = 150,000,003", () => {
      fc.assert(
        fc.property(whole, (n) => {
          const text = `${writeCjk(n)}元`;
          assert.equal(parseAmount(text).low, n, text);
        }),
        { numRuns: 1500 },
      );
    });

    it("a range of two compounds, each with its unit, reads as both ends", () => {
      fc.assert(
        fc.property(whole, whole, (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const text = `${writeCjk(low)}块～${writeGroups(high)}块`;
          assert.deepEqual(parseAmount(text), { low, high, unit: "GPU" }, text);
        }),
        { numRuns: 800 },
      );
    });

    it("the writers agree with the worked examples", () => {
      assert.equal(writeGroups(150_000_000), "1亿5000万");
      assert.equal(writeGroups(100_000_005), "1亿零5");
      assert.equal(writeCjk(150_000_003), "一亿五千万零三");
      assert.equal(writeCjk(1005), "一千零五");
      assert.equal(writeCjk(100_010), "一十万零一十");
    });
  });

  describe("any text is read or refused with a GpuCostError", () => {
    const units = new Set<string>([...currencies, ...quantityUnits]);
    /** Finite bounds, 0 ≤ low ≤ high, a known unit. */
    const check = (a: Amount, text: string) => {
      assert.ok(Number.isFinite(a.low) && Number.isFinite(a.high) && a.low >= 0 && a.low <= a.high, text);
      assert.ok(units.has(a.unit), text);
    };
    const readOrRefuse = (text: string) => {
      for (const read of [
        () => [parseAmount(text)],
        () => parseAmounts(text),
        () => [parseAmount(text, { yenSign: "CNY" })],
      ]) {
        let amounts: Amount[];
        try {
          amounts = read();
        } catch (e) {
          assert.ok(e instanceof GpuCostError, `${JSON.stringify(text)}: ${String(e)}`);
          assert.ok(!e.message.includes("NaN"), e.message);
          continue;
        }
        for (const a of amounts) check(a, text);
      }
    };
    // Pieces of the grammar, shuffled into text that is mostly nonsense.
    const piece = fc.constantFrom(
      ..."0123456789０５.,，．万亿億兆千百十京数几一二两三五九〇零成割%～~〜-–—至到、¥$€H MKBmk −".split(""),
      "分之",
      "分の",
      "百分之",
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
      "US$",
      "JP¥",
      "CN¥",
      "RMB",
      "USD",
      "million",
      "bn",
      "不到",
      "以下",
      "以上",
      "超过",
      "约",
      "约合",
      "左右",
      "个月",
      "成本",
      "AI",
      "GPU hours",
      "——",
      // issue 18: bound words, vague words, financial numerals, 割分厘, dashes, spaces in groups
      "不少于",
      "不止",
      "超",
      "近",
      "将近",
      "多",
      "余",
      "来",
      "上",
      "上下",
      "廿",
      "壹",
      "伍",
      "拾",
      "仟",
      "陆",
      "大陆",
      "分",
      "厘",
      "を上回る",
      "未満",
      "弱",
      "強",
      "more than",
      "less than",
      "up to",
      "-odd",
      "several",
      "thousand",
      "+",
      "<",
      "\u2212",
      "\u00a0",
      "000",
      "个",
      "个多月",
    );

    it("on text made of the grammar's own pieces", () => {
      fc.assert(fc.property(fc.string({ unit: piece, maxLength: 14 }), readOrRefuse), { numRuns: 4000 });
    });

    it("parseAmounts reads the one amount parseAmount reads, alone and in a sentence: the two agree", () => {
      fc.assert(
        fc.property(fc.string({ unit: piece, maxLength: 10 }), (text) => {
          let one: Amount;
          try {
            one = parseAmount(text);
          } catch {
            return;
          }
          assert.deepEqual(parseAmounts(text), [one], text);
          assert.deepEqual(parseAmounts(`据报道，${text}。`), [one], text);
        }),
        { numRuns: 4000 },
      );
    });

    it("on any string of ASCII", () => {
      fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), readOrRefuse), { numRuns: 1000 });
    });

    it("on any string of Unicode code points, and of UTF-16 code units (lone surrogates included)", () => {
      fc.assert(fc.property(fc.string({ unit: "binary" }), readOrRefuse), { numRuns: 1000 });
      const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
      fc.assert(fc.property(fc.string({ unit: codeUnit }), readOrRefuse), { numRuns: 1000 });
    });
  });
});
