import { currencies } from "../money/currency.js";
import { depreciationMethods, valuations } from "../cost/epoch-method.js";
import {
  INTERCONNECT_FRACTION,
  LIFETIME_YEARS,
  POWER_FRACTION,
  PRICE_OOMS_PER_YEAR,
  PUE,
  SERVER_OVERHEAD,
  SERVER_POWER_RATIO,
} from "../cost/epoch-method.js";
import { caseDefaultTexts, caseDefaults } from "./case-defaults.js";
import { electricityYears } from "../cost/electricity.js";
import { atLeastOne, fraction, partFraction, positive, positiveWhole, type RangeRule } from "../input/rules.js";
import type { QuantityUnit } from "../amount/amount.js";
import { sources } from "./sources.js";

/** How a value is read: a whole-number or plain quantity range, money, an ISO date, or one of a list. */
export type AssumptionKind =
  | { readonly kind: "quantity"; readonly rule: RangeRule; readonly unit?: QuantityUnit }
  | { readonly kind: "money"; readonly rule: RangeRule; readonly per?: string }
  | { readonly kind: "date" }
  | { readonly kind: "choice"; readonly choices: "gpus" | "rate sets" | readonly string[] };

/**
 * What one assumption means, its default with the source behind it, and the values it accepts.
 *
 * @category Assumptions
 */
export interface AssumptionSpec {
  readonly kind: AssumptionKind;
  /** What it means, with units. */
  readonly meaning: string;
  /**
   * The default as a user would write it; `undefined` where it is derived from another assumption
   * (tdpWatts from the GPU catalog, electricityPrice from the year of trainingStart).
   */
  readonly default: unknown;
  /** Where the default comes from. */
  readonly source: string;
}

const money = (rule: RangeRule, per?: string) => ({ kind: "money", rule, ...(per ? { per } : {}) }) as const;
const quantity = (rule: RangeRule, unit?: QuantityUnit) =>
  ({ kind: "quantity", rule, ...(unit ? { unit } : {}) }) as const;
const date = { kind: "date" } as const;

/**
 * Every assumption: its reading, meaning, default and source. The names are a user-facing
 * contract: the notebooks' parameters cells, `--set key=value` and the README use them. What is
 * believed about each quantitative one (a range, a distribution, its source) is in
 * `assumptionUncertainties` (uncertainties.ts).
 *
 * @category Assumptions
 */
export const assumptionSpecs = {
  gpu: {
    kind: { kind: "choice", choices: "gpus" },
    meaning: "The GPU the run used, an id in data/gpus.csv (when not given, the case's)",
    get default(): string {
      return caseDefaults().gpu;
    },
    get source(): string {
      return caseDefaultTexts().gpu;
    },
  },
  gpuCount: {
    kind: quantity(positiveWhole, "GPU"),
    meaning:
      "GPUs bought (a whole number or range): the case's fleet where a source gives one, not the GPUs of one run; else the run's GPUs",
    get default(): readonly [number, number] | number {
      return caseDefaults().gpuCount;
    },
    get source(): string {
      return caseDefaultTexts().gpuCount;
    },
  },
  gpuPrice: {
    kind: money(positive, "GPU"),
    meaning: "Price of one GPU of type `gpu`",
    default: { low: 4_000_000, high: 5_000_000, currency: "JPY" },
    source: `${sources.nikkei}, attributed to several semiconductor traders ("多位半导体交易相关人士透露") and approximate ("约"): "H800约为400万～500万日元", February 2025`,
  },
  h100Price: {
    kind: money(positive, "GPU"),
    meaning: "Price of one H100, for the price-ratio and per-compute comparisons",
    default: { low: 5_500_000, high: 5_500_000, currency: "JPY" },
    source: `${sources.nikkei}, attributed to several semiconductor traders ("多位半导体交易相关人士透露") and approximate ("约"): "H100约为550万日元"`,
  },
  gpuHours: {
    kind: quantity(positive, "hour"),
    meaning: "GPU-hours of the final training run",
    get default(): number {
      return caseDefaults().gpuHours;
    },
    get source(): string {
      return caseDefaultTexts().gpuHours;
    },
  },
  rentalRate: {
    kind: money(positive, "GPU-hour"),
    meaning: "Rental price per GPU-hour",
    default: { low: 2, high: 4.916, currency: "USD" },
    source: `the lowest and highest H100/H800 SXM prices per GPU-hour of 2024 in ${sources.hardwarePrices} (rentalRateRange(): from $2.00, the late-2024 market level Latent Space reported ("below $2") and DeepSeek's own assumption, to $4.916, ${sources.awsCapacityBlocks}; median $3.49)`,
  },
  currency: {
    kind: { kind: "choice", choices: currencies },
    meaning: "Currency of the results",
    default: "USD",
    source: "a choice of presentation",
  },
  rates: {
    kind: { kind: "choice", choices: "rate sets" },
    meaning:
      "FX rate set in data/fx-rates.csv: `article` (the CNY/JPY rate implied by the article's own conversions, with the 2025-02-10 market USD/JPY: the article gives no dollar rate) or `market` (2025-02-10 market rates)",
    default: "article",
    source: "data/fx-rates.csv (each row cites its source)",
  },
  tdpWatts: {
    kind: quantity(positive),
    meaning: "Chip TDP in watts. When `gpu` is changed and this is not given, the catalog's TDP for that GPU",
    default: 700,
    source:
      "the H100 SXM's 700 W (NVIDIA H100 datasheet; Llama 3 model card: \"H100-80GB (TDP of 700W)\"), which Epoch AI's chip database also gives the H800 SXM5 (data/Chip dataset-Grid view.csv at 263c40a, from techpowerup.com); the H800 SXM is the H100 SXM board with NVLink cut to 400 GB/s. The 350 W some blogs give is the PCIe part",
  },
  serverPowerRatio: {
    kind: quantity(atLeastOne),
    meaning:
      "Server power per GPU over chip TDP (when not given, the value for `gpu`: Epoch's, keyed on the chip's name; for the H800, this project's choice of the DGX H100's)",
    default: SERVER_POWER_RATIO,
    source: `for the H800, this project's choice: the DGX H100's (10.2 kW ÷ 8 GPUs) ÷ 0.7 kW = 1.8214 (${sources.epochCode}, line 456, "return (10.2 / 8) / 0.7"; docstring in energy.py at 1075758: "DGX 8x GPU: 10.2kW … GPU: 0.7kW"), since an H800 is a cut-down H100 in the same servers; Epoch's code gives the "NVIDIA H800 SXM5" 1.8, any GPU without "H100", "A100" or "V100" in its name (line 462, "return 1.8")`,
  },
  powerFraction: {
    kind: quantity(fraction, "fraction"),
    meaning:
      "Average power draw while training, as a fraction of server power (when not given, Epoch's value for `gpu`)",
    default: POWER_FRACTION,
    source: `${sources.epochCode}, lines 432–439, server_TDP_fraction (0.75 for GPUs, 0.43 for TPUs; after Barroso et al.'s 75% of peak for a typical data centre)`,
  },
  pue: {
    kind: quantity(atLeastOne),
    meaning:
      "Data-centre power usage effectiveness (when not given, Epoch's rule for the run's developer: 1.1 for a hyperscaler, else 1.25)",
    default: PUE,
    source: `${sources.epochCode}, lines 425–430, power_usage_effectiveness: DeepSeek is no hyperscaler, so 1.25 ("return 1.25", line 430)`,
  },
  electricityPrice: {
    kind: money(positive, "kWh"),
    meaning:
      "Electricity price per kWh (when not given, the US industrial average of the year `electricityYear` names, data/electricity-prices.csv)",
    default: undefined,
    source: `${sources.electricityPrices}: 2024, the year V3 trained and was published, $0.0771`,
  },
  electricityYear: {
    kind: { kind: "choice", choices: electricityYears },
    meaning:
      "The year of the default electricity price: `training-start` (the year of `trainingStart`, this project's choice) or `publication` (as Epoch's code calls energy_price)",
    default: "training-start",
    source: `this project's choice; ${sources.epochCode}, lines 1189–1192, passes the publication year ("pub_year = row['Publication date'].year"), while energy_price's docstring (line 1144) calls its argument the "year in which the training run was conducted": both readings are Epoch's`,
  },
  depreciation: {
    kind: { kind: "choice", choices: depreciationMethods },
    meaning:
      "How hardware value is spread over its use: `price-performance` (Epoch: value lost at priceOomsPerYear) or `straight-line` over `lifetimeYears`",
    default: "price-performance",
    source: `${sources.epochCode}, line 1182 (hardware_replacement_per_year)`,
  },
  valuation: {
    kind: { kind: "choice", choices: valuations },
    meaning:
      "Which value of the hardware the run is charged for: `purchase` (the price as paid) or `training-start` (its value when the run starts, depreciated from `purchaseDate` to `trainingStart` at priceOomsPerYear, as Epoch does; straight-line charges the same either way)",
    default: "purchase",
    source: `the price in use is the article's February 2025 quote, not a dated purchase price, so it is charged as it stands; Epoch's get_hardware_value_at_training_start (${sources.epochCode}, lines 835–862) values hardware at training start`,
  },
  priceOomsPerYear: {
    kind: quantity(positive),
    meaning: "Hardware depreciation at the ML GPU price-performance trend, orders of magnitude a year",
    default: PRICE_OOMS_PER_YEAR,
    source: `${sources.epochCode}, line 33 (ML_GPU_PRICE_PERFORMANCE_OOMS_PER_YEAR = 0.14)`,
  },
  purchaseDate: {
    kind: date,
    meaning: "When the GPUs were bought at `gpuPrice` (ISO date), for `valuation: training-start`",
    default: "2023-06-19",
    source: `Epoch's rule for an acquisition date, the chip's release + 90 days (${sources.epochCode}, lines 806–809): the H800's 2023-03-21 + 90 days; ${sources.h800Window}`,
  },
  trainingStart: {
    kind: date,
    meaning:
      "When the final run started (ISO date), for `valuation: training-start` and the year of the electricity price (when not given, the case's, by one rule)",
    get default(): string {
      return caseDefaults().trainingStart;
    },
    get source(): string {
      return caseDefaultTexts().trainingStart;
    },
  },
  lifetimeYears: {
    kind: quantity(positive),
    meaning: "Hardware life for straight-line depreciation, years",
    default: LIFETIME_YEARS,
    source: `${sources.epochModules}, hardware.py:75–103 ("We use 5 years for 2023 onwards")`,
  },
  interconnectFraction: {
    kind: quantity(partFraction, "fraction"),
    meaning: "Cluster interconnect as a fraction of total cluster cost",
    default: INTERCONNECT_FRACTION,
    source: `${sources.epochCode}, line 30 (CLUSTER_INTERCONNECT_COST_FRACTION = 0.19, "fraction of total cluster cost")`,
  },
  serverOverhead: {
    kind: quantity(atLeastOne),
    meaning:
      "Server cost over the price of one card (when not given, Epoch's value for `gpu`; 1 for a price per GPU of a whole server)",
    default: SERVER_OVERHEAD,
    source: `${sources.epochCode}, lines 410–419, get_server_cost_overhead ("# average", 1.64; A100 1.66, V100 1.69, P100 1.54). Epoch applies it only to a price whose Notes say "single-unit" (line 813) and to TPUs (line 794); a DGX price per GPU gets none. The article's price is one card's, so it applies`,
  },
  speedRatio: {
    kind: quantity(positive),
    meaning: "Compute speed of `gpu` over an H100: 1.0 per the datasheets, 0.5 per the article",
    default: [0.5, 1],
    source: `1.0: ${sources.nvidiaH800}; 0.5: ${sources.nikkei}, attributed to KARAKURI's CPO Tomofumi Nakayama ("中山智文解释称"): "与H100相比，H800的计算速度只有一半"`,
  },
  experimentsMultiplier: {
    kind: quantity(atLeastOne),
    meaning: "Compute of the whole programme over the final run (1 = the final run only)",
    default: 1,
    source: `1: what the lab reports (${sources.deepseekV3}, costs "include only the official training"); 2–4 in the full-programme scenario: ${sources.lambert}`,
  },
  utilization: {
    kind: quantity(fraction, "fraction"),
    meaning: "Share of the year an owned GPU is busy, for break-even in years",
    default: 1,
    source: "24/7 use, the best case for owning; lower it to model idle time",
  },
} as const satisfies Record<string, AssumptionSpec>;

/**
 * The name of one assumption: a key of {@link assumptionSpecs}, the same in parameters cells, `--set` and `assumptions()`.
 *
 * @category Assumptions
 */
export type AssumptionName = keyof typeof assumptionSpecs;

/** The names in their documented order. */
export const assumptionNames = Object.keys(assumptionSpecs) as AssumptionName[];
