/**
 * The words inside and around a number that are not units: CJK digits and places (一, 两, 〇,
 * 十, 百, 千, 万, 亿), English scales (K, M, bn, million), vague counts (数十, 2000多), fractions
 * (分之, 一半), range and list separators (～, 、), bounds (不到, 以上) and approximations (约,
 * 左右), whose readings are in ./bound-words.ts. Unit words are in ./units.ts.
 */
import { boundWords, vagueWords } from "./bound-words.js";

/** A word of the amount grammar and what it means. */
export type NumberWord =
  /**
   * `万` in `400万`, `千` in `3千5百万`: a place, 10^exponent. `big` places (万 亿 兆 京) close a
   * group of four digits; the others (十 百 千, and 拾 佰 仟 in financial writing) are places inside one.
   */
  | { readonly kind: "place"; readonly exponent: number; readonly big: boolean }
  /** `M` in `$5.58M`, `million` in `US$5.6 million`: an English scale, 10^exponent. */
  | { readonly kind: "scale"; readonly exponent: number }
  /** `数` in `数十`, `几` in `几百`: "some tens", "some hundreds"; after a number (`十几`, `十数`), "and some". */
  | { readonly kind: "several" }
  /**
   * `多` in `2000多块`, `余` in `100余万`, `-odd` in `2,000-odd`: "and some more", right after a
   * number; with `style` "about", `来` in `十来块`: about the number.
   */
  | { readonly kind: "more"; readonly style?: "about" }
  /** `一半`: one half, a fraction on its own. */
  | { readonly kind: "half" }
  /** `分之` in `10分之1`: "1 of 10 parts", the number after ÷ the number before. */
  | { readonly kind: "over" }
  /** `百分之` in `百分之30`: the number after × 10^exponent. */
  | { readonly kind: "percentOf"; readonly exponent: number }
  /**
   * `～` in `400万～500万日元`. `style` says how it reads where an end is missing: a `wave`
   * (～ ~ 〜) or an en `dash` (–) before a number is an open range; a `hyphen` (- −) there is a
   * minus sign; a `word` (至, 到) or an em dash (`—`, Chinese prose's dash) is a verb or
   * punctuation in prose.
   */
  | { readonly kind: "separator"; readonly style: "wave" | "dash" | "hyphen" | "word" }
  /** `、` in `数十次、数百次`: joins a list, read as the range that spans it. */
  | { readonly kind: "list" }
  /**
   * `不到10分之1` (less than a tenth: an `upper` bound, read as [0, 0.1]) or `超过100万`
   * (more than: a `lower` bound, with no upper end, refused). `side` is where it stands
   * (./bound-words.ts); a `tight` one joins no space before it (`3000+`, not `3000 + 2000`); a
   * `measure` one (多 after 个) may stand between a measure word and its noun (`3个多小时`).
   */
  | {
      readonly kind: "bound";
      readonly limit: "upper" | "lower";
      readonly side: "before" | "after" | "either";
      readonly style?: "tight" | "measure";
    }
  /** `约` in `约280万小时`, `左右` after it: "about", read as the number itself. */
  | { readonly kind: "approx"; readonly side: "before" | "after" }
  /**
   * A word the reader refuses wherever it stands in an amount, by name: `atLeast`, a count with no
   * upper end (`上百万`, `成千上万`); `numeral`, a number written as one character (`廿` is 20).
   */
  | { readonly kind: "refused"; readonly style: "atLeast" | "numeral" }
  /** `——`: a word that looks like one of the above but is not (the Chinese dash). */
  | { readonly kind: "other" };

/**
 * Where a word of the lexicon counts: `fits(text, start, end)` says whether the word at
 * `text.slice(start, end)` is one here (`近` only before a number: 近3000块, not 近年). `english`:
 * any case, and any run of spaces between its words.
 */
export interface LexiconWord {
  readonly word: string;
  readonly meaning: NumberWord;
  readonly fits?: (text: string, start: number, end: number) => boolean;
  readonly english?: boolean;
}

/** CJK digits and their values: `一` 1, `两` 2 (两千), `〇` and `零` 0 (二〇二五, 一千零五). */
export const cjkDigits: ReadonlyMap<string, number> = new Map([
  ["〇", 0],
  ["零", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);

/**
 * Financial numerals (大写数字), as cheques and contracts write amounts so that no stroke can be
 * added: `壹亿伍仟万元` is 150,000,000 yuan. Their digits read as the plain ones; 拾 佰 仟 are 十 百 千
 * (萬 and 億 are places already). Several are words of their own too (陆 in 大陆, 伍 in 队伍, 拾 in
 * 收拾), so one counts as a numeral only beside another numeral character or before 元, 圆 or 整
 * ({@link financialFits}).
 */
export const financialDigits: ReadonlyMap<string, number> = new Map([
  ["壹", 1],
  ["贰", 2],
  ["貳", 2],
  ["叁", 3],
  ["參", 3],
  ["肆", 4],
  ["伍", 5],
  ["陆", 6],
  ["陸", 6],
  ["柒", 7],
  ["捌", 8],
  ["玖", 9],
]);

/** Characters that write a number in CJK text: digits (plain and financial) and places. */
const numeralChars = new Set([..."十百千万萬亿億兆京拾佰仟", ...cjkDigits.keys(), ...financialDigits.keys()]);
/** Characters a number can begin with, for words that count only before one (`近3000块`). */
const numberStarts = new Set([..."0123456789十百千数几", ...cjkDigits.keys(), ...financialDigits.keys()]);
/** Places, for `上` before one (`上百万`). */
const placeChars = new Set([..."十百千万萬亿億"]);

/** Is the character at `i` one that writes a CJK number (a digit or a place)? */
export function isNumeralChar(text: string, i: number): boolean {
  return numeralChars.has(text.charAt(i));
}

/** Does a financial numeral at `[start, end)` stand beside another numeral character, or before 元, 圆 or 整? */
export function financialFits(text: string, start: number, end: number): boolean {
  return isNumeralChar(text, start - 1) || isNumeralChar(text, end) || "元圆整".includes(text.charAt(end) || "_");
}

/** Does a number begin right after the word (`近3000块`, `达三千万`)? */
const beforeNumber = (text: string, _start: number, end: number) => numberStarts.has(text.charAt(end));
/** Does a place follow the word (`上百万`, `何百`)? */
const beforePlace = (text: string, _start: number, end: number) => placeChars.has(text.charAt(end));
/** Does the word follow a number (`2000多`, `十几`, `1万多`, `100余万`)? */
const afterNumber = (text: string, start: number) => {
  const c = text.charCodeAt(start - 1);
  return (c >= 0x30 && c <= 0x39) || isNumeralChar(text, start - 1);
};
/** The last characters of the CJK unit words: `多` after one (`3000块多`) is a bound, not "and some" of the number. */
const unitEnds = new Set([..."円元块張张枚台个個时時間次回成割币幣金ル"]);
const afterUnit = (text: string, start: number) => unitEnds.has(text.charAt(start - 1));

const place = (exponent: number): NumberWord => ({ kind: "place", exponent, big: exponent >= 4 });
const scale = (exponent: number): NumberWord => ({ kind: "scale", exponent });
const separator = (style: "wave" | "dash" | "hyphen" | "word"): NumberWord => ({ kind: "separator", style });

/** The words, matched longest first (`百分之` before `百`, `不到` before `到`). */
export const numberWords: readonly LexiconWord[] = [
  // Places: 十 百 千 inside a group of four digits, then 万 亿 兆 京 (10^4, 10^8, 10^12, 10^16,
  // as in Japanese and in zh finance; 京 is what Intl's ja compact form writes past 兆).
  ...(
    [
      ["十", 1],
      ["百", 2],
      ["千", 3],
      ["万", 4],
      ["萬", 4],
      ["亿", 8],
      ["億", 8],
      ["兆", 12],
      ["京", 16],
    ] as const
  ).map(([word, exponent]) => ({ word, meaning: place(exponent) })),
  // 拾 佰 仟: 十 百 千 in financial writing (壹仟伍佰元), beside another numeral only.
  ...(
    [
      ["拾", 1],
      ["佰", 2],
      ["仟", 3],
    ] as const
  ).map(([word, exponent]) => ({ word, meaning: place(exponent), fits: financialFits })),
  // English scales after a number: `$5.58M`, `$721K`, `¥15.0B`, `RMB3.85bn`, `$5.6m` (British
  // press), `US$5.6 million`, `$1.5T` (Intl's en compact form), `several hundred`.
  ...(
    [
      ["K", 3],
      ["k", 3],
      ["thousand", 3],
      ["hundred", 2],
      ["M", 6],
      ["m", 6],
      ["mn", 6],
      ["million", 6],
      ["B", 9],
      ["b", 9],
      ["bn", 9],
      ["billion", 9],
      ["T", 12],
      ["tn", 12],
      ["trillion", 12],
    ] as const
  ).map(([word, exponent]) => ({ word, meaning: scale(exponent) })),
  // `数十次` = [10, 100] runs, `数百` = [100, 1000], `几千` = [1000, 10000], `何百` (ja),
  // `several thousand`; after a number, `十几` and `十数` are [10, 20] (./read-end.ts).
  { word: "数", meaning: { kind: "several" } },
  { word: "几", meaning: { kind: "several" } },
  { word: "何", meaning: { kind: "several" }, fits: beforePlace },
  { word: "several", meaning: { kind: "several" }, english: true },
  { word: "a few", meaning: { kind: "several" }, english: true },
  // And some more, right after a number: `2000多块` = [2000, 3000], `100余万` = [100万, 200万].
  { word: "多", meaning: { kind: "more" }, fits: afterNumber },
  { word: "余", meaning: { kind: "more" }, fits: afterNumber },
  { word: "-odd", meaning: { kind: "more" }, fits: afterNumber, english: true },
  // About, right after a number: `十来块` is about 10, `二十来万` about 200,000.
  { word: "来", meaning: { kind: "more", style: "about" }, fits: afterNumber },
  // Half: `只有一半` (zh), `半分` (ja).
  { word: "一半", meaning: { kind: "half" } },
  { word: "半分", meaning: { kind: "half" } },
  // `10分之1`, `三分之一` (zh) and `10分の1` (ja) are 1/10 and 1/3.
  { word: "分之", meaning: { kind: "over" } },
  { word: "分の", meaning: { kind: "over" } },
  // `百分之30` = 0.3; `千分之5` = 0.005.
  { word: "百分之", meaning: { kind: "percentOf", exponent: -2 } },
  { word: "千分之", meaning: { kind: "percentOf", exponent: -3 } },
  // Range separators: `1～3成` (～ reads as ~ once widths are normalised), `1〜3割`, `2000-3000块`,
  // `$2–4.9`, `2000—3000`, `2000至3000`, `2000到3000`; the other dashes and tildes of Unicode
  // (`400万−500万円` with the minus sign U+2212, the figure dash, the swung dash) read as the
  // ones they look like, so a minus sign before a number is refused as one.
  ...(
    [
      ["~", "wave"],
      ["〜", "wave"],
      ["∼", "wave"],
      ["⁓", "wave"],
      ["–", "dash"],
      ["‒", "dash"],
      ["-", "hyphen"],
      ["−", "hyphen"],
      ["‐", "hyphen"],
      ["‑", "hyphen"],
      ["﹣", "hyphen"],
      ["—", "word"],
      ["―", "word"],
      ["至", "word"],
      ["到", "word"],
    ] as const
  ).map(([word, style]) => ({ word, meaning: separator(style) })),
  // `——`, two em dashes, is the Chinese dash: punctuation (`3000块——5000块` is two amounts).
  { word: "——", meaning: { kind: "other" } },
  { word: "、", meaning: { kind: "list" } },
  // Bounds and approximations, one reading each (./bound-words.ts).
  ...boundWords.flatMap((w) =>
    [w.word, ...(w.stem ? [w.stem] : [])].map((written): LexiconWord => ({
      word: written,
      meaning:
        w.reading === "about"
          ? { kind: "approx", side: w.side === "after" ? "after" : "before" }
          : {
              kind: "bound",
              limit: w.reading === "atMost" ? "upper" : "lower",
              side: w.side,
              ...(w.word === "+" ? { style: "tight" as const } : w.afterUnit ? { style: "measure" as const } : {}),
            },
      ...(w.beforeNumber ? { fits: beforeNumber } : w.afterUnit ? { fits: afterUnit } : {}),
      ...(w.english ? { english: true } : {}),
    })),
  ),
  // Counts with no upper end (`上百万` is a million or more), refused by name: ./bound-words.ts.
  ...vagueWords
    .filter((w) => w.reading === "reaching")
    .map((w): LexiconWord => ({
      word: w.word,
      meaning: { kind: "refused", style: "atLeast" },
      ...(w.word === "上" ? { fits: beforePlace } : {}),
    })),
  // Numbers written as one character: 廿 20, 卅 30, 卌 40 (廿三 is 23), refused by name.
  ...["廿", "卅", "卌"].map((word): LexiconWord => ({ word, meaning: { kind: "refused", style: "numeral" } })),
  // Words that begin with or hold a word of the above but are other words: 最近 (recently) before a
  // number is not 近 (nearly), 大陆 (the mainland) not 陆 (6), 队伍 (a team) not 伍 (5); after an
  // amount, 超级 (super) is not 超 (over), 数据 (data) not 数 (some), 多数 (most) not 多 (and more):
  // `3000块超级计算机` and `100块数据卡` are 3,000 and 100 GPUs, not refusals.
  ...[
    ...["最近", "附近", "大陆", "大陸", "队伍", "隊伍"],
    ...["超级", "超算", "超大", "超强", "超高", "超低", "超长", "超市"],
    ...["数据", "数字", "数量", "数值", "数码", "数学", "数目"],
    ...["多数", "余额", "余下", "余地"],
  ].map((word): LexiconWord => ({ word, meaning: { kind: "other" } })),
];

/** The values of numbers written as one character, for messages: `廿` is 20. */
export const oneCharacterNumbers: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };
