/**
 * The words the tokenizer knows (./number-words.ts, ./units.ts) indexed for a scanner that reads
 * character codes: the longest word at a position, the value of a CJK digit, and which
 * characters can begin a token. Tables, built once, so scanning a character costs a lookup.
 */
import { cjkDigits, financialDigits, financialFits, numberWords, type LexiconWord } from "./number-words.js";
import type { Lexeme, Token } from "./tokenize.js";
import { ambiguousYen, notUnitWords, unitWords } from "./units.js";

const words: readonly { readonly word: string; readonly lexeme: Lexeme; readonly from?: LexiconWord }[] = [
  ...numberWords.map((w) => ({ word: w.word, lexeme: w.meaning, from: w })),
  ...[...unitWords].map(([word, unit]) => ({ word, lexeme: { kind: "unit", word: unit, digits: "" } as const })),
  ...notUnitWords.map((word) => ({ word, lexeme: { kind: "other" } as const })),
  { word: ambiguousYen, lexeme: { kind: "yen" } },
];

/** A lexicon word, what it means, and how to make its token (a literal of one shape per kind: fast). */
export interface Entry {
  readonly word: string;
  readonly lexeme: Lexeme;
  readonly endsWithLetter: boolean;
  /** Matched as written (`startsWith`); else in any case, a space matching any run of spaces (`More  than`). */
  readonly exact: boolean;
  /** Where the word counts (`近` before a number only); always, when undefined. */
  readonly fits: ((text: string, start: number, end: number) => boolean) | undefined;
  readonly make: (start: number, end: number) => Token;
}

/**
 * The lexicon's words of two characters or more by the codes of their first two characters,
 * longest first (`不到`, `不足`, `不少于` under 不 and 到, 足, 少), and those of one character by it:
 * most words of a text (said, cost, 使用了) find no list at all. English words under both cases of
 * each (`More than` under M o, m o, M O, m O); a space as second character only as itself.
 */
const entriesByFirstTwo = new Map<number, Entry[]>();
const entriesOfOne = new Map<number, Entry[]>();
const pair = (first: number, second: number) => first * 0x10000 + second;
for (const { word, lexeme, from } of [...words].sort((a, b) => b.word.length - a.word.length)) {
  const english = from?.english === true;
  const entry: Entry = {
    word: english ? word.toLowerCase() : word,
    lexeme,
    endsWithLetter: isLetterCode(word.charCodeAt(word.length - 1)),
    exact: !english && !word.includes(" "),
    fits: from?.fits,
    make: maker(lexeme),
  };
  const cases = (c: string) =>
    [...new Set(english ? [c.toLowerCase(), c.toUpperCase()] : [c])].map((x) => x.charCodeAt(0));
  const keys =
    word.length === 1
      ? cases(word.charAt(0)).map((first) => [entriesOfOne, first] as const)
      : cases(word.charAt(0)).flatMap((first) =>
          cases(word.charAt(1)).map((second) => [entriesByFirstTwo, pair(first, second)] as const),
        );
  for (const [index, key] of keys) {
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  }
}

// A pair's list ends with the words of one character that its first character begins: one lookup
// finds every word that can stand at a position whose next character is the pair's second.
for (const [key, list] of entriesByFirstTwo) list.push(...(entriesOfOne.get(Math.floor(key / 0x10000)) ?? []));

/** The first characters of the lexicon's words. */
const firstCodes = new Set<number>([
  ...entriesOfOne.keys(),
  ...[...entriesByFirstTwo.keys()].map((k) => Math.floor(k / 0x10000)),
]);

/** How to make the token of `l` at a position: {@link token}'s shape, its fields read once here. */
function maker(l: Lexeme): (start: number, end: number) => Token {
  const { kind } = l;
  const {
    exponent = 0,
    big = false,
    word,
    style,
    limit,
    side,
  } = l as { exponent?: number; big?: boolean; word?: unknown; style?: string; limit?: string; side?: string };
  return (start, end) =>
    ({
      kind,
      start,
      end,
      digits: "",
      problem: undefined,
      zeroLed: false,
      exponent,
      big,
      word,
      style,
      limit,
      side,
    }) as unknown as Token;
}

/** CJK digit values by character code, -1 for other characters; financial digits (壹 贰 …) too. */
export const cjkDigitByCode = new Int8Array(0x10000).fill(-1);
for (const [char, value] of [...cjkDigits, ...financialDigits]) cjkDigitByCode[char.charCodeAt(0)] = value;

/** Financial digits (壹 贰 … 陆 …), which count as digits only beside another numeral (`financialFits`). */
const financialByCode = new Uint8Array(0x10000);
for (const char of financialDigits.keys()) financialByCode[char.charCodeAt(0)] = 1;

/** Is the digit at `start` of `plain` a number here: any CJK digit, or a financial one beside another numeral? */
export function isCjkDigitAt(plain: string, start: number): boolean {
  const c = plain.charCodeAt(start);
  return cjkDigitByCode[c]! >= 0 && (financialByCode[c] === 0 || financialFits(plain, start, start + 1));
}

/** Characters that can begin a token other than "other": digits, letters, spaces, lexicon words, CJK digits. */
export const startsToken = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (
    isDigitCode(c) ||
    isLetterCode(c) ||
    isSpaceCode(c) ||
    isInvisibleCode(c) ||
    firstCodes.has(c) ||
    cjkDigitByCode[c]! >= 0
  )
    startsToken[c] = 1;
}

/** Is `c` the code of an ASCII digit, 0–9? (False for NaN, past a text's end.) */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Is `c` the code of an ASCII letter, A–Z or a–z? */
export function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Is `c` the code of a space, as `/\s/` matches them, without a regular expression per character? */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Is `c` the code of a character that shows nothing and is not a space: the soft hyphen, zero-width
 * spaces and joiners, direction marks, embeddings and overrides (U+202A–U+202E), the word joiner
 * and the invisible operators? Inside an amount one is refused, at its edges left out.
 */
export function isInvisibleCode(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069)
  );
}

/**
 * The token of the longest lexicon word at `start`, if it stands as a word there. One that starts
 * with a letter or a currency sign must not follow a letter (the `$` of `HK$5` is not the US
 * dollar, the `M` of `GM` no scale). One that ends with a letter must not run on into a letter
 * (`Mx`), nor into a digit unless it is written before numbers (`RMB5`, but `B200` and `K80` are
 * names). A word with a condition (`近` before a number) counts only where it holds.
 */
export function lexiconToken(plain: string, start: number): Token | undefined {
  const first = plain.charCodeAt(start);
  const entries = entriesByFirstTwo.get(pair(first, plain.charCodeAt(start + 1))) ?? entriesOfOne.get(first);
  if (!entries) return undefined;
  if (
    isLetterCode(plain.charCodeAt(start - 1)) &&
    (isLetterCode(first) || first === 0x24 || first === 0xa5 || first === 0x20ac)
  )
    return undefined;
  for (const entry of entries) {
    // as written first (the common case, and the only one for most words), then in any case and spacing
    let end = plain.startsWith(entry.word, start) ? start + entry.word.length : -1;
    if (end < 0 && !entry.exact) end = looseEnd(plain, start, entry.word);
    if (end < 0 || (entry.fits !== undefined && !entry.fits(plain, start, end))) continue;
    if (!entry.endsWithLetter) return entry.make(start, end);
    const next = plain.charCodeAt(end);
    if (isLetterCode(next)) continue;
    if (!isDigitCode(next) || (entry.lexeme.kind === "unit" && entry.lexeme.word.place !== "after"))
      return entry.make(start, end);
  }
  return undefined;
}

/** Where `word` (in lower case) ends at `start` of `plain`, read in any case and with any run of spaces for each space; -1 if it is not there. */
function looseEnd(plain: string, start: number, word: string): number {
  let at = start;
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i);
    if (w === 0x20) {
      if (!isSpaceCode(plain.charCodeAt(at))) return -1;
      while (isSpaceCode(plain.charCodeAt(at))) at++;
      continue;
    }
    const c = plain.charCodeAt(at);
    if (c !== w && !(c >= 0x41 && c <= 0x5a && c + 0x20 === w)) return -1;
    at++;
  }
  return at;
}
