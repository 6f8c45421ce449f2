import type { MoneyRange } from "../money/money-range.js";

/** The cost views `estimate()` returns, in the order the notebooks present them. */
export const costViewNames = ["purchase", "rental", "reported", "amortized", "programme"] as const;
export type CostViewName = (typeof costViewNames)[number];

/**
 * One line of a breakdown: a money range with what it is and how it was computed.
 *
 * @category Cost views
 */
export interface CostLine extends MoneyRange {
  readonly label: string;
  /** The arithmetic, e.g. `2,000–3,000 GPUs × 4,000,000–5,000,000 JPY`. */
  readonly formula: string;
}

/**
 * A cost view: the headline range (`low`, `high`, `currency`) and the lines it is made of.
 * Lines add up to the headline unless `basis` says otherwise (the purchase view also lists the
 * all-in cluster figure as a line beside the GPUs-only headline).
 *
 * @category Cost views
 */
export interface CostView extends MoneyRange {
  readonly view: CostViewName;
  readonly label: string;
  /** The method in one sentence, with its source. */
  readonly basis: string;
  readonly breakdown: readonly CostLine[];
}
