/**
 * The constants of Epoch AI's amortized-cost method (Cottier et al. 2024, "The rising costs of
 * training frontier AI models", arXiv:2405.21015; code at github.com/epoch-research/training-cost-trends).
 * Each is a default of the cost views and an assumption users can change.
 */

/**
 * Hardware loses value at the ML GPU price-performance trend: 0.14 orders of magnitude a year.
 * Source: training_cost_trends/constants.py, `ML_GPU_PRICE_PERFORMANCE_OOMS_PER_YEAR = 0.14`.
 */
export const PRICE_OOMS_PER_YEAR = 0.14;

/**
 * Cluster interconnect as a fraction of total cluster cost.
 * Source: constants.py, `CLUSTER_INTERCONNECT_COST_FRACTION = 0.19`.
 */
export const INTERCONNECT_FRACTION = 0.19;

/**
 * Server cost over the GPU price: 1.64× on average (A100 1.66, V100 1.69, P100 1.54).
 * Source: hardware.py, `get_server_cost_overhead` ("# average return 1.64").
 */
export const SERVER_OVERHEAD = 1.64;

/**
 * Server power per GPU over chip TDP for an H100-class DGX: 10.2 kW / 8 GPUs / 0.7 kW = 1.82.
 * Source: energy.py, `chip_to_server_power` ("H100: DGX 8x GPU: 10.2kW … Ratio of per-GPU power: 1.82").
 */
export const SERVER_POWER_RATIO = 1.82;

/**
 * Average draw while training, as a fraction of server TDP, for GPUs.
 * Source: energy.py, `server_TDP_fraction` (0.75 for GPUs).
 */
export const POWER_FRACTION = 0.75;

/**
 * Power usage effectiveness outside the hyperscalers (1.1 for Google, Microsoft, Amazon, Meta).
 * Source: energy.py, `power_usage_effectiveness`.
 */
export const PUE = 1.25;

/**
 * US industrial electricity, 2023 average, USD per kWh (EIA).
 * Source: energy.py, `energy_price` (2023: 0.0806).
 */
export const ELECTRICITY_USD_PER_KWH = 0.0806;

/**
 * Server lifetime for straight-line depreciation of hardware bought 2023 onwards.
 * Source: hardware.py, `get_server_lifetime` ("We use 5 years for 2023 onwards").
 */
export const LIFETIME_YEARS = 5;

/** Hours in an average year, 365.25 × 24. */
export const HOURS_PER_YEAR = 8_766;

// ---- the method's formulas, each written once: the cost views, estimate(), simulate() and the
// break-even all call these, so a change of method is a change here.

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
/** One of {@link depreciationMethods}. */
export type Depreciation = (typeof depreciationMethods)[number];

/**
 * Share of hardware value used per GPU-hour: priceOomsPerYear · ln 10 ÷ 8,766 h at the
 * price-performance trend (0.14 → 3.677e-5), or 1 ÷ (lifetimeYears × 8,766 h) straight-line (5 → 2.282e-5).
 */
export function depreciationPerHour(method: Depreciation, priceOomsPerYear: number, lifetimeYears: number): number {
  return method === "price-performance"
    ? (priceOomsPerYear * Math.LN10) / HOURS_PER_YEAR
    : 1 / (lifetimeYears * HOURS_PER_YEAR);
}

/**
 * Energy of `gpuHours` at the wall, kWh: GPU-hours × TDP (W) × serverPowerRatio × powerFraction × PUE ÷ 1000.
 * `energyKwh(1, 700, 1.82, 0.75, 1.25)` → 1.194 kWh for one GPU-hour.
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
 * core that the amortized view and the Monte Carlo share.
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
