import { messages } from "../../src/amount/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of amount/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("amount/messages", messages, {
  amountNotText: [[{ value: 42 }, 'invalid amount: 42 (expected a string such as "400万日元")']],
  amountEmpty: [
    [{ text: "" }, 'invalid amount "": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)'],
  ],
  amountNoNumber: [
    [
      { text: "H800" },
      'invalid amount "H800": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
    ],
  ],
  amountNoUnit: [
    [
      { text: "2048" },
      'invalid amount "2048": no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)',
    ],
  ],
  amountUnknownUnit: [
    [
      { text: "400万英镑", at: 4, part: "英镑", known: ["日元", "円", "元"] },
      'invalid amount "400万英镑" at index 4: unknown unit "英镑" (expected one of 日元, 円, 元)',
    ],
  ],
  amountAmbiguousYen: [
    [
      { text: "¥5", at: 0, part: "¥" },
      'invalid amount "¥5" at index 0: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
    ],
  ],
  amountUnitConflict: [
    [
      { text: "400万日元～500万美元", at: 10, part: "美元", unit: "USD", first: "JPY" },
      'invalid amount "400万日元～500万美元" at index 10: "美元" is USD, the amount JPY (expected one unit for the whole amount)',
    ],
  ],
  amountOrder: [
    [
      { text: "500万～400万日元", low: 5000000, high: 4000000 },
      'invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)',
    ],
  ],
  amountMany: [
    [
      { text: "400万日元或3万美元", count: 2, found: ["400万日元", "3万美元"] },
      'invalid amount "400万日元或3万美元": 2 amounts, "400万日元" and "3万美元" (expected one; parseAmounts reads several)',
    ],
  ],
  amountSecondSeparator: [
    [
      { text: "1～2～3块", at: 3, part: "～3块" },
      'invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (expected one range, low～high, e.g. 2000～3000块)',
    ],
  ],
  amountNoLowEnd: [
    [
      { text: "～3块", at: 0, part: "～3块" },
      'invalid amount "～3块" at index 0: "～3块" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
    ],
  ],
  amountNoHighEnd: [
    [
      { text: "3块～", at: 2, part: "～" },
      'invalid amount "3块～" at index 2: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)',
    ],
  ],
  amountNoUpperEnd: [
    [
      { text: "不少于3000块", at: 0, part: "不少于", meaning: "no fewer than" },
      'invalid amount "不少于3000块" at index 0: "不少于" (no fewer than) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)',
    ],
  ],
  amountMoreOnZero: [
    [
      { text: "0多块", at: 1, part: "多" },
      'invalid amount "0多块" at index 1: "多" after 0 (expected a number above 0 before 多, 余 or 几, e.g. 2000多块)',
    ],
  ],
  amountInvisible: [
    [
      { text: "400万\u200b日元", at: 4, part: "\u200b" },
      'invalid amount "400万\\u200b日元" at index 4: an invisible character, "\\u200b", inside the amount (expected none: delete it)',
    ],
  ],
  amountOneCharacterNumber: [
    [
      { text: "廿元", at: 0, part: "廿", value: 20 },
      'invalid amount "廿元" at index 0: "廿" is 20 written as one character, which is not read (expected 二十 or 20)',
    ],
    [
      { text: "卌块", at: 0, part: "卌", value: 40 },
      'invalid amount "卌块" at index 0: "卌" is 40 written as one character, which is not read (expected 四十 or 40)',
    ],
  ],
  amountBoundOnRange: [
    [
      { text: "不到1～2成", at: 0, part: "不到" },
      'invalid amount "不到1～2成" at index 0: a range or list after a bound, "不到" (expected one number with 不到, 以下 …, e.g. 不到10分之1)',
    ],
  ],
  amountMinus: [
    [
      { text: "-3块", at: 0, part: "-3块" },
      'invalid amount "-3块" at index 0: a minus sign, "-3块" (expected an amount of 0 or more)',
    ],
  ],
  amountDecimalPoints: [
    [
      { text: "1.2.3万日元", at: 3, part: ".3万日元" },
      'invalid amount "1.2.3万日元" at index 3: ".3万日元" (expected a number with one decimal point at most, e.g. 1.5万)',
    ],
  ],
  amountGrouping: [
    [
      { text: "1,00块", at: 1, part: ",00块" },
      'invalid amount "1,00块" at index 1: ",00块" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
    ],
  ],
  amountTooLong: [
    [
      { text: "1234567890123456789012块", at: 0, part: "12345678901234567890", digits: 22, max: 21 },
      'invalid amount "1234567890123456789012块" at index 0: "12345678901234567890", a number of 22 digits (expected at most 21)',
    ],
  ],
  amountAdjacentDigits: [
    [
      { text: "一二块", at: 1, part: "二块" },
      'invalid amount "一二块" at index 1: "二块" (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)',
    ],
  ],
  amountPlaceOrder: [
    [
      { text: "3百5千块", at: 3, part: "千块", previous: "百" },
      'invalid amount "3百5千块" at index 3: "千块" after 百 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
    ],
  ],
  amountPlaceOverflow: [
    [
      { text: "十十块", at: 1, part: "十块", place: "十" },
      'invalid amount "十十块" at index 1: "十块" is not below 十 (expected less than one 十 after it, e.g. 1亿2000万)',
    ],
  ],
  amountPlaceDigit: [
    [
      { text: "三千五万", at: 1, part: "千五万", place: "千" },
      'invalid amount "三千五万" at index 1: "千五万" before 千 (expected a number below 10 before 十, 百 or 千, e.g. 3千5百万 or 1.5千万)',
    ],
  ],
  amountPlaceAlone: [
    [
      { text: "万日元", at: 0, part: "万日元" },
      'invalid amount "万日元" at index 0: "万日元" with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)',
    ],
  ],
  amountBareDigit: [
    [
      { text: "1万2块", at: 2, part: "2块", place: "千" },
      'invalid amount "1万2块" at index 2: "2块" after 千, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
    ],
  ],
  amountDecimalNotLast: [
    [
      { text: "1.5万2千块", at: 4, part: "2千块", decimal: "1.5万" },
      'invalid amount "1.5万2千块" at index 4: "2千块" after the decimal 1.5万 (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)',
    ],
  ],
  amountMixedScales: [
    [
      { text: "3万M美元", at: 2, part: "M美元", previous: "万" },
      'invalid amount "3万M美元" at index 2: "M美元" after 万 (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)',
    ],
  ],
  amountSeveralAlone: [
    [
      { text: "几块", at: 0, part: "几块" },
      'invalid amount "几块" at index 0: "几块" with no place after it (expected 十, 百, 千, 万 or 亿 after 几块, e.g. 数十次)',
    ],
  ],
  amountZeroDenominator: [
    [
      { text: "0分之1", at: 0, part: "0分之1" },
      'invalid amount "0分之1" at index 0: "0分之1" (expected a number above 0 before 分之)',
    ],
  ],
  amountHalfWithNumber: [
    [
      { text: "3半", at: 1, part: "半" },
      'invalid amount "3半" at index 1: "半" beside a number (expected 半 on its own: it means 0.5 and takes no number)',
    ],
  ],
  amountBareBesideRatio: [
    [
      { text: "3～4成", at: 0, part: "3" },
      'invalid amount "3～4成" at index 0: "3" has no unit beside a fraction (expected a unit on the bare number, e.g. 3成)',
    ],
  ],
  amountSharedPlace: [
    [
      { text: "1万～2千块", at: 3, part: "2千块" },
      'invalid amount "1万～2千块" at index 3: "2千块" has no place while the high end has several (expected a place on the low end too, e.g. 5000万～1亿5000万)',
    ],
  ],
  amountNoSeparator: [
    [
      { text: "3块4块", at: 2, part: "4块" },
      'invalid amount "3块4块" at index 2: "4块" (expected a range separator between two numbers, e.g. 2000～3000块)',
    ],
  ],
  amountUnexpected: [
    [
      { text: "3块x", at: 2, part: "x", expected: "the end of the amount" },
      'invalid amount "3块x" at index 2: "x" (expected the end of the amount)',
    ],
  ],
  amountExtraText: [
    [
      { text: "3块 and more", at: 3, part: "and more" },
      'invalid amount "3块 and more" at index 3: "and more" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
    ],
  ],
  amountYenSign: [
    [{ value: "GBP" }, 'invalid yenSign: "GBP" (expected "JPY" or "CNY", the currency a bare ¥ stands for)'],
  ],
  amountNotFinite: [
    [
      { text: "1e400块", value: Infinity },
      'invalid amount "1e400块": Infinity is not finite (expected a finite amount)',
    ],
  ],
});
