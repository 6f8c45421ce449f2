/**
 * The words the tokenizer knows (./number-words.ts, ./units.ts) indexed for a scanner that reads
 * character codes: the longest word at a position, the value of a CJK digit, and which
 * characters can begin a token. Tables, built once, so scanning a character costs a lookup.
 */
import { cjkDigits, numberWords } from "./number-words.js";
import type { Lexeme, Token } from "./tokenize.js";
import { ambiguousYen, notUnitWords, unitWords } from "./units.js";

const lexicon = new Map<string, Lexeme>([
  ...[...numberWords].map(([word, meaning]) => [word, meaning] as const),
  ...[...unitWords].map(([word, unit]) => [word, { kind: "unit", word: unit }] as const),
  ...notUnitWords.map((word) => [word, { kind: "other" }] as const),
  [ambiguousYen, { kind: "yen" }],
]);

/** A lexicon word, what it means, and how to make its token (a literal of one shape per kind: fast). */
export interface Entry {
  readonly word: string;
  readonly lexeme: Lexeme;
  readonly endsWithLetter: boolean;
  readonly make: (start: number, end: number) => Token;
}

/** The lexicon's words by the code of their first character, longest first: `百` → 百分之, 百. */
const entriesByFirst = new Map<number, Entry[]>();
for (const word of [...lexicon.keys()].sort((a, b) => b.length - a.length)) {
  const lexeme = lexicon.get(word)!;
  const entry = { word, lexeme, endsWithLetter: isLetterCode(word.charCodeAt(word.length - 1)), make: maker(lexeme) };
  const list = entriesByFirst.get(word.charCodeAt(0)) ?? [];
  list.push(entry);
  entriesByFirst.set(word.charCodeAt(0), list);
}

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

/** CJK digit values by character code, -1 for other characters. */
export const cjkDigitByCode = new Int8Array(0x10000).fill(-1);
for (const [char, value] of cjkDigits) cjkDigitByCode[char.charCodeAt(0)] = value;

/** Characters that can begin a token other than "other": digits, letters, spaces, lexicon words, CJK digits. */
export const startsToken = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isDigitCode(c) || isLetterCode(c) || isSpaceCode(c) || entriesByFirst.has(c) || cjkDigitByCode[c]! >= 0)
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
 * The longest lexicon word at `start`, if it stands as a word. One that starts with a letter or
 * a currency sign must not follow a letter (the `$` of `HK$5` is not the US dollar, the `M` of
 * `GM` no scale). One that ends with a letter must not run on into a letter (`Mx`), nor into a
 * digit unless it is written before numbers (`RMB5`, but `B200` and `K80` are names).
 */
export function lexiconEntry(plain: string, start: number): Entry | undefined {
  const first = plain.charCodeAt(start);
  const entries = entriesByFirst.get(first);
  if (!entries) return undefined;
  if (
    isLetterCode(plain.charCodeAt(start - 1)) &&
    (isLetterCode(first) || first === 0x24 || first === 0xa5 || first === 0x20ac)
  )
    return undefined;
  for (const entry of entries) {
    if (!plain.startsWith(entry.word, start)) continue;
    if (!entry.endsWithLetter) return entry;
    const next = plain.charCodeAt(start + entry.word.length);
    if (isLetterCode(next)) continue;
    if (!isDigitCode(next) || (entry.lexeme.kind === "unit" && entry.lexeme.word.place !== "after")) return entry;
  }
  return undefined;
}
