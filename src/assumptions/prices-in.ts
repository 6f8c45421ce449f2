import { convertRange, fxQuote } from "../fx/convert.js";
import type { FxQuote } from "../fx/fx-rate.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import { headlineClaim } from "../cases/case.js";
import type { Assumptions } from "./assumptions.js";
import { resultOf } from "../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "./result-fields.js";

/**
 * Rates are taken on the article's date (Nikkei, 2025-02-11): the latest on or before it.
 *
 * @category Assumptions
 */
export const ESTIMATE_FX_DATE = "2025-02-11";

/**
 * The assumptions' prices in the result currency, and the conversions used.
 *
 * @category Assumptions
 */
export interface Prices {
  readonly gpuPrice: MoneyRange;
  readonly h100Price: MoneyRange;
  readonly rentalRate: MoneyRange;
  readonly electricityPrice: MoneyRange;
  /** The rental price per GPU-hour the case's claim states ($2, DeepSeek-V3 Table 1), or `undefined` where it states none. */
  readonly labRate: MoneyRange | undefined;
  /** The case's claim (for `under $450`, its bound), or `undefined` for a case with none (Llama 3.1 405B). */
  readonly claim: MoneyRange | undefined;
  /** One quote per input currency other than the result's. */
  readonly fx: readonly FxQuote[];
}

/**
 * Every price of `a` in `a.currency`, converted with the `a.rates` set on {@link ESTIMATE_FX_DATE}.
 * `pricesIn(assumptions({ currency: "JPY" })).labRate` → $2 × 151.65 = JPY 303.3 per GPU-hour; `.claim`
 * → the case's claim in yen.
 *
 * @category Assumptions
 */
export function pricesIn(a: Assumptions): Prices {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const fx: FxQuote[] = [];
  const claim = headlineClaim(a.case);
  const inCurrency = (m: MoneyRange): MoneyRange => {
    if (m.currency === a.currency) return m;
    const options = { on: ESTIMATE_FX_DATE, rates: a.rates };
    if (!fx.some((q) => q.base === m.currency)) fx.push(fxQuote(m.currency, a.currency, options));
    return convertRange(m, a.currency, options);
  };
  return {
    gpuPrice: inCurrency(a.gpuPrice),
    h100Price: inCurrency(a.h100Price),
    rentalRate: inCurrency(a.rentalRate),
    electricityPrice: inCurrency(a.electricityPrice),
    labRate: claim?.statedRate ? inCurrency(claim.statedRate) : undefined,
    claim: claim ? inCurrency(moneyRange(claim.figure, claim.figure, claim.amount.currency)) : undefined,
    fx,
  };
}
