/**
 * Every amount in a text, with or without a unit, and where it stands. The grammar above
 * ./read-end.ts:
 *
 *   amount := [bound-before] list [bound-after]       不到10分之1, 500万日元以下
 *   list   := range ("、" range)*                      数十次、数百次 (read as the span of all)
 *   range  := end [separator end]                     400万～500万日元
 */
import { fail } from "../errors/error.js";
import type { AmountUnit } from "./amount.js";
import { scaled } from "./digits.js";
import { readEnd, Tokens, type End } from "./read-end.js";
import { tokenize } from "./tokenize.js";
import type { UnitWord } from "./units.js";

/** An amount as read: `unit` is undefined for a bare number (`2048`), which is not an amount yet. */
export interface Found {
  readonly low: number;
  readonly high: number;
  readonly unit: AmountUnit | undefined;
  /** Where it stands in the text: `text.slice(start, end)` is `400万～500万日元`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Reads `text` from left to right:
 * 1. split it into tokens (./tokenize.ts);
 * 2. at each token that can start an amount, read its bounds, list, ranges and ends;
 * 3. give every end a unit, sharing the unit written once (`400万～500万日元`);
 * 4. turn the ends into numbers and check them (low ≤ high, finite, not negative).
 */
export function readAmounts(text: string): Found[] {
  const tokens = new Tokens(text, tokenize(text)); // 1
  const found: Found[] = [];
  for (let index = 0; index < tokens.list.length;) {
    const amount = readAmount(tokens, index); // 2
    if (!amount) {
      index++;
      continue;
    }
    found.push(evaluate(tokens, amount)); // 3, 4
    index = amount.last + 1;
  }
  return found;
}

interface Parsed {
  readonly ranges: readonly (readonly End[])[];
  readonly limit: "upper" | "lower" | undefined;
  readonly first: number;
  readonly last: number;
}

function readAmount(tokens: Tokens, index: number): Parsed | undefined {
  // `不到10分之1`: a bound before the amount.
  const lead = tokens.at(index);
  const start = lead?.kind === "bound" && lead.side === "before" ? tokens.skipSpaces(index + 1) : index;
  const ranges = readList(tokens, start);
  if (!ranges) return undefined;
  let last = ranges.at(-1)!.at(-1)!.last;
  let limit = start === index ? undefined : (lead as { limit: "upper" | "lower" }).limit;

  // `500万日元以下`: a bound after it.
  const trailIndex = tokens.skipSpaces(last + 1);
  const trail = tokens.at(trailIndex);
  if (trail?.kind === "bound" && trail.side === "after") {
    limit ??= trail.limit;
    last = trailIndex;
  }
  return { ranges, limit, first: index === start ? ranges[0]![0]!.first : index, last };
}

/** `数十次、数百次`: ranges joined by 、 while their units agree. */
function readList(tokens: Tokens, index: number): End[][] | undefined {
  const first = readRange(tokens, index);
  if (!first) return undefined;
  const ranges = [first];
  for (;;) {
    const sep = tokens.skipSpaces(ranges.at(-1)!.at(-1)!.last + 1);
    if (tokens.at(sep)?.kind !== "listSep") break;
    const next = readRange(tokens, tokens.skipSpaces(sep + 1));
    if (!next || unitsOf([...ranges.flat(), ...next]).size > 1) break;
    ranges.push(next);
  }
  return ranges;
}

/** `400万～500万日元`, `19.23～24.03万元` (the multiplier shared), or a single end. */
function readRange(tokens: Tokens, index: number): End[] | undefined {
  const low = readEnd(tokens, index);
  if (!low) return undefined;
  const sep = tokens.skipSpaces(low.last + 1);
  if (tokens.at(sep)?.kind !== "rangeSep") return [low];
  const highIndex = tokens.skipSpaces(sep + 1);
  const high = readEnd(tokens, highIndex);
  if (!high) {
    refuseDanglingSeparator(tokens, sep);
    return [low];
  }
  // `19.23～24.03万元`: a multiplier written only at the high end applies to both, unless the
  // low end has its own unit word (`1美元～1万美元` is one dollar to ten thousand).
  const lq = low.quantity;
  const hq = high.quantity;
  if (lq.kind === "numeral" && !lq.multiplied && !low.unit && hq.kind === "numeral" && hq.multiplied) {
    return [{ ...low, quantity: { ...lq, exponent: hq.exponent } }, high];
  }
  return [low, high];
}

/**
 * `400万～日元`, `400万～～日元`: separators running into a unit word are a range with its high
 * end missing. Separators running into anything else (`2000-H800`, `<!--`) are punctuation.
 */
function refuseDanglingSeparator(tokens: Tokens, sep: number): void {
  let next = sep + 1;
  while (tokens.at(next)?.kind === "rangeSep" || tokens.at(next)?.kind === "space") next++;
  const token = tokens.at(next);
  if (token?.kind !== "unit" || token.word.place === "before") return;
  fail("amountUnreadable", {
    text: tokens.text,
    at: tokens.slice(sep, next),
    expected: `a number after the range separator ${JSON.stringify(tokens.slice(sep, sep))}`,
  });
}

/** The units the ends write (a ratio end counts as a fraction). */
function unitsOf(ends: readonly End[]): Set<AmountUnit> {
  return new Set(
    ends.flatMap((end) => (end.quantity.kind === "ratio" ? ["fraction" as const] : end.unit ? [end.unit.unit] : [])),
  );
}

function evaluate(tokens: Tokens, parsed: Parsed): Found {
  const text = tokens.slice(parsed.first, parsed.last);
  const start = tokens.at(parsed.first)!.start;
  const end = tokens.at(parsed.last)!.end;

  // 3. One unit for the whole amount, shared by the ends that do not write it.
  const ends = parsed.ranges.flat();
  const units = unitsOf(ends);
  if (units.size > 1) fail("amountUnitConflict", { amount: text, units: [...units] });
  const [unit] = units;
  const word = ends.find((e) => e.unit)?.unit;
  if (unit !== undefined && !word && ends.some((e) => e.quantity.kind !== "ratio")) {
    // `一半～3`: a ratio beside a bare number, whose unit nothing says.
    fail("amountUnreadable", { text: tokens.text, at: text, expected: "a unit word on the bare number, e.g. 3成" });
  }

  // 4. Numbers: each range from its low end's low to its high end's high; a list spans all.
  let low = Infinity;
  let high = -Infinity;
  for (const range of parsed.ranges) {
    const [lowEnd, highEnd] = [range[0]!, range.at(-1)!];
    const [rangeLow, rangeHigh] = [bounds(lowEnd, word)[0], bounds(highEnd, word)[1]];
    if (unit !== undefined && rangeLow > rangeHigh) {
      fail("amountOrder", { amount: tokens.slice(lowEnd.first, highEnd.last), low: rangeLow, high: rangeHigh });
    }
    low = Math.min(low, rangeLow);
    high = Math.max(high, rangeHigh);
  }
  if (unit === undefined) return { low, high, unit, start, end };

  if (!Number.isFinite(high)) fail("amountUnreadable", { text: tokens.text, at: text, expected: "a finite number" });
  refuseMinus(tokens, parsed.first, end);
  if (parsed.limit === "lower") {
    fail("amountUnreadable", {
      text: tokens.text,
      at: text,
      expected: "an amount with an upper end: 超过, 至少 and 以上 give only a lower one",
    });
  }
  return { low: parsed.limit === "upper" ? 0 : low, high, unit, start, end };
}

/** The low and high value of one end, by its own unit word, else the first one the amount writes (`1～3成`). */
function bounds(end: End, shared: UnitWord | undefined): [number, number] {
  const q = end.quantity;
  const exponent = (end.unit ?? shared)?.exponent ?? 0;
  if (q.kind === "ratio") return [q.value, q.value];
  if (q.kind === "several") return [scaled("1", q.exponent + exponent), scaled("1", q.exponent + 1 + exponent)];
  const value = scaled(q.digits, q.exponent + exponent);
  return [value, value];
}

/**
 * `−5万日元`, `-5万日元` (at the start, or after a space or an opening bracket): a minus sign,
 * refused rather than dropped. A hyphen between numbers (`2000-3000块`) is a range separator.
 */
function refuseMinus(tokens: Tokens, first: number, end: number): void {
  const sign = tokens.at(first - 1);
  if (!sign) return;
  const before = tokens.at(first - 2);
  const isHyphen = sign.kind === "rangeSep" && /^[-－]$/.test(tokens.slice(first - 1, first - 1));
  const opensClause =
    before === undefined || before.kind === "space" || /^[(\[:=,;（［：，；]$/.test(tokens.slice(first - 2, first - 2));
  if (sign.kind === "minus" || (isHyphen && opensClause)) {
    fail("amountUnreadable", {
      text: tokens.text,
      at: tokens.text.slice(sign.start, end),
      expected: "an amount of 0 or more: a minus sign is not read",
    });
  }
}
