/**
 * Plausible bounds of prices and rates, shared by the data files' loaders and the assumptions
 * (src/assumptions/limits.ts, src/input/limits.ts): a figure past one is a slip of unit, scale or
 * decimal point (a USD/JPY rate written 15165 for 151.65 makes every purchase 100 times too
 * small), refused with its reason rather than carried into every view. Each bound sits 100 times
 * or more past the figures the sources give, and says how far.
 */
import type { Currency } from "../money/currency.js";

/** A plausible bound: `value` in the unit of its bounds (US dollars for money), and why it is there. */
export interface PlausibleBound {
  readonly value: number;
  readonly why: string;
}

/** The plausible bounds of one figure, and the unit they are written in (`per GPU`, `per GPU-hour`). */
export interface PlausibleBounds {
  readonly atLeast?: PlausibleBound;
  readonly atMost?: PlausibleBound;
  readonly unit?: string;
}

/**
 * Units of each currency per US dollar for the plausible bounds of prices, which are set in US
 * dollars: round figures of the market rates in data/fx-rates.csv (EUR/USD 1.0308, USD/CNY
 * 7.2771–7.3079, USD/JPY 151.65). A bound sits 100 times or more past any real price, so it needs
 * no exact rate, and a fixed one keeps `assumptions()` from depending on the rate set chosen.
 */
export const LIMIT_UNITS_PER_USD: Readonly<Record<Currency, number>> = { USD: 1, EUR: 1, CNY: 7, JPY: 150 };

/** The price of one GPU: `gpuPrice` and `h100Price`, and `data/hardware-prices.csv`'s prices per GPU. */
export const GPU_PRICE_BOUNDS: PlausibleBounds = {
  unit: "per GPU",
  atLeast: { value: 100, why: "250 times below the $25,000 an H100 sells for at least, per Raymond James in 2023" },
  atMost: { value: 10_000_000, why: "250 times the $40,000 an H100 sells for at most, per aiwiki.ai" },
};

/** The rental price of a GPU-hour: `rentalRate`, and `data/hardware-prices.csv`'s prices per GPU-hour. */
export const RENTAL_RATE_BOUNDS: PlausibleBounds = {
  unit: "per GPU-hour",
  atLeast: { value: 0.01, why: "200 times below the $2 DeepSeek-V3's report assumes" },
  atMost: { value: 1_000, why: "125 times the $8 an H100-hour cost at its 2023 peak, per Latent Space" },
};

/** The price of a kWh: `electricityPrice`, and `data/electricity-prices.csv`. */
export const ELECTRICITY_PRICE_BOUNDS: PlausibleBounds = {
  unit: "per kWh",
  atMost: {
    value: 10,
    why: "over 100 times the 2023 US industrial average of $0.0806, from the EIA via Epoch AI's energy.py",
  },
};

/** How far an exchange rate may lie from the round rates of {@link LIMIT_UNITS_PER_USD}, either way. */
export const FX_RATE_SPREAD = 10;

/**
 * The plausible bounds of the rate `base`/`quote` (units of `quote` per `base`): within
 * {@link FX_RATE_SPREAD} times either side of the round rates' ratio. USD/JPY: 150, so 15 to
 * 1,500; JPY/CNY: 7 ÷ 150 = 0.0467, so 0.00467 to 0.467.
 */
export function fxRateBounds(base: Currency, quote: Currency): PlausibleBounds {
  const round = LIMIT_UNITS_PER_USD[quote] / LIMIT_UNITS_PER_USD[base];
  const why = `${FX_RATE_SPREAD} times either side of a round ${LIMIT_UNITS_PER_USD.JPY} JPY, ${LIMIT_UNITS_PER_USD.CNY} CNY or ${LIMIT_UNITS_PER_USD.EUR} EUR to the dollar, the rates the price bounds use: a slipped decimal point (15165 for 151.65) is 100 times off`;
  return {
    unit: `${quote} per ${base}`,
    atLeast: { value: Number((round / FX_RATE_SPREAD).toPrecision(3)), why },
    atMost: { value: Number((round * FX_RATE_SPREAD).toPrecision(3)), why },
  };
}

/** The bound of `bounds` that `x` breaks, if any: `{ side: "most", … }` for a price above its upper bound. */
export function brokenBound(
  x: number,
  bounds: PlausibleBounds,
): { readonly side: "least" | "most"; readonly limit: number; readonly why: string } | undefined {
  if (bounds.atLeast && !(x >= bounds.atLeast.value))
    return { side: "least", limit: bounds.atLeast.value, why: bounds.atLeast.why };
  if (bounds.atMost && !(x <= bounds.atMost.value))
    return { side: "most", limit: bounds.atMost.value, why: bounds.atMost.why };
  return undefined;
}
