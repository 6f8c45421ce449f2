import { sources } from "./sources.js";
import { caseUncertainty } from "./case-uncertainty.js";
import type { AssumptionName } from "./specs.js";

/**
 * What is believed about one quantitative assumption while it holds its default: the range a
 * sensitivity analysis tries and the distribution the Monte Carlo draws from, with the source or
 * the stated judgement behind both.
 * - `uniform`: every value from `low` to `high` equally likely (the sources give a range, no likelihoods);
 * - `triangular`: from `low` to `high`, most likely at `mode` (the default when `mode` is absent);
 * - `fixed`: held at the default in the Monte Carlo, for the reason `source` gives; a sensitivity
 *   still tries `low` and `high` when they are given.
 * Prices are in the default's currency; dates are `YYYY-MM-DD`.
 *
 * @category Assumptions
 */
export interface DocumentedUncertainty {
  readonly shape: "uniform" | "triangular" | "fixed";
  readonly low?: number | string;
  readonly high?: number | string;
  readonly mode?: number | string;
  readonly source: string;
}

/** The assumptions that are quantities, prices or dates: every one has a documented uncertainty. */
export type QuantitativeAssumption = Exclude<
  AssumptionName,
  "gpu" | "currency" | "rates" | "depreciation" | "valuation" | "electricityYear"
>;

/**
 * The documented uncertainty of every quantitative assumption; the GPUs, GPU-hours and training
 * start follow the default case here, and the case of the assumptions in `uncertaintyOf()`. The Monte Carlo (`simulate()`)
 * draws each one from here while it holds its default; a value the user sets replaces it (a range
 * is drawn across, a single value is held).
 */
export const assumptionUncertainties: Readonly<Record<QuantitativeAssumption, DocumentedUncertainty>> = {
  get gpuCount() {
    return caseUncertainty("gpuCount");
  },
  gpuPrice: {
    shape: "uniform",
    low: 4_000_000,
    high: 5_000_000,
    source: `${sources.nikkei} ("约为400万～500万日元", about, from several semiconductor traders: a range, no likelier value within it)`,
  },
  h100Price: {
    shape: "triangular",
    low: 3_791_250,
    high: 6_066_000,
    source: `most likely the article's 550万日元 (JPY 5.5M); $25,000–$40,000 at 151.65 yen per USD as the ends: TechSpot 2023-08 (Raymond James, "$25,000 to $30,000") and aiwiki.ai's H100 page ("per-unit prices in the $25,000 to $40,000 range")`,
  },
  get gpuHours() {
    return caseUncertainty("gpuHours");
  },
  rentalRate: {
    shape: "triangular",
    low: 2,
    mode: 3.49,
    high: 4.916,
    source: `rentalRateRange() over ${sources.hardwarePrices}: the 2024 prices per GPU-hour of an H100 or H800 (SXM, or a market report), identical offers once, DeepSeek's own $2 left out: lowest $2.00, median $3.49, highest $4.916`,
  },
  tdpWatts: {
    shape: "fixed",
    source:
      "a rated figure of the chip, not an estimate: what it actually draws is uncertain, and powerFraction and serverPowerRatio carry that",
  },
  serverPowerRatio: {
    shape: "triangular",
    low: 1.8,
    high: 2.03125,
    source: `${sources.epochCode}, lines 441–462, chip_to_server_power: most likely the value for the GPU (for the H800, this project's choice of the DGX H100's (10.2 ÷ 8) ÷ 0.7 = 1.8214); low: 1.8, what Epoch's code gives any GPU without "H100", "A100" or "V100" in its name, the H800 SXM5 included; high: the DGX A100's (6.5 ÷ 8) ÷ 0.4 = 2.03`,
  },
  powerFraction: {
    shape: "triangular",
    low: 0.53,
    high: 1,
    source: `${sources.epochModules}, energy.py:25–63 (server_TDP_fraction's sources): most likely Epoch's 0.75; low: GPT-3's measured server power, "~53% … of server TDP" (Patterson et al., arXiv:2104.10350, Table 4); high: "DGX H100 systems operate at or near peak utilization continuously when running AI workloads" (NVIDIA's DGX SuperPOD design guide)`,
  },
  pue: {
    shape: "triangular",
    low: 1.1,
    high: 1.4,
    source: `${sources.epochModules}, energy.py:4–22: most likely Epoch's value for the developer (1.25 outside hyperscalers, DeepSeek's); 1.1, Epoch's for hyperscalers; "most hyperscale datacenters are below 1.4 PUE" (SemiAnalysis, quoted there)`,
  },
  electricityPrice: {
    shape: "triangular",
    low: 0.056,
    high: 0.091,
    source: `most likely the US industrial average for the year of the run (${sources.electricityPrices}); low: China's subsidised data-centre power; high: the US all-sector average (${sources.ft})`,
  },
  priceOomsPerYear: {
    shape: "triangular",
    low: 0.096,
    high: 0.195,
    source: `most likely Epoch's 0.14; the ends are the 95% interval of the trend it rests on: ${sources.epochGpuTrend}`,
  },
  purchaseDate: {
    shape: "triangular",
    low: "2023-03-21",
    high: "2023-10-17",
    source: `most likely Epoch's release + 90 days (2023-06-19); the ends are the H800's sales window in China: ${sources.h800Window}`,
  },
  get trainingStart() {
    return caseUncertainty("trainingStart");
  },
  lifetimeYears: {
    shape: "triangular",
    low: 4,
    high: 6,
    source: `${sources.epochModules}, hardware.py:75–103: most likely Epoch's 5 years; 4 years (Microsoft and Alphabet from 2020–21) to 6 (Google and Microsoft from 2022–23, as collected there)`,
  },
  interconnectFraction: {
    shape: "triangular",
    low: 0.1,
    high: 0.25,
    source: `a stated judgement: most likely Epoch's 0.19, whose code gives no source for it; low: networking's traditional share of a data centre's budget, "often cited around 10 percent of the total infrastructure budget" ("Unmasking the Hidden Costs of Networking in the Age of AI", https://www.jobandnetwork.com/article/1072); high: a larger share for an InfiniBand fabric that links every GPU at full bandwidth`,
  },
  serverOverhead: {
    shape: "triangular",
    low: 1.54,
    high: 1.69,
    source: `${sources.epochCode}, lines 410–419: most likely Epoch's value for the GPU (the average 1.64; the A100's 1.66); its other values, P100 1.54 to V100 1.69, as the ends`,
  },
  speedRatio: {
    shape: "uniform",
    low: 0.5,
    high: 1,
    source: `the two claims as the ends: 1.0, ${sources.nvidiaH800}; 0.5, ${sources.nikkei}. It enters the effective-compute comparison only, no cost view`,
  },
  experimentsMultiplier: {
    shape: "fixed",
    low: 1,
    high: 4,
    source: `held at 1 in the Monte Carlo, because 1 defines the view (the final run only, as reported: ${sources.deepseekV3}); give a range to draw it (the full-programme scenario: 2–4, log-normal). The sensitivity tries 1 to 4, the top of Lambert's "2-4 times the reported number" (${sources.lambert})`,
  },
  utilization: {
    shape: "triangular",
    low: 0.5,
    high: 1,
    source:
      "a stated judgement: most likely 24/7 use (1), the best case for owning, down to half the year; it enters the break-even in years only",
  },
};
