import type { Estimate } from "../../assumptions/estimate.js";
import { pricesIn } from "../../assumptions/prices-in.js";
import { moneyText, timesText } from "../../format/text.js";

/** One bar: the price of one H100's worth of compute, bought as this GPU at this speed ratio. */
export interface EffectiveComputeRow {
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly point: boolean;
  readonly costText: string;
  /** Against the H100's own price: `0.73–0.91× the H100`. */
  readonly againstH100: string;
}

const WHY: Readonly<Record<string, string>> = { "1": "datasheets", "0.5": "the article" };

/** The H100's price, then the GPU's price ÷ each speed ratio, in the estimate's currency. */
export function effectiveComputeRows(
  e: Estimate,
  speedRatios: readonly number[] = speedEnds(e),
): EffectiveComputeRow[] {
  const { gpuPrice, h100Price } = pricesIn(e.assumptions);
  const c = e.currency;
  const h100 = (h100Price.low + h100Price.high) / 2;
  const row = (label: string, low: number, high: number): EffectiveComputeRow => ({
    label,
    low,
    high,
    point: low === high,
    costText: moneyText(low, high, c),
    againstH100: `${timesText(low / h100, high / h100, 2)} the H100`,
  });
  return [
    row("H100 (the reference)", h100Price.low, h100Price.high),
    ...speedRatios.map((s) =>
      row(
        `${e.assumptions.gpu} at ${s.toFixed(1)}× (${WHY[String(s)] ?? "assumed"})`,
        gpuPrice.low / s,
        gpuPrice.high / s,
      ),
    ),
  ];
}

/** The `speedRatio` assumption's ends, high first, once each: [1, 0.5] by default. */
export function speedEnds(e: Estimate): number[] {
  const { low, high } = e.assumptions.speedRatio;
  return low === high ? [high] : [high, low];
}
