/**
 * Splits text into the tokens the amount grammar reads: numbers, CJK digits and places, unit
 * words, separators and everything else, in one pass (linear in the length of the text).
 * Positions index the caller's text, so errors can quote it. The tokenizer never fails: a
 * malformed number (`1.2.3`) is a token that says what is wrong with it, refused only if an
 * amount is read from it (a version number in prose is not an amount).
 */
import { normaliseWidth } from "./digits.js";
import { cjkDigitByCode, isDigitCode, isLetterCode, isSpaceCode, lexiconEntry, startsToken } from "./lexicon.js";
import type { NumberWord } from "./number-words.js";
import type { UnitWord } from "./units.js";

/** The most digits a number may have: more is refused before it is turned into a value. */
export const MAX_DIGITS = 40;

/** What a token is, without its position. */
export type Lexeme =
  | NumberWord
  /**
   * `400`, `19.23`, `4,000` (full-width digits already read as ASCII). `problem` says why it
   * cannot be read: two decimal points (`1.2.3`), separators not between groups of three
   * (`1,23`), or more than {@link MAX_DIGITS} digits.
   */
  | { readonly kind: "digits"; readonly digits: string; readonly problem?: "points" | "grouping" | "long" }
  /**
   * A run of CJK digits, read as ASCII digits: `三` → "3", `二〇二五` → "2025", `零五` → "05"
   * (`zeroLed`). Digits side by side without a zero (`两三`, "two or three") are `adjacent`.
   */
  | { readonly kind: "cjk"; readonly digits: string; readonly zeroLed: boolean; readonly problem?: "adjacent" | "long" }
  /** `日元`, `块`, `成`, `$`, `USD`. */
  | { readonly kind: "unit"; readonly word: UnitWord }
  /** The bare `¥`, which could be yen or yuan. */
  | { readonly kind: "yen" }
  /** A run of spaces. */
  | { readonly kind: "space" }
  /** `H800`, `V3`, `GPT-4`, `DeepSeek`: letters, maybe with digits; never an amount. */
  | { readonly kind: "name" }
  /** Anything else: a run of other characters, or a word such as `个月` that must not be split. */
  | { readonly kind: "other" };

/** A lexeme at `[start, end)` of the text. */
export type Token = Lexeme & { readonly start: number; readonly end: number };

/**
 * A token, with every field of every kind in one order (those of other kinds left empty): one
 * hidden class for V8, so that the readers' loads of `token.kind` stay monomorphic.
 */
export function token(kind: Token["kind"], start: number, end: number): Token {
  return {
    kind,
    start,
    end,
    digits: "",
    problem: undefined,
    zeroLed: false,
    exponent: 0,
    big: false,
    word: undefined,
    style: undefined,
    limit: undefined,
    side: undefined,
  } as unknown as Token;
}

/** A number's token: {@link token}'s shape, with its digits. */
function numberToken(
  kind: "digits" | "cjk",
  start: number,
  end: number,
  digits: string,
  zeroLed: boolean,
  problem: string | undefined,
): Token {
  return {
    kind,
    start,
    end,
    digits,
    problem,
    zeroLed,
    exponent: 0,
    big: false,
    word: undefined,
    style: undefined,
    limit: undefined,
    side: undefined,
  } as unknown as Token;
}

/** The code at `i`, NaN past the end (so every test on it is false). */
const code = (text: string, i: number) => text.charCodeAt(i);

/**
 * The tokens of `text`, in order and covering it. Full-width forms count as their ASCII twins
 * (`４００万` is `400万`).
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

/**
 * The token at `start` of `text`, whose full-width forms `plain` has as ASCII
 * (`normaliseWidth(text)`). The readers scan with it as they go, so no list of a million tokens
 * is ever kept.
 */
export function readToken(text: string, plain: string, start: number): Token {
  const c = code(plain, start);
  if (isSpaceCode(c)) {
    let end = start + 1;
    while (isSpaceCode(code(plain, end))) end++;
    return token("space", start, end);
  }
  if (isDigitCode(c)) return readDigits(text, plain, start);

  const entry = lexiconEntry(plain, start);
  if (entry) return entry.make(start, start + entry.word.length);

  if (cjkDigitByCode[c]! >= 0) return readCjkDigits(plain, start);
  if (isLetterCode(c)) return token("name", start, nameEnd(plain, start));

  // Anything else, up to the next character that could begin a token of its own:
  // `约为` in `H800约为400万`, `英镑` in `400万英镑`.
  let end = start + 1;
  while (end < plain.length && !startsToken[code(plain, end)]) end++;
  return token("other", start, end);
}

/**
 * `400`, `3.85`, `4,000`, `２，０００`. A full-width comma counts as a thousands separator only
 * before exactly three digits (`3，20块` is the clause comma of `3，` then `20块`).
 */
function readDigits(text: string, plain: string, start: number): Token {
  let end = start;
  let count = 0;
  let points = 0;
  let commas = 0;
  for (;;) {
    while (isDigitCode(code(plain, end))) {
      end++;
      count++;
    }
    const sep = code(plain, end);
    if ((sep !== 0x2e && sep !== 0x2c) || !isDigitCode(code(plain, end + 1))) break;
    const fullWidthComma = code(text, end) === 0xff0c;
    if (
      fullWidthComma &&
      !(isDigitCode(code(plain, end + 2)) && isDigitCode(code(plain, end + 3)) && !isDigitCode(code(plain, end + 4)))
    )
      break;
    if (sep === 0x2e) points++;
    else commas++;
    end++;
  }
  const digits = count > MAX_DIGITS ? "" : plain.slice(start, end);
  const problem =
    count > MAX_DIGITS ? "long" : points > 1 ? "points" : commas > 0 && !grouped.test(digits) ? "grouping" : undefined;
  return numberToken("digits", start, end, digits, false, problem);
}

// `4,000`, `2,000,000.5`: thousands in groups of exactly three, the point after them.
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** `三`, `二〇二五`, `零五`: CJK digits side by side (not the 一 of 一半). */
function readCjkDigits(plain: string, start: number): Token {
  let end = start;
  let digits = "";
  let zeros = 0;
  for (let value = cjkDigitByCode[code(plain, start)]!; value >= 0; value = cjkDigitByCode[code(plain, end)] ?? -1) {
    if (end > start && plain.startsWith("一半", end)) break;
    if (value === 0) zeros++;
    if (end - start < MAX_DIGITS) digits += String(value);
    end++;
  }
  const length = end - start;
  const zeroLed = length > 1 && cjkDigitByCode[code(plain, start)] === 0;
  const problem = length > MAX_DIGITS ? "long" : length > 1 && zeros === 0 ? "adjacent" : undefined;
  return numberToken("cjk", start, end, digits, zeroLed, problem);
}

/** `H800`, `GPT-4`, `Llama-3.1`: letters and digits, joined by single hyphens or points. */
function nameEnd(plain: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (isLetterCode(code(plain, end)) || isDigitCode(code(plain, end))) end++;
    const joiner = code(plain, end);
    const next = code(plain, end + 1);
    if ((joiner === 0x2d || joiner === 0x2e) && (isLetterCode(next) || isDigitCode(next))) end++;
    else return end;
  }
}
