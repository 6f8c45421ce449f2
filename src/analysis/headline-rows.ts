import type { Estimate } from "../assumptions/estimate.js";
import type { Currency } from "../money/currency.js";
import { comparisonRows } from "./comparison-rows.js";
import { numberFormat } from "./number-format.js";
import { seriesKeys, type SeriesKey } from "./series.js";
import { moneyText, timesText } from "./text.js";

/** One line of the headline estimate, as the README's table writes it. */
export interface HeadlineRow {
  readonly key: SeriesKey;
  /** The view's own label: `Purchase: the GPUs (as the article computes it)`. */
  readonly view: string;
  readonly low: number;
  readonly high: number;
  readonly currency: Currency;
  /** `$52.8M` */
  readonly lowText: string;
  /** `$98.9M`; `""` for a single figure. */
  readonly highText: string;
  /** This view ÷ the reported figure, low with low and high with high: `9.5–17.7×`; `1×` for the reported figure itself. */
  readonly timesReportedText: string;
  readonly timesReportedLow: number;
  readonly timesReportedHigh: number;
  /** Each end in full, for a tooltip: `52,753,049.79 USD`. */
  readonly lowExact: string;
  readonly highExact: string;
  readonly basis: string;
  readonly formula: string;
}

/**
 * The headline estimate, one row per cost view (the five views and the purchase's all-in line, in
 * the comparison chart's order): compact amounts and × the reported figure, as in the README.
 *
 * `headlineRows(estimate())[0]` → `{ key: "purchase", lowText: "$52.8M", highText: "$98.9M", timesReportedText: "9.5–17.7×", … }`
 */
export function headlineRows(e: Estimate, views: readonly SeriesKey[] = seriesKeys): HeadlineRow[] {
  const reported = e.reported.low;
  const exact = (x: number) => `${numberFormat({ maximumFractionDigits: 2 }).format(x)} ${e.currency}`;
  return comparisonRows(e, views).map((r) => {
    const point = r.low === r.high;
    const [timesLow, timesHigh] = [r.low / reported, r.high / reported];
    return {
      key: r.key,
      view: r.viewLabel,
      low: r.low,
      high: r.high,
      currency: e.currency,
      lowText: moneyText(r.low, r.low, e.currency),
      highText: point ? "" : moneyText(r.high, r.high, e.currency),
      timesReportedText: r.key === "reported" ? "1×" : timesText(timesLow, timesHigh),
      timesReportedLow: timesLow,
      timesReportedHigh: timesHigh,
      lowExact: exact(r.low),
      highExact: exact(r.high),
      basis: r.basis,
      formula: r.formula,
    };
  });
}
