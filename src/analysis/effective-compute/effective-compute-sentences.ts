import type { Estimate } from "../../assumptions/estimate.js";
import { pricesIn } from "../../assumptions/prices-in.js";
import { moneyText, timesText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * The article's two claims about the H800 set against each other, from the estimate: its price
 * against the H100's, and what an H100's worth of compute costs at each end of `speedRatio`.
 * `At a speed ratio of 1.0 (the datasheets), one H100's worth of compute bought as H800s costs 0.73–0.91× an H100 (9–27% less).`
 *
 * @example
 * print(effectiveComputeSentences(estimate()));
 *
 * @category Break-even and effective compute
 */
export function effectiveComputeSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const { gpuPrice, h100Price } = pricesIn(e.assumptions);
  const gpu = e.assumptions.gpu;
  const c = e.currency;
  const h100 = (h100Price.low + h100Price.high) / 2;
  const speeds = [e.assumptions.speedRatio.high, e.assumptions.speedRatio.low].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
  const why = (s: number) => (s === 1 ? " (the datasheets)" : s === 0.5 ? " (the article)" : "");
  const pct = (x: number) => `${Math.round(Math.abs(x) * 100)}`;
  const lines = [
    `An ${gpu} at ${moneyText(gpuPrice.low, gpuPrice.high, c)} against an H100 at ${moneyText(h100Price.low, h100Price.high, c)}: ${timesText(gpuPrice.low / h100, gpuPrice.high / h100, 2)} its price.`,
  ];
  for (const s of speeds) {
    const [low, high] = [gpuPrice.low / s / h100, gpuPrice.high / s / h100];
    const dearer = low > 1 ? "more" : high < 1 ? "less" : "more or less";
    const [a, b] = dearer === "less" ? [1 - high, 1 - low] : [low - 1, high - 1];
    const diff = low > 1 || high < 1 ? ` (${pct(a) === pct(b) ? pct(a) : `${pct(a)}–${pct(b)}`}% ${dearer})` : "";
    lines.push(
      `At a speed ratio of ${s.toFixed(s < 0.1 ? 2 : 1)}${why(s)}, one H100's worth of compute bought as ${gpu}s costs ${timesText(low, high, 2)} an H100${diff}.`,
    );
  }
  return lines;
}
