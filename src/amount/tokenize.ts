/**
 * Splits text into the tokens the amount grammar reads: numbers, multipliers, unit words,
 * separators and everything else. Positions index the caller's text, so errors can quote it.
 */
import { fail } from "../errors/error.js";
import { normaliseWidth } from "./digits.js";
import { numberWords, type NumberWord } from "./number-words.js";
import { ambiguousYen, notUnitWords, unitWords, type UnitWord } from "./units.js";

/** What a token is, without its position. */
export type Lexeme =
  | NumberWord
  /** `400`, `19.23`, `4,000` (full-width digits already read as ASCII). */
  | { readonly kind: "number"; readonly digits: string }
  /** `日元`, `块`, `成`, `$`. */
  | { readonly kind: "unit"; readonly word: UnitWord }
  /** The bare `¥`, which could be yen or yuan. */
  | { readonly kind: "yen" }
  /** A run of spaces. */
  | { readonly kind: "space" }
  /** `H800`, `V3`, `GPT-4`: letters with digits, never an amount. */
  | { readonly kind: "name" }
  /** Anything else: a run of other characters, or a word such as `个月` that must not be split. */
  | { readonly kind: "other" };

/** A lexeme at `[start, end)` of the text. */
export type Token = Lexeme & { readonly start: number; readonly end: number };

const lexicon = new Map<string, Lexeme>([
  ...[...numberWords].map(([word, meaning]) => [word, meaning] as const),
  ...[...unitWords].map(([word, unit]) => [word, { kind: "unit", word: unit }] as const),
  ...notUnitWords.map((word) => [word, { kind: "other" }] as const),
  [ambiguousYen, { kind: "yen" }],
]);

/** The lexicon's words by their first character, longest first: `百` → 百分之, 百. */
const wordsByFirst = new Map<string, string[]>();
for (const word of [...lexicon.keys()].sort((a, b) => b.length - a.length)) {
  const list = wordsByFirst.get(word[0]!) ?? [];
  list.push(word);
  wordsByFirst.set(word[0]!, list);
}

// `400`, `19.23`: digits with an optional decimal part.
const plainNumber = /\d+(?:\.\d+)?/y;
// `4,000`, `2,000,000.5`: thousands in groups of exactly three, not followed by a fourth digit.
const groupedNumber = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?/y;
// `H800`, `V3`, `A100`, `GPT-4`, `Llama-3.1`: a name, so its digits are not an amount.
const name = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/y;
// Spaces, including the ideographic space (read as " " once widths are normalised).
const space = /\s+/y;
const asciiLetter = /[A-Za-z]/;

/**
 * The tokens of `text`, in order and covering it. Full-width forms count as their ASCII twins
 * (`４００万` is `400万`). Throws on a thousands separator that does not group by three (`1,23万円`).
 */
export function tokenize(text: string): Token[] {
  const plain = normaliseWidth(text);
  const tokens: Token[] = [];
  for (let at = 0; at < plain.length;) {
    const token = readToken(text, plain, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

function readToken(text: string, plain: string, start: number): Token {
  const char = plain[start]!;
  if (/\s/.test(char)) return { kind: "space", start, end: start + match(space, plain, start)!.length };

  if (/\d/.test(char)) {
    const digits = (match(groupedNumber, plain, start) ?? match(plainNumber, plain, start))!;
    const end = start + digits.length;
    checkGrouping(text, plain, start, end);
    return { kind: "number", digits, start, end };
  }

  const word = longestLexiconWord(plain, start);
  if (word) return Object.assign({ start, end: start + word.length }, lexicon.get(word)!);

  if (asciiLetter.test(char)) return { kind: "name", start, end: start + match(name, plain, start)!.length };

  // Anything else, up to the next character that could begin a token of its own:
  // `约为` in `H800约为400万`, `英镑` in `400万英镑`.
  let end = start + 1;
  while (end < plain.length && !startsToken(plain[end]!)) end++;
  return { kind: "other", start, end };
}

/** Could `char` begin a space, a number, a lexicon word or a name? */
function startsToken(char: string): boolean {
  return /[\s\dA-Za-z]/.test(char) || wordsByFirst.has(char);
}

/**
 * The longest lexicon word at `start`. A word that starts with a letter or a currency sign
 * (`US$`, `GPU小时`, `$`) must not follow a letter: the `$` of `HK$5` or `A$5` is not USD.
 */
function longestLexiconWord(plain: string, start: number): string | undefined {
  const first = plain[start]!;
  if (/[A-Za-z$¥€]/.test(first) && asciiLetter.test(plain[start - 1] ?? "")) return undefined;
  return wordsByFirst.get(first)?.find((word) => plain.startsWith(word, start));
}

/**
 * An ASCII comma right after a number and before a digit is a misplaced thousands separator
 * (`1,23万円`, `1,2345`): refused, since reading `23万円` or `1` would lose the amount. A
 * full-width comma there is the Chinese clause comma (`…2000块，3000…`) and is left alone.
 */
function checkGrouping(text: string, plain: string, start: number, end: number): void {
  if (text[end] !== "," || !/\d/.test(plain[end + 1] ?? "")) return;
  const numeral = match(/[\d,.]+/y, plain, start)!;
  fail("amountUnreadable", {
    text,
    at: text.slice(start, start + numeral.length),
    expected: "thousands separators between groups of three digits, as in 4,000 or 2,000,000",
  });
}

function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}
