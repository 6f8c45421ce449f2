import { currencyWords, englishPrefixes } from "../amount/units.js";
import type { Lang } from "../i18n/lang.js";
import type { Currency } from "../money/currency.js";

/**
 * What stands before an amount in English, as `formatAmount` writes it: `$`, `€`, and yen and
 * yuan by their codes, `JPY ` and `CNY ` (never a bare `¥`). Charts use it so that axis labels
 * and tooltips agree (`JPY 15.0B` in both).
 */
export function currencyPrefix(currency: Currency): string {
  return englishPrefixes[currency];
}

/**
 * A Vega expression for axis labels in compact SI-style figures with the currency's prefix:
 * `$5M`, `$10M`, `JPY 15B`, `$50K`. d3-format's `s` writes 10^9 as G (giga) and 10^3 as k; money
 * is written with B and K, as `formatAmount` writes it.
 * It is an expression, not a registered format, so any Vega-Lite renderer (JupyterLab's
 * included) draws it.
 */
export function moneyLabelExpr(currency: Currency): string {
  return `${JSON.stringify(currencyPrefix(currency))} + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")`;
}

/** A log scale that ends near its data, and its ticks: see {@link logMoneyAxis}. */
export interface LogAxis {
  readonly scale: { readonly type: "log"; readonly domain: [number, number]; readonly nice: false };
  readonly values: number[];
}

/** How far past the data a log axis runs, either way: a tenth of a power of ten's worth (× 1.25), then out to a round value. */
const LOG_MARGIN = 1.25;

/** The round values a log axis ends at, in each power of ten: 1, 1.5, 2, 3, 5, 7 (× 10^k). */
const ROUND = [1, 1.5, 2, 3, 5, 7, 10];

/** `x` rounded down (or up) to a round value: 4.46M → 3M, 250M → 300M. */
function roundLog(x: number, direction: "down" | "up"): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  const step =
    direction === "down"
      ? [...ROUND].reverse().find((r) => r <= m * (1 + 1e-9))!
      : ROUND.find((r) => r >= m * (1 - 1e-9))!;
  return Number((step * p).toPrecision(12));
}

/**
 * A log scale from `low` to `high` (both > 0: money, or any positive quantity) that ends near the
 * data, not at the next "nice" value (vega's default runs a $200M axis to $700M): a quarter past
 * each end, out to the next round value (1, 1.5, 2, 3, 5, 7 × 10^k), so that a small change of the
 * data keeps the same axis (the live page then swaps data instead of redrawing the chart). Ticked
 * at the powers of ten inside it ($1M, $10M, $100M); with fewer than two of those, at 1, 2 and
 * 5 × each power of ten, so that an axis always has ticks to read.
 *
 * `logMoneyAxis(5.576e6, 2e8)` → domain [3M, 300M], ticks at 10M and 100M
 */
export function logMoneyAxis(low: number, high: number): LogAxis {
  const from = roundLog(low / LOG_MARGIN, "down");
  const to = roundLog(high * LOG_MARGIN, "up");
  const inside = (steps: readonly number[]) => {
    const out: number[] = [];
    for (let p = Math.floor(Math.log10(from)); p <= Math.ceil(Math.log10(to)); p++)
      for (const s of steps) {
        const v = Number((s * 10 ** p).toPrecision(12));
        if (v >= from && v <= to) out.push(v);
      }
    return out;
  };
  const decades = inside([1]);
  return {
    scale: { type: "log", domain: [from, to], nice: false },
    values: decades.length >= 2 ? decades : inside([1, 2, 5]),
  };
}

/**
 * {@link moneyLabelExpr} in `lang`: in zh and ja the axis counts in 万 and 亿/億 with the
 * currency's word after the number, as `formatAmount` writes amounts (`5,000万美元`, `1亿美元`,
 * `80億円`), so that the axis and the figures beside the bars agree.
 */
export function moneyLabelExprIn(currency: Currency, lang: Lang): string {
  if (lang === "en") return moneyLabelExpr(currency);
  const word = JSON.stringify(currencyWords[lang][currency]);
  const yi = JSON.stringify(lang === "zh" ? "亿" : "億");
  return (
    `(abs(datum.value) >= 1e8 ? format(datum.value / 1e8, ",.4~r") + ${yi}` +
    ` : abs(datum.value) >= 1e4 ? format(datum.value / 1e4, ",.4~r") + "万"` +
    ` : format(datum.value, ",.4~r")) + ${word}`
  );
}
