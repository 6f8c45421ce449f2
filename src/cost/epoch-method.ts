/**
 * Epoch AI's amortized-cost method (Cottier et al. 2024, "The rising costs of training frontier
 * AI models", arXiv:2405.21015), its constants and its formulas, each written once: the cost
 * views, estimate(), simulate(), the sensitivity and the break-even all call these.
 *
 * Citations name the file and line in Epoch's repository (github.com/epoch-research/training-cost-trends)
 * at commit 263c40a159307e917213d1dc433c617e47d55bfe (2026-04-01), where every constant sits at the top
 * of `cost_analysis_standalone.py`; where that file dropped a docstring with the source, the module of
 * commit 1075758 (2025-07-30, the last multi-module layout: parameters.py, hardware.py, energy.py,
 * prices.py). The repository has no `constants.py` on main (one exists only in the unmerged PR #33).
 */

/** Epoch AI's repository. */
export const EPOCH_REPOSITORY = "https://github.com/epoch-research/training-cost-trends";
/** The commit every citation of `cost_analysis_standalone.py` refers to. */
export const EPOCH_COMMIT = "263c40a159307e917213d1dc433c617e47d55bfe";

/**
 * Hardware loses value at the ML GPU price-performance trend: 0.14 orders of magnitude a year.
 * Source: cost_analysis_standalone.py:33 @ 263c40a, `ML_GPU_PRICE_PERFORMANCE_OOMS_PER_YEAR = 0.14`
 * (parameters.py:8 @ 1075758), citing Epoch's "Trends in GPU price-performance": ML GPUs gain 10×
 * FLOP/s per dollar every 6.86 years, 1 ÷ 6.86 = 0.146.
 */
export const PRICE_OOMS_PER_YEAR = 0.14;

/**
 * Cluster interconnect as a fraction of total cluster cost.
 * Source: cost_analysis_standalone.py:30 @ 263c40a, `CLUSTER_INTERCONNECT_COST_FRACTION = 0.19`.
 */
export const INTERCONNECT_FRACTION = 0.19;

/**
 * Server cost over the GPU price: 1.64× on average (A100 1.66, V100 1.69, P100 1.54).
 * Source: cost_analysis_standalone.py:410–419 @ 263c40a, `get_server_cost_overhead` ("# average", `return 1.64`).
 */
export const SERVER_OVERHEAD = 1.64;

/**
 * Server power per GPU over chip TDP for an H100-class DGX, exactly as Epoch computes it:
 * (10.2 kW ÷ 8 GPUs) ÷ 0.7 kW = 1.275 ÷ 0.7 = 1.8214… (Epoch's docstring rounds it to 1.82).
 * Source: cost_analysis_standalone.py:456 @ 263c40a, `return (10.2 / 8) / 0.7`; the DGX H100's
 * 10.2 kW and the H100's 0.7 kW are cited in energy.py:101–106 @ 1075758.
 */
export const SERVER_POWER_RATIO = 10.2 / 8 / 0.7;

/**
 * Average draw while training, as a fraction of server TDP, for GPUs.
 * Source: cost_analysis_standalone.py:432–439 @ 263c40a, `server_TDP_fraction` (0.75 for GPUs;
 * energy.py:25–63 @ 1075758 gives the sources).
 */
export const POWER_FRACTION = 0.75;

/**
 * Power usage effectiveness outside the hyperscalers (1.1 for Google, Microsoft, Amazon, Meta).
 * Source: cost_analysis_standalone.py:425–430 @ 263c40a, `power_usage_effectiveness`.
 */
export const PUE = 1.25;

/**
 * Server lifetime for straight-line depreciation of hardware bought 2023 onwards. Epoch no longer
 * uses it: `get_server_lifetime` (cost_analysis_standalone.py:399 @ 263c40a) has no caller since
 * the switch to depreciation at the price-performance trend; straight-line is this project's alternative.
 * Source of the figure: hardware.py:75–103 @ 1075758 ("We use 5 years for 2023 onwards").
 */
export const LIFETIME_YEARS = 5;

/** Days in an average year: Epoch's `DAYS_PER_YEAR = 365.25` (cost_analysis_standalone.py:27 @ 263c40a). */
export const DAYS_PER_YEAR = 365.25;

/** Hours in an average year, 365.25 × 24 = 8,766 (cost_analysis_standalone.py:28 @ 263c40a). */
export const HOURS_PER_YEAR = 8_766;

/**
 * All-in hardware value of GPUs bought for `price` (one GPU's price, or a fleet's): the GPUs, the
 * servers around them, and the cluster interconnect, which is `interconnectFraction` of the whole
 * cluster's cost: price × serverOverhead ÷ (1 − interconnectFraction).
 * `clusterValue(30_000, 1.64, 0.19)` → $60,741 per GPU.
 */
export function clusterValue(price: number, serverOverhead: number, interconnectFraction: number): number {
  return (price * serverOverhead) / (1 - interconnectFraction);
}

/**
 * The interconnect's part of a cluster whose servers are worth `serverValue`: it is
 * `interconnectFraction` of the total, so serverValue × f ÷ (1 − f). `interconnectValue(49_200, 0.19)` → $11,541.
 */
export function interconnectValue(serverValue: number, interconnectFraction: number): number {
  return (serverValue * interconnectFraction) / (1 - interconnectFraction);
}

/** How hardware value is spread over the hours it is used. */
export const depreciationMethods = ["price-performance", "straight-line"] as const;
/**
 * How hardware value is spread over the hours it is used: `"price-performance"` (Epoch's, at the
 * price-performance trend) or `"straight-line"` (over `lifetimeYears`).
 *
 * @category Cost views
 */
export type Depreciation = (typeof depreciationMethods)[number];

/**
 * Which value of the hardware a run is charged for: its price as paid (`purchase`), or its value
 * when the run starts (`training-start`), the price depreciated at the price-performance trend
 * from `purchaseDate` to `trainingStart` as Epoch's `get_hardware_value_at_training_start` does.
 */
export const valuations = ["purchase", "training-start"] as const;
/**
 * Which value of the hardware a run is charged for: `"purchase"` (its price as paid) or
 * `"training-start"` (its value when the run starts, as Epoch values it).
 *
 * @category Cost views
 */
export type Valuation = (typeof valuations)[number];

/**
 * Share of hardware value used per GPU-hour: priceOomsPerYear · ln 10 ÷ 8,766 h at the
 * price-performance trend (0.14 → 3.677e-5), or 1 ÷ (lifetimeYears × 8,766 h) straight-line (5 → 2.282e-5).
 * Source of the first: cost_analysis_standalone.py:1182 @ 263c40a, `hardware_replacement_per_year = ML_GPU_PRICE_PERFORMANCE_OOMS_PER_YEAR * np.log(10)`.
 */
export function depreciationPerHour(method: Depreciation, priceOomsPerYear: number, lifetimeYears: number): number {
  return method === "price-performance"
    ? (priceOomsPerYear * Math.LN10) / HOURS_PER_YEAR
    : 1 / (lifetimeYears * HOURS_PER_YEAR);
}

/** Milliseconds in a day: dates are read as UTC midnights. */
const DAY_MS = 86_400_000;

/**
 * The day number of an ISO date (`"2024-09-01"` → 19,967 days after 1970-01-01), for arithmetic on
 * dates. The string must already be a checked `YYYY-MM-DD` date.
 */
export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** The ISO date of a day number: `isoDate(19_967)` → `"2024-09-01"` (a fractional day rounds down). */
export function isoDate(day: number): string {
  return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The share of its price that hardware bought on day `purchaseDay` is still worth on day
 * `trainingStartDay`: 10^(−priceOomsPerYear × years), years = days between them ÷ 365.25. As in
 * Epoch's `get_hardware_value_at_training_start` (cost_analysis_standalone.py:835–862 @ 263c40a) and
 * `depreciate_by_hardware_progress` (lines 763–773): a GPU cannot train before it is bought, so a
 * start before the purchase counts as the purchase day (no depreciation).
 * Example: bought 2023-06-19, used from 2024-09-01: 440 days = 1.2047 years → 10^(−0.14 × 1.2047) = 0.678.
 */
export function valueAtTrainingStart(purchaseDay: number, trainingStartDay: number, priceOomsPerYear: number): number {
  const years = Math.max(0, trainingStartDay - purchaseDay) / DAYS_PER_YEAR;
  return Math.pow(10, -priceOomsPerYear * years);
}

/**
 * Energy of `gpuHours` at the wall, kWh: GPU-hours × TDP (W) × serverPowerRatio × powerFraction × PUE ÷ 1000.
 * `energyKwh(1, 700, 10.2 / 8 / 0.7, 0.75, 1.25)` → 1.1953 kWh for one GPU-hour (1.275 kW × 0.75 × 1.25).
 */
export function energyKwh(
  gpuHours: number,
  tdpWatts: number,
  serverPowerRatio: number,
  powerFraction: number,
  pue: number,
): number {
  return (gpuHours * tdpWatts * serverPowerRatio * powerFraction * pue) / 1000;
}

/**
 * Amortized hardware + energy of `gpuHours`, one draw of every input in one currency: the scalar
 * core that the amortized view, the sensitivity and the Monte Carlo share. `gpuPrice` is the value
 * charged (the price, or its value at training start).
 * gpuHours × clusterValue(gpuPrice, …) × perHour + energyKwh(gpuHours, …) × pricePerKwh.
 */
export function amortizedCostOfHours(
  gpuHours: number,
  gpuPrice: number,
  serverOverhead: number,
  interconnectFraction: number,
  perHour: number,
  tdpWatts: number,
  serverPowerRatio: number,
  powerFraction: number,
  pue: number,
  pricePerKwh: number,
): number {
  const capex = gpuHours * clusterValue(gpuPrice, serverOverhead, interconnectFraction) * perHour;
  return capex + energyKwh(gpuHours, tdpWatts, serverPowerRatio, powerFraction, pue) * pricePerKwh;
}

/**
 * The share of the price a run's depreciation is charged on: its value at training start
 * ({@link valueAtTrainingStart}) when the hardware is valued then and loses value at the
 * price-performance trend; else 1. Straight-line depreciation charges price ÷ life per hour
 * whenever in the life the run falls (the book value left at training start, spread over the
 * life left, is the same per hour), so the valuation does not change it.
 */
export function chargedShare(
  depreciation: Depreciation,
  valuation: Valuation,
  purchaseDay: number,
  trainingStartDay: number,
  priceOomsPerYear: number,
): number {
  return depreciation === "price-performance" && valuation === "training-start"
    ? valueAtTrainingStart(purchaseDay, trainingStartDay, priceOomsPerYear)
    : 1;
}
