import { GpuCostError } from "../errors/error.js";
import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import type { Amount } from "./amount.js";
import { normaliseWidth } from "./digits.js";
import { droppedBefore, inPhrase, writesNumber, writesUnit } from "./phrases.js";
import { readPhrase, type Found } from "./read-phrase.js";
import { Reader, type ReadOptions } from "./reader.js";
import { readToken, type Token } from "./tokenize.js";
import { shownUnitWords } from "./units.js";

/** The most tokens of a phrase parseAmounts keeps from its first scan; a longer phrase is scanned again. */
const KEPT = 256;

/**
 * Options of {@link parseAmount} and {@link parseAmounts}.
 *
 * @category Amounts
 */
export type ParseAmountOptions = ReadOptions;

/**
 * The one amount `text` is, read whole or refused: the door for `assumptions()` and `--set`.
 *
 * ```ts
 * parseAmount("400万～500万日元");            // { low: 4_000_000, high: 5_000_000, unit: "JPY" }
 * parseAmount("约合人民币3.85亿元～7.21亿元");  // { low: 385_000_000, high: 721_000_000, unit: "CNY" }
 * parseAmount("1亿5000万元");                 // { low: 150_000_000, high: 150_000_000, unit: "CNY" }
 * parseAmount("US$5.6 million");              // { low: 5_600_000, high: 5_600_000, unit: "USD" }
 * parseAmount("不到10分之1");                  // { low: 0, high: 0.1, unit: "fraction" }
 * ```
 *
 * The text is the amount and nothing else: spaces around it, an approximation before it (约,
 * 约为, 约合, 大约, 大概, 約, およそ, about, around, approximately) or after it (左右, 前后, 前後,
 * 程度), read as the number itself; and a bound (不到 …, … 以下), read as the range from 0. Any
 * other text is refused, naming the index and the part it could not read
 * (`invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (…)`); so is an
 * open range (`～3块`, `3块以上`), a bare `¥` (unless `yenSign` says which), and a number with no
 * unit (`2048`). The grammar is in the README's section "Amounts" and in ./read-phrase.ts.
 * Linear time: a million characters are read or refused in milliseconds.
 *
 * @category Amounts
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Amount {
  checkText(text);
  const opts = checkOptions(options);
  if (text.trim() === "") fail("amountEmpty", { text });
  const plain = normaliseWidth(text);
  try {
    return readOne(text, plain, opts);
  } catch (e) {
    // `H800`, `日元`, `¥`: say that there is no number rather than what else is wrong.
    if (e instanceof GpuCostError && e.code !== "amountEmpty" && !hasNumber(text, plain))
      fail("amountNoNumber", { text });
    throw e;
  }
}

/**
 * Every amount in a text of prose, in order, as Chinese, Japanese and English articles write
 * them:
 *
 * ```ts
 * parseAmounts("H800约为400万～500万日元（约合人民币19.23万元～24.03万元）");
 * // [{ low: 4_000_000, high: 5_000_000, unit: "JPY" }, { low: 192_300, high: 240_300, unit: "CNY" }]
 * ```
 *
 * An amount is a phrase of numbers, places, separators and units, cut by any other text: names
 * (`H800`, `V3`: digits after a letter are a name), words (`使用了`) and punctuation. A phrase with
 * a number and a unit is read whole, as {@link parseAmount} reads it, or refused with an error
 * that names the part: `1.2.3万日元` is an error, never 3万日元. A phrase without a unit is not an
 * amount (`2024-12-27`, `1.2.3`); at a phrase's edges, words of the sentence are left out
 * (到 in `增加到3000块`, 成 in `完成3000块`). An empty list when there is none.
 *
 * @example
 * parseAmounts("DeepSeek使用了2000～3000块H800"); // [{ low: 2000, high: 3000, unit: "GPU" }]
 *
 * @category Amounts
 */
export function parseAmounts(text: string, options: ParseAmountOptions = {}): Amount[] {
  checkText(text);
  const opts = checkOptions(options);
  const plain = normaliseWidth(text);
  const amounts: Amount[] = [];
  const push = (found: Found) => {
    if (found.unit !== undefined) amounts.push(toAmount(found));
  };
  // Two readers and a buffer, reused phrase after phrase.
  const scan = new Reader(text, plain, 0, opts, true);
  const read = new Reader(text, plain, 0, opts, true);
  const kept: Token[] = [];
  for (let at = 0; at < plain.length;) {
    const token = readToken(text, plain, at);
    if (!inPhrase(token) || droppedBefore(token)) {
      at = token.end;
      continue;
    }
    // A phrase is an amount only if it holds a number and a unit (`2024-12-27`, `1.2.3` and `$`
    // do not). A short one is scanned once to see, then read from the tokens kept; a long one is
    // read as it is scanned, and looked over again only if it cannot be read.
    scan.restart(token);
    let count = 0;
    let number = false;
    let unit = false;
    while (count <= KEPT && !scan.done()) {
      const t = scan.take();
      number ||= writesNumber(t);
      unit ||= writesUnit(t);
      kept[count++] = t;
    }
    if (scan.done()) {
      if (number && unit) readPhrase(read.restart(token).replay(kept, count), push);
      at = scan.end();
      continue;
    }
    try {
      readPhrase(read.restart(token), push);
      at = read.end();
    } catch (e) {
      if (!(e instanceof GpuCostError)) throw e;
      while (!scan.done()) {
        const t = scan.take();
        number ||= writesNumber(t);
        unit ||= writesUnit(t);
      }
      if (number && unit) throw e;
      at = scan.end();
    }
  }
  return amounts;
}

/** The one phrase that must make up the text, and nothing after it. */
function readOne(text: string, plain: string, options: ReadOptions): Amount {
  // characters that show nothing (U+2060) alone: no text to read either
  const start = nextWord(text, plain, 0) ?? fail("amountEmpty", { text });
  if (!inPhrase(start)) fail("amountExtraText", { text, at: start.start, part: text.slice(start.start) });
  const r = new Reader(text, plain, start.start, options);
  const found: Found[] = [];
  let count = 0;
  readPhrase(r, (f) => {
    count++;
    if (found.length < 3) found.push(f);
  });
  const rest = nextWord(text, plain, r.end());
  if (rest) refuseRest(text, rest, found);
  if (count > 1) fail("amountMany", { text, count, found: found.map((f) => text.slice(f.start, f.end)) });
  const [amount] = found;
  if (amount!.unit === undefined) fail("amountNoUnit", { text });
  return toAmount(amount!);
}

/** The first token from `at` on that is not a space (nor a character that shows nothing). */
function nextWord(text: string, plain: string, at: number): Token | undefined {
  while (at < plain.length) {
    const token = readToken(text, plain, at);
    if (token.kind !== "space" && token.kind !== "invisible") return token;
    at = token.end;
  }
  return undefined;
}

/**
 * After the one phrase, more text: a unit parseAmount does not know (`400万英镑`), a second
 * number (`2000 3000块`), or anything else (`2000块H800`).
 */
function refuseRest(text: string, rest: Token, found: readonly Found[]): never {
  const part = text.slice(rest.start);
  if (found.every((f) => f.unit === undefined) && (rest.kind === "other" || rest.kind === "name")) {
    fail("amountUnknownUnit", {
      text,
      at: rest.start,
      part: text.slice(rest.start, rest.end),
      known: shownUnitWords(),
    });
  }
  if (inPhrase(rest)) fail("amountNoSeparator", { text, at: rest.start, part });
  return fail("amountExtraText", { text, at: rest.start, part });
}

/** Does the text write a number anywhere (or a place such as 万, which wants one)? */
function hasNumber(text: string, plain: string): boolean {
  for (let at = 0; at < plain.length;) {
    const token = readToken(text, plain, at);
    if (writesNumber(token) || token.kind === "place") return true;
    at = token.end;
  }
  return false;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== "string") fail("amountNotText", { value: text });
}

function checkOptions(options: ParseAmountOptions): ReadOptions {
  knownKeys(options, ["yenSign"], "options");
  const { yenSign } = options;
  if (yenSign !== undefined && yenSign !== "JPY" && yenSign !== "CNY") fail("amountYenSign", { value: yenSign });
  return yenSign ? { yenSign } : {};
}

function toAmount(found: Found): Amount {
  return Object.freeze({ low: found.low, high: found.high, unit: found.unit! });
}
