/**
 * The words around a number that bound it or make it vague, in Chinese, Japanese and English, each
 * with one reading. One rule for all of them:
 *
 * - **at most** (`不到`, `以下`, `を下回る`, `less than`, `up to`, `nearly`): the range from 0 to the
 *   number, since no amount here is negative: `不到3000块` is [0, 3000];
 * - **at least** (`不少于`, `超过`, `以上`, `を上回る`, `more than`, `over`): refused, naming the
 *   word: nothing in the text gives an upper end, and an amount has two finite ends;
 * - **the number itself** (`约`, `左右`, `程度`, `about`, `高达`): about, or reaching, the number;
 * - **some more** after a number (`2000多`, `100余万`, `十几`, `十数`, `2,000-odd`): from the number to
 *   the number plus one unit of its last non-zero digit, before the places that follow:
 *   `2000多块` is [2000, 3000], `1000多万` [1000万, 2000万], `1万多` [1万, 2万], `十几亿` [10亿, 20亿];
 * - **some** before a place (`数十`, `几千`, `何百`, `several thousand`): one to ten of it,
 *   `数百` is [100, 1000];
 * - **reaching** a place, or a count with no figure (`上百万`, `上亿`, `成千上万`, `数以万计`):
 *   refused as at least: `上百万` is a million or more.
 *
 * `side` is where a bound stands: before the number (`不到3000块`), after it (`3000块以下`), or
 * either (`超3000块`, `1万円超`; `3000块不到`). ./number-words.ts makes lexicon words of these, and
 * the README's table of bound words is checked against this one (test/amount/bound-words.test.ts).
 */

/** How a word is read: see the module's comment. */
export type WordReading = "atMost" | "atLeast" | "about" | "someMore" | "some" | "reaching";

/** The languages that write a word (`以上` is both Chinese and Japanese). */
export type WordLanguage = "zh" | "ja" | "en";

/** A bound or approximation word and its reading. */
export interface BoundWord {
  readonly word: string;
  readonly languages: readonly WordLanguage[];
  readonly reading: "atMost" | "atLeast" | "about";
  readonly side: "before" | "after" | "either";
  /** What it means, in English, as messages name it: `at least`, `more than`. */
  readonly meaning: string;
  /**
   * Only where the number begins right after it (`近3000块`, `达3000块`): a word of one character
   * that is a word of its own elsewhere (近年, 发达).
   */
  readonly beforeNumber?: boolean;
  /** Matched in any case and with any run of spaces between its words (`More  than`). */
  readonly english?: boolean;
  /**
   * Only right after a unit word (`3000块多`, `1億円余`): after a number, the same character is
   * "some more" (`2000多块`), and between a measure word and its noun, a part of one more
   * (`3个多小时` is 3 to 4 hours).
   */
  readonly afterUnit?: boolean;
  /** The stem of a Japanese verb, read in any of its forms: `を上回る`, `を上回った`, `を上回り`. */
  readonly stem?: string;
}

const zh = ["zh"] as const;
const ja = ["ja"] as const;
const zhja = ["zh", "ja"] as const;
const en = ["en"] as const;

const word = (
  w: string,
  languages: readonly WordLanguage[],
  reading: BoundWord["reading"],
  side: BoundWord["side"],
  meaning: string,
  extra: { beforeNumber?: boolean; afterUnit?: boolean; stem?: string } = {},
): BoundWord => ({
  word: w,
  languages,
  reading,
  side,
  meaning,
  ...extra,
  ...(languages.includes("en") ? { english: true } : {}),
});

/** Every bound and approximation word. The lexicon matches the longest word at a position. */
export const boundWords: readonly BoundWord[] = [
  // At most: [0, N].
  word("不到", zh, "atMost", "either", "less than"),
  word("不足", zh, "atMost", "before", "less than"),
  word("少于", zh, "atMost", "before", "less than"),
  word("低于", zh, "atMost", "before", "lower than"),
  word("小于", zh, "atMost", "before", "less than"),
  word("不超过", zh, "atMost", "before", "not more than"),
  word("不超出", zh, "atMost", "before", "not more than"),
  word("不高于", zh, "atMost", "before", "not higher than"),
  word("不多于", zh, "atMost", "before", "not more than"),
  word("不大于", zh, "atMost", "before", "not more than"),
  word("不及", zh, "atMost", "before", "less than"),
  word("未满", zh, "atMost", "before", "under"),
  word("最多", zh, "atMost", "before", "at most"),
  word("至多", zh, "atMost", "before", "at most"),
  word("顶多", zh, "atMost", "before", "at most"),
  word("最高", zh, "atMost", "before", "at most"),
  word("最大", zhja, "atMost", "before", "at most"),
  word("将近", zh, "atMost", "before", "nearly"),
  word("接近", zh, "atMost", "before", "nearly"),
  word("几乎", zh, "atMost", "before", "almost"),
  word("近", zh, "atMost", "before", "nearly", { beforeNumber: true }),
  word("以下", zhja, "atMost", "after", "or less"),
  word("以内", zhja, "atMost", "after", "within"),
  word("之内", zh, "atMost", "after", "within"),
  word("未満", ja, "atMost", "after", "under"),
  word("を下回る", ja, "atMost", "after", "below", { stem: "を下回" }),
  word("下回る", ja, "atMost", "after", "below", { stem: "下回" }),
  word("足らず", ja, "atMost", "after", "short of"),
  word("弱", ja, "atMost", "after", "a little under"),
  word("近く", ja, "atMost", "after", "nearly"),
  word("less than", en, "atMost", "before", "less than"),
  word("fewer than", en, "atMost", "before", "fewer than"),
  word("no more than", en, "atMost", "before", "no more than"),
  word("not more than", en, "atMost", "before", "not more than"),
  word("under", en, "atMost", "before", "under"),
  word("below", en, "atMost", "before", "below"),
  word("up to", en, "atMost", "before", "up to"),
  word("at most", en, "atMost", "either", "at most"),
  word("nearly", en, "atMost", "before", "nearly"),
  word("almost", en, "atMost", "before", "almost"),
  word("close to", en, "atMost", "before", "close to"),
  word("or less", en, "atMost", "after", "or less"),
  word("or fewer", en, "atMost", "after", "or fewer"),
  word("<", en, "atMost", "before", "less than"),
  word("≤", en, "atMost", "before", "at most"),
  word("≦", en, "atMost", "before", "at most"),
  // At least: refused, naming the word.
  word("超过", zh, "atLeast", "before", "more than"),
  word("超出", zh, "atLeast", "before", "more than"),
  word("超", zhja, "atLeast", "either", "over"),
  word("逾", zh, "atLeast", "before", "over"),
  word("至少", zh, "atLeast", "before", "at least"),
  word("最少", zh, "atLeast", "before", "at least"),
  word("最低", zhja, "atLeast", "before", "at least"),
  word("起码", zh, "atLeast", "before", "at least"),
  word("多于", zh, "atLeast", "before", "more than"),
  word("高于", zh, "atLeast", "before", "higher than"),
  word("大于", zh, "atLeast", "before", "more than"),
  word("不少于", zh, "atLeast", "before", "no fewer than"),
  word("不低于", zh, "atLeast", "before", "no lower than"),
  word("不小于", zh, "atLeast", "before", "no less than"),
  word("不止", zh, "atLeast", "before", "more than"),
  word("不下", zh, "atLeast", "before", "no fewer than"),
  word("突破", zh, "atLeast", "before", "passing"),
  word("以上", zhja, "atLeast", "after", "or more"),
  word("开外", zh, "atLeast", "after", "and more"),
  word("有余", zh, "atLeast", "after", "and more"),
  word("出头", zh, "atLeast", "after", "a little over"),
  word("多", zh, "atLeast", "after", "and more", { afterUnit: true }),
  word("余", ja, "atLeast", "after", "and more", { afterUnit: true }),
  word("少なくとも", ja, "atLeast", "before", "at least"),
  word("を上回る", ja, "atLeast", "after", "above", { stem: "を上回" }),
  word("上回る", ja, "atLeast", "after", "above", { stem: "上回" }),
  word("を超える", ja, "atLeast", "after", "over", { stem: "を超え" }),
  word("を超す", ja, "atLeast", "after", "over", { stem: "を超" }),
  word("超える", ja, "atLeast", "after", "over", { stem: "超え" }),
  word("強", ja, "atLeast", "after", "a little over"),
  word("余り", ja, "atLeast", "after", "a little over"),
  word("あまり", ja, "atLeast", "after", "a little over"),
  word("more than", en, "atLeast", "before", "more than"),
  word("over", en, "atLeast", "before", "over"),
  word("above", en, "atLeast", "before", "above"),
  word("at least", en, "atLeast", "either", "at least"),
  word("no less than", en, "atLeast", "before", "no less than"),
  word("not less than", en, "atLeast", "before", "not less than"),
  word("no fewer than", en, "atLeast", "before", "no fewer than"),
  word("upwards of", en, "atLeast", "before", "upwards of"),
  word("in excess of", en, "atLeast", "before", "in excess of"),
  word("north of", en, "atLeast", "before", "north of"),
  word("exceeding", en, "atLeast", "before", "exceeding"),
  word("or more", en, "atLeast", "after", "or more"),
  word("and more", en, "atLeast", "after", "and more"),
  word("and up", en, "atLeast", "after", "and up"),
  word("-plus", en, "atLeast", "after", "or more"),
  word("+", en, "atLeast", "after", "or more"),
  word(">", en, "atLeast", "before", "more than"),
  word("≥", en, "atLeast", "before", "at least"),
  word("≧", en, "atLeast", "before", "at least"),
  // About, or reaching: the number itself.
  word("约", zh, "about", "before", "about"),
  word("约为", zh, "about", "before", "about"),
  word("约合", zh, "about", "before", "about"),
  word("大约", zh, "about", "before", "about"),
  word("大概", zh, "about", "before", "about"),
  word("差不多", zh, "about", "before", "about"),
  word("高达", zh, "about", "before", "as much as"),
  word("多达", zh, "about", "before", "as many as"),
  word("达到", zh, "about", "before", "reaching"),
  word("达", zh, "about", "before", "reaching", { beforeNumber: true }),
  word("左右", zh, "about", "after", "about"),
  word("整", zh, "about", "after", "exactly"),
  word("前后", zh, "about", "after", "about"),
  word("上下", zh, "about", "after", "about"),
  word("約", ja, "about", "before", "about"),
  word("およそ", ja, "about", "before", "about"),
  word("ほぼ", ja, "about", "before", "about"),
  word("前後", ja, "about", "after", "about"),
  word("程度", ja, "about", "after", "about"),
  word("ほど", ja, "about", "after", "about"),
  word("くらい", ja, "about", "after", "about"),
  word("ぐらい", ja, "about", "after", "about"),
  word("about", en, "about", "before", "about"),
  word("around", en, "about", "before", "around"),
  word("approximately", en, "about", "before", "approximately"),
  word("roughly", en, "about", "before", "roughly"),
  word("some", en, "about", "before", "about"),
  word("circa", en, "about", "before", "about"),
  word("as many as", en, "about", "before", "as many as"),
  word("as much as", en, "about", "before", "as much as"),
  word("or so", en, "about", "after", "or so"),
];

/** A vague word that is not a bound, and its reading, for the README's table (the lexicon has them in ./number-words.ts). */
export interface VagueWord {
  readonly word: string;
  readonly languages: readonly WordLanguage[];
  readonly reading: "someMore" | "about" | "some" | "reaching";
  /** What it means, in English. */
  readonly meaning: string;
  /** How it is written, e.g. `2000多块`. */
  readonly example: string;
  /** What the example reads as, `[low, high]`, or undefined where it is refused. */
  readonly reads: readonly [number, number] | undefined;
}

/** The vague words: some more after a number, some before a place, reaching a place. */
export const vagueWords: readonly VagueWord[] = [
  { word: "多", languages: zh, reading: "someMore", meaning: "and more", example: "2000多块", reads: [2000, 3000] },
  {
    word: "余",
    languages: zhja,
    reading: "someMore",
    meaning: "and more",
    example: "100余万元",
    reads: [1_000_000, 2_000_000],
  },
  { word: "几", languages: zh, reading: "someMore", meaning: "and some", example: "十几亿美元", reads: [1e9, 2e9] },
  { word: "数", languages: ja, reading: "someMore", meaning: "and some", example: "十数台", reads: [10, 20] },
  {
    word: "-odd",
    languages: en,
    reading: "someMore",
    meaning: "and more",
    example: "2,000-odd GPUs",
    reads: [2000, 3000],
  },
  { word: "来", languages: zh, reading: "about", meaning: "about", example: "十来块", reads: [10, 10] },
  { word: "数", languages: zhja, reading: "some", meaning: "some", example: "数百次", reads: [100, 1000] },
  { word: "几", languages: zh, reading: "some", meaning: "some", example: "几千块", reads: [1000, 10_000] },
  { word: "何", languages: ja, reading: "some", meaning: "some", example: "何百台", reads: [100, 1000] },
  {
    word: "several",
    languages: en,
    reading: "some",
    meaning: "several",
    example: "several thousand GPUs",
    reads: [1000, 10_000],
  },
  {
    word: "a few",
    languages: en,
    reading: "some",
    meaning: "a few",
    example: "a few thousand GPUs",
    reads: [1000, 10_000],
  },
  { word: "上", languages: zh, reading: "reaching", meaning: "reaching", example: "上百万元", reads: undefined },
  {
    word: "成千上万",
    languages: zh,
    reading: "reaching",
    meaning: "thousands upon thousands",
    example: "成千上万块",
    reads: undefined,
  },
  {
    word: "成百上千",
    languages: zh,
    reading: "reaching",
    meaning: "hundreds upon hundreds",
    example: "成百上千块",
    reads: undefined,
  },
  {
    word: "数以万计",
    languages: zh,
    reading: "reaching",
    meaning: "tens of thousands",
    example: "数以万计块",
    reads: undefined,
  },
  {
    word: "数以千计",
    languages: zh,
    reading: "reaching",
    meaning: "thousands",
    example: "数以千计块",
    reads: undefined,
  },
  {
    word: "数以百万计",
    languages: zh,
    reading: "reaching",
    meaning: "millions",
    example: "数以百万计美元",
    reads: undefined,
  },
  {
    word: "数以亿计",
    languages: zh,
    reading: "reaching",
    meaning: "hundreds of millions",
    example: "数以亿计美元",
    reads: undefined,
  },
];

/** What a bound or vague word means, as a message names it: `"不少于"` → `no fewer than`. Words as written, any width, case or spacing. */
export function meaningOf(written: string): string | undefined {
  const key = written.replace(/\s+/g, " ").toLowerCase();
  return (
    boundWords.find((w) => w.word === key || w.stem === key)?.meaning ??
    vagueWords.find((w) => w.word === key && w.reading === "reaching")?.meaning
  );
}
