import type { AssumptionName } from "./specs.js";

/**
 * Each assumption in a reader's words, for charts, the page's panel and the findings, where the
 * name (`priceOomsPerYear`) is for code, parameters cells and `--set`: a few words with the unit,
 * lower case to sit inside a sentence or a label. All in one place, so that another language can
 * be keyed by the same names.
 *
 * `assumptionLabels.priceOomsPerYear` → `how fast GPUs lose value (orders of magnitude a year)`
 */
export const assumptionLabels: Readonly<Record<AssumptionName, string>> = {
  gpu: "the GPU",
  gpuCount: "GPUs bought",
  gpuPrice: "price of one GPU",
  h100Price: "price of one H100",
  gpuHours: "GPU-hours of the final run",
  rentalRate: "rental price per GPU-hour",
  currency: "currency of the results",
  rates: "exchange-rate set",
  tdpWatts: "chip power (TDP, watts)",
  serverPowerRatio: "server power over chip power",
  powerFraction: "share of power drawn while training",
  pue: "data-centre overhead (PUE)",
  electricityPrice: "electricity price per kWh",
  electricityYear: "year the electricity is priced for",
  depreciation: "depreciation method",
  valuation: "hardware valued at",
  priceOomsPerYear: "how fast GPUs lose value (orders of magnitude a year)",
  purchaseDate: "date the GPUs were bought",
  trainingStart: "date the final run started",
  lifetimeYears: "GPU life, straight-line (years)",
  interconnectFraction: "network's share of cluster cost",
  serverOverhead: "server cost over GPU price",
  speedRatio: "speed against an H100",
  experimentsMultiplier: "experiments (× the final run)",
  utilization: "share of the year an owned GPU is busy",
};
