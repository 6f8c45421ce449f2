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
