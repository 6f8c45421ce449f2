/**
 * Splits text into the tokens the amount grammar reads: numbers, CJK digits and places, unit
 * words, separators and everything else, in one pass (linear in the length of the text).
 * Positions index the caller's text, so errors can quote it. Characters are read with
 * `charCodeAt`, which past the end gives NaN, so every test on it is false. The tokenizer never fails: a
 * malformed number (`1.2.3`) is a token that says what is wrong with it, refused only if an
 * amount is read from it (a version number in prose is not an amount).
 */
import { normaliseWidth } from "./digits.js";
import {
  cjkDigitByCode,
  isCjkDigitAt,
  isDigitCode,
  isInvisibleCode,
  isLetterCode,
  isSpaceCode,
  lexiconToken,
  startsToken,
} from "./lexicon.js";
import type { NumberWord } from "./number-words.js";
import { unitWords, type UnitWord } from "./units.js";

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
  /**
   * `日元`, `块`, `成`, `$`, `USD`. `digits` holds what a 割 carries after it in Japanese, 分
   * (hundredths) and 厘 (thousandths), as a decimal: `3割5分` is 割 with "0.05" (0.3 + 0.05).
   */
  | { readonly kind: "unit"; readonly word: UnitWord; readonly digits: string }
  /** The bare `¥`, which could be yen or yuan. */
  | { readonly kind: "yen" }
  /** A run of spaces. */
  | { readonly kind: "space" }
  /** A run of characters that show nothing (U+200B, U+200E, U+00AD, U+202E …): refused inside an amount. */
  | { readonly kind: "invisible" }
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
  const c = plain.charCodeAt(start);
  if (isSpaceCode(c)) {
    let end = start + 1;
    while (isSpaceCode(plain.charCodeAt(end))) end++;
    return token("space", start, end);
  }
  if (isDigitCode(c)) return readNumber(text, plain, start);

  const word = lexiconToken(plain, start);
  if (word) return word.kind === "unit" && word.word === WARI ? readWari(word, plain) : word;

  if (cjkDigitByCode[c]! >= 0 && isCjkDigitAt(plain, start)) return readCjkDigits(plain, start);
  if (isLetterCode(c)) return token("name", start, nameEnd(plain, start));
  if (isInvisibleCode(c)) return readInvisible(plain, start);

  // Anything else, up to the next character that could begin a token of its own:
  // `约为` in `H800约为400万`, `英镑` in `400万英镑`.
  let end = start + 1;
  while (end < plain.length && !startsToken[plain.charCodeAt(end)]) end++;
  return token("other", start, end);
}

/** Digits (./readDigits), or digits in groups of three with spaces between (`5 000 000`, ./spaceGrouped). */
function readNumber(text: string, plain: string, start: number): Token {
  const number = readDigits(text, plain, start);
  // a space, then two digits: maybe a group of three (checked whole in spaceGrouped)
  const end = number.end;
  return isGroupSpace(plain.charCodeAt(end)) &&
    isDigitCode(plain.charCodeAt(end + 2)) &&
    isDigitCode(plain.charCodeAt(end + 1))
    ? spaceGrouped(plain, number as Token & { kind: "digits" })
    : number;
}

/** A run of characters that show nothing (U+200B …). */
function readInvisible(plain: string, start: number): Token {
  let end = start + 1;
  while (isInvisibleCode(plain.charCodeAt(end))) end++;
  return token("invisible", start, end);
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
    while (isDigitCode(plain.charCodeAt(end))) {
      end++;
      count++;
    }
    const sep = plain.charCodeAt(end);
    if ((sep !== 0x2e && sep !== 0x2c) || !isDigitCode(plain.charCodeAt(end + 1))) break;
    const fullWidthComma = text.charCodeAt(end) === 0xff0c;
    if (
      fullWidthComma &&
      !(
        isDigitCode(plain.charCodeAt(end + 2)) &&
        isDigitCode(plain.charCodeAt(end + 3)) &&
        !isDigitCode(plain.charCodeAt(end + 4))
      )
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

/**
 * `5 000 000`: digits with a space (or a no-break, figure, thin or narrow no-break space) between
 * groups of exactly three, after a first group of at most three, as SI and many European languages
 * separate thousands: read as `5,000,000`. `In 2024 300 GPUs` stays two numbers (a first group of
 * four), and so does `1 2` (a group of one after the space). Only tried where a space follows the
 * digits, so that the common number ({@link readDigits}) pays nothing for it.
 */
function spaceGrouped(plain: string, number: Token & { kind: "digits" }): Token {
  if (number.end - number.start > 3 || number.problem !== undefined || /[,.]/.test(number.digits)) return number;
  let end = number.end;
  let groups = 0;
  while (
    isGroupSpace(plain.charCodeAt(end)) &&
    isDigitCode(plain.charCodeAt(end + 1)) &&
    isDigitCode(plain.charCodeAt(end + 2)) &&
    isDigitCode(plain.charCodeAt(end + 3)) &&
    !isDigitCode(plain.charCodeAt(end + 4)) &&
    plain.charCodeAt(end + 4) !== 0x2c
  ) {
    end += 4;
    groups++;
  }
  if (groups === 0) return number;
  // a decimal part after the last group: `12 345.5`
  let count = number.end - number.start + 3 * groups;
  let digits = plain.slice(number.start, end).replace(/[^\d]/g, ",");
  if (plain.charCodeAt(end) === 0x2e && isDigitCode(plain.charCodeAt(end + 1))) {
    const point = end;
    end++;
    while (isDigitCode(plain.charCodeAt(end))) end++;
    count += end - point - 1;
    digits += plain.slice(point, end);
  }
  if (count > MAX_DIGITS) return numberToken("digits", number.start, end, "", false, "long");
  return numberToken("digits", number.start, end, digits, false, undefined);
}

/** A space that can separate thousands: the space, the no-break space, the figure, thin and narrow no-break spaces. */
function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f;
}

// `4,000`, `2,000,000.5`: thousands in groups of exactly three, the point after them.
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** `三`, `二〇二五`, `零五`: CJK digits side by side (not the 一 of 一半). */
function readCjkDigits(plain: string, start: number): Token {
  let end = start;
  let digits = "";
  let zeros = 0;
  for (
    let value = cjkDigitByCode[plain.charCodeAt(start)]!;
    value >= 0;
    value = cjkDigitByCode[plain.charCodeAt(end)] ?? -1
  ) {
    if (end > start && !isCjkDigitAt(plain, end)) break;
    if (end > start && plain.startsWith("一半", end)) break;
    if (value === 0) zeros++;
    if (end - start < MAX_DIGITS) digits += String(value);
    end++;
  }
  const length = end - start;
  const zeroLed = length > 1 && cjkDigitByCode[plain.charCodeAt(start)] === 0;
  const problem = length > MAX_DIGITS ? "long" : length > 1 && zeros === 0 ? "adjacent" : undefined;
  return numberToken("cjk", start, end, digits, zeroLed, problem);
}

/** The unit word 割 (a tenth), which 分 and 厘 may follow in Japanese. */
const WARI = unitWords.get("割");

/**
 * `割` and what follows it in Japanese: `3割5分` (0.35), `2割5分3厘` (0.253), `1割5厘` (0.105).
 * 分 and 厘 are the hundredths and thousandths of a whole, each after one digit, and only here:
 * alone, `5分` is five minutes.
 */
function readWari(wari: Token, plain: string): Token {
  let end = wari.end;
  let hundredths = "0";
  let thousandths = "0";
  const digitAt = (i: number) =>
    isDigitCode(plain.charCodeAt(i)) ? plain.charCodeAt(i) - 0x30 : cjkDigitByCode[plain.charCodeAt(i)]!;
  if (digitAt(end) >= 0 && plain.charAt(end + 1) === "分") {
    hundredths = String(digitAt(end));
    end += 2;
  }
  if (digitAt(end) >= 0 && plain.charAt(end + 1) === "厘") {
    thousandths = String(digitAt(end));
    end += 2;
  }
  if (end === wari.end) return wari;
  return { ...wari, end, digits: `0.0${hundredths}${thousandths}` } as Token;
}

/** `H800`, `GPT-4`, `Llama-3.1`: letters and digits, joined by single hyphens or points. */
function nameEnd(plain: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (isLetterCode(plain.charCodeAt(end)) || isDigitCode(plain.charCodeAt(end))) end++;
    const joiner = plain.charCodeAt(end);
    const next = plain.charCodeAt(end + 1);
    if ((joiner === 0x2d || joiner === 0x2e) && (isLetterCode(next) || isDigitCode(next))) end++;
    else return end;
  }
}
