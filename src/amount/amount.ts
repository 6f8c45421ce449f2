import type { Currency } from "../money/currency.js";

/** The non-money units an amount in the article can carry. */
export const quantityUnits = ["GPU", "hour", "fraction", "run"] as const;

/**
 * A counted or measured quantity: `GPU` (块/张/枚/台: boards), `hour` (小时/時間),
 * `fraction` (成, %, 分之, 一半: a share of 1, so 3成 is 0.3) or `run` (次/回: attempts).
 */
export type QuantityUnit = (typeof quantityUnits)[number];

/**
 * What an amount counts: a currency (ISO code) or a `QuantityUnit`.
 *
 * @category Amounts
 */
export type AmountUnit = Currency | QuantityUnit;

/**
 * An amount as an article writes it, read into numbers: `400万～500万日元` is
 * `{ low: 4_000_000, high: 5_000_000, unit: "JPY" }`. A point (`557.6万美元`) has `low === high`.
 * Always `low ≤ high`, both finite.
 *
 * @category Amounts
 */
export interface Amount {
  readonly low: number;
  readonly high: number;
  readonly unit: AmountUnit;
}
