/**
 * The amounts of one phrase (./phrases.ts), read whole or refused. The grammar above
 * ./read-end.ts:
 *
 *   phrase := [approx] [bound-before] list [bound-after] [approx-after]   约280万小时, 不到10分之1
 *   list   := range ("、" range)*                                        数十次、数百次
 *   range  := end [separator end]                                       400万～500万日元
 *
 * A range has one separator (`1～2～3块` is refused) and both ends (`～3块`, `3块～` are
 * refused: ～3 may mean "up to 3" or "about 3"). The unit, and the place or scale of the high end,
 * are written once for both ends: `400～500万日元` and `$2–4.9M` read as 400万～500万 and
 * $2M–$4.9M. An end that writes the unit itself stands alone: `1美元～1万美元`, `$2–$4.9M`.
 *
 * Bounds have one meaning each (./bound-words.ts). An upper bound (`不到10分之1`, `500万日元以下`,
 * `less than $5M`) reads as the range from 0, since no amount here is negative: [0, 0.1],
 * [0, 5,000,000]. A lower bound (`超过`, `不少于`, `以上`, `more than`) leaves the amount without an
 * upper end and is refused where it stands, naming the word and what it means.
 */
import { meaningOf } from "./bound-words.js";
import { fail } from "./messages.js";
import type { AmountUnit } from "./amount.js";
import { normaliseWidth, sum, toNumber, type Decimal } from "./digits.js";
import { failRefused, readEnd, startsEnd, type End } from "./read-end.js";
import { droppedAfter } from "./phrases.js";
import type { Reader } from "./reader.js";
import type { Token } from "./tokenize.js";
import type { UnitWord } from "./units.js";

/** One amount of a phrase; `unit` is undefined for a bare number (`2048`), which is not an amount yet. */
export interface Found {
  readonly low: number;
  readonly high: number;
  readonly unit: AmountUnit | undefined;
  /** Where it stands in the text: `text.slice(start, end)` is `400万～500万日元`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the phrase at the cursor to its end, passing each amount to `found`:
 * 1. an approximation and a bound before it (约, 不到);
 * 2. its ranges, joined by 、, each evaluated as it is read (both ends sharing the unit and place
 *    written once) and grouped by unit: `400万日元、2000块` is two amounts. One pass: a list of a
 *    million members keeps nothing but its running bounds;
 * 3. a bound and an approximation after it (以下, 左右), then nothing more.
 *
 * In prose (`r.prose`), a word of the sentence that ends the phrase is left out (到 in
 * `3000块到了`, a final 、 or hyphen); in one amount it is an error.
 */
export function readPhrase(r: Reader, found: (amount: Found) => void): void {
  // 1.
  if (isSide(r.peek(), "approx", "before")) r.take();
  let bound = isSide(r.peek(), "bound", "before") ? takeBound(r) : undefined;
  const opening = r.peek();
  if (!opening)
    r.failAt("amountUnexpected", r.last!, { part: r.rest(r.last!), expected: "a number after it, e.g. 约400万日元" });
  if (opening.kind === "separator")
    r.failAt(opening.style === "hyphen" ? "amountMinus" : "amountNoLowEnd", opening, {});

  // 2.
  const groups = new UnitGroups(found);
  let first: Evaluated | undefined;
  let last: Evaluated;
  let count = 0;
  for (;;) {
    last = readRange(r);
    first ??= last;
    count++;
    groups.add(last);
    const next = r.peek();
    if (next?.kind !== "list") break;
    if (!startsEnd(r.peek(1))) {
      if (r.prose && r.peek(1) === undefined) break;
      r.take();
      r.failAt("amountUnexpected", next, { part: r.rest(next), expected: "a number after 、, e.g. 数十次、数百次" });
    }
    r.take();
  }

  // 3.
  if (isSide(r.peek(), "bound", "after")) {
    const after = takeBound(r);
    if (bound) r.failAt("amountUnexpected", after, { part: r.rest(after), expected: "one bound, e.g. 不到3000块" });
    bound = after;
  }
  if (isSide(r.peek(), "approx", "after")) r.take();
  const rest = r.peek();
  if (rest && !(r.prose && droppedAfter(rest) && r.peek(1) === undefined)) refuseRest(r, rest);
  if (bound && (count > 1 || first.ranged))
    r.failAt("amountBoundOnRange", first.first, { part: r.word(first.first, last.last) });
  groups.finish(bound !== undefined);
}

function isSide(token: Token | undefined, kind: "approx" | "bound", side: "before" | "after"): boolean {
  return (
    (token?.kind === "approx" || token?.kind === "bound") &&
    token.kind === kind &&
    (token.side === side || token.side === "either")
  );
}

/** Takes the bound at the cursor: an upper one, or refuses a lower one by name (`不少于`: at least). */
function takeBound(r: Reader): Token {
  const bound = r.take();
  if (bound.kind === "bound" && bound.limit === "lower")
    r.failAt("amountNoUpperEnd", bound, { meaning: meaningOf(normaliseWidth(r.word(bound))) ?? "at least" });
  return bound;
}

/** `400万～500万日元`, `19.23～24.03万元`, or one end. */
function readRange(r: Reader): Evaluated {
  const low = readEnd(r);
  const sep = r.peek();
  if (sep?.kind !== "separator") return evaluate(r, low, undefined);
  if (!startsEnd(r.peek(1))) {
    if (r.prose && (sep.style === "word" || sep.style === "hyphen") && r.peek(1) === undefined)
      return evaluate(r, low, undefined);
    r.take();
    r.failAt("amountNoHighEnd", sep, {});
  }
  r.take();
  return evaluate(r, low, readEnd(r));
}

/** What stops the phrase before its end, by name. */
function refuseRest(r: Reader, next: Token): never {
  if (next.kind === "refused") failRefused(r, next);
  if (next.kind === "bound" && next.limit === "lower") takeBound(r);
  if (next.kind === "separator") r.failAt("amountSecondSeparator", next, { part: r.rest(next) });
  if (startsEnd(next)) r.failAt("amountNoSeparator", next, { part: r.rest(next) });
  return r.failAt("amountUnexpected", next, { part: r.rest(next), expected: "the end of the amount" });
}

interface Evaluated {
  readonly low: number;
  readonly high: number;
  readonly unit: AmountUnit | undefined;
  /** Has two ends (`1～3成`), not one. */
  readonly ranged: boolean;
  readonly first: Token;
  readonly last: Token;
}

function evaluate(r: Reader, low: End, high: End | undefined): Evaluated {
  // One unit for both ends: written once and shared, or twice the same.
  if (low.unit && high?.unit && low.unit.unit !== high.unit.unit) {
    r.failAt("amountUnitConflict", high.unitToken!, { unit: high.unit.unit, first: low.unit.unit });
  }
  const ratio = low.quantity.kind === "ratio" || high?.quantity.kind === "ratio";
  if (ratio) {
    besideRatio(r, low);
    if (high) besideRatio(r, high);
  }
  const shared = low.unit ?? high?.unit;
  const unit = shared?.unit ?? (ratio ? "fraction" : undefined);

  // The place of the high end, written once: `19.23～24.03万元`, `$2–4.9M`.
  let lowPlace = 0;
  const lq = low.quantity;
  const hq = high?.quantity;
  if (!(low.unit && high?.unit) && lq.kind === "numeral" && lq.bare && hq?.kind === "numeral" && !hq.bare) {
    if (hq.placeExponent === undefined) r.failAt("amountSharedPlace", low.first, { part: r.word(low.first, low.last) });
    lowPlace = hq.placeExponent;
  }

  const lowFrom = lowOf(low, low.unit ?? shared, lowPlace);
  const highFrom = high ? lowOf(high, high.unit ?? shared, 0) : lowFrom;
  const highTo = highOf(high ?? low, (high ?? low).unit ?? shared, high ? 0 : lowPlace);
  if (unit !== undefined && lowFrom > highFrom) fail("amountOrder", { text: r.text, low: lowFrom, high: highFrom });
  if (!Number.isFinite(highTo)) fail("amountNotFinite", { text: r.text, value: highTo });
  return { low: lowFrom, high: highTo, unit, ranged: high !== undefined, first: low.first, last: (high ?? low).last };
}

/** Beside a fraction (`一半～3成`), an end is a fraction too: `一半～3` and `一半～3日元` are refused. */
function besideRatio(r: Reader, end: End): void {
  if (end.quantity.kind === "ratio") return;
  if (!end.unit) r.failAt("amountBareBesideRatio", end.first, { part: r.word(end.first, end.last) });
  if (end.unit.unit !== "fraction")
    r.failAt("amountUnitConflict", end.unitToken!, { unit: end.unit.unit, first: "fraction" });
}

/** The low value of one end: its number × 10^(place + unit exponent), plus what its 割 carries (3割5分); for 数十, 10. */
function lowOf(end: End, word: UnitWord | undefined, place: number): number {
  const q = end.quantity;
  if (q.kind === "ratio") return q.value;
  const exponent = word?.exponent ?? 0;
  const value = q.kind === "span" ? q.low : q.value;
  const by = (q.kind === "span" ? q.exponent : place) + exponent;
  return end.extra ? toNumber(sum([shiftBy(value, by), end.extra])) : toNumber(value, by);
}

/** The high value of one end: as {@link lowOf}, but 100 for 数十 and 3000 for 2000多. */
function highOf(end: End, word: UnitWord | undefined, place: number): number {
  const q = end.quantity;
  if (q.kind !== "span") return lowOf(end, word, place);
  return toNumber(shiftBy(q.high, q.exponent), word?.exponent ?? 0);
}

function shiftBy(d: Decimal, by: number): Decimal {
  return by === 0 ? d : { digits: d.digits, exponent: d.exponent + by };
}

/**
 * `数十、数百次`: ranges of a list join while their units agree, a range without one taking the
 * next unit written; `400万日元、2000块` is two amounts. A list spans its ranges: [10, 1000] runs.
 */
class UnitGroups {
  private group: Span | undefined;
  private waiting: Span | undefined;

  constructor(private readonly found: (amount: Found) => void) {}

  add(range: Evaluated): void {
    if (range.unit === undefined) {
      this.waiting = widen(this.waiting, range);
    } else if (this.group === undefined || range.unit === this.group.unit) {
      this.group = widen(this.waiting ? widen(this.group, this.waiting) : this.group, range);
      this.group.unit = range.unit;
      this.waiting = undefined;
    } else {
      this.found(this.group);
      this.group = widen(this.waiting, range);
      this.group.unit = range.unit;
      this.waiting = undefined;
    }
  }

  /** Passes on the last groups; `fromZero` for an upper bound (不到 x is [0, x]). */
  finish(fromZero: boolean): void {
    for (const span of [this.group, this.waiting]) {
      if (!span) continue;
      if (fromZero) span.low = 0;
      this.found(span);
    }
  }
}

/** The running bounds of a group, widened in place. */
type Span = { -readonly [K in keyof Found]: Found[K] };

/** `span` widened to cover `part` (a range, or another span after it); a new span if none. */
function widen(
  span: Span | undefined,
  part: {
    low: number;
    high: number;
    unit?: AmountUnit | undefined;
    end?: number;
    last?: Token;
    first?: Token;
    start?: number;
  },
): Span {
  const end = part.last?.end ?? part.end!;
  if (!span) return { low: part.low, high: part.high, unit: part.unit, start: part.first?.start ?? part.start!, end };
  if (part.low < span.low) span.low = part.low;
  if (part.high > span.high) span.high = part.high;
  span.end = end;
  return span;
}
