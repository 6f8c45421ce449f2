import { currencies } from "../money/currency.js";
import { depreciationMethods } from "../cost/amortized.js";
import {
  ELECTRICITY_USD_PER_KWH,
  INTERCONNECT_FRACTION,
  LIFETIME_YEARS,
  POWER_FRACTION,
  PRICE_OOMS_PER_YEAR,
  PUE,
  SERVER_OVERHEAD,
  SERVER_POWER_RATIO,
} from "../cost/epoch-method.js";
import { DEEPSEEK_V3_USD_PER_GPU_HOUR } from "../cost/deepseek-v3.js";
import { totalGpuHours } from "../cost/reported.js";
import { atLeastOne, fraction, partFraction, positive, positiveWhole, type RangeRule } from "../input/rules.js";
import type { QuantityUnit } from "../amount/amount.js";
import { sources } from "./sources.js";

/** How a value is read: a whole-number or plain quantity range, money, or one of a list. */
export type AssumptionKind =
  | { readonly kind: "quantity"; readonly rule: RangeRule; readonly unit?: QuantityUnit }
  | { readonly kind: "money"; readonly rule: RangeRule; readonly per?: string }
  | { readonly kind: "choice"; readonly choices: "gpus" | "rate sets" | readonly string[] };

/** What one assumption means, its default with the source behind it, and the values it accepts. */
export interface AssumptionSpec {
  readonly kind: AssumptionKind;
  /** What it means, with units. */
  readonly meaning: string;
  /** The default as a user would write it; `undefined` where it is derived (tdpWatts from the GPU catalog). */
  readonly default: unknown;
  /** Where the default comes from. */
  readonly source: string;
  /**
   * For a default that is a point: the low and high a sensitivity analysis tries, with their
   * source (`{ low: 1.1, high: 1.4, source: … }`). Prices are in the default's currency.
   */
  readonly plausible?: { readonly low: number; readonly high: number; readonly source: string };
}

const money = (rule: RangeRule, per?: string) => ({ kind: "money", rule, ...(per ? { per } : {}) }) as const;
const quantity = (rule: RangeRule, unit?: QuantityUnit) =>
  ({ kind: "quantity", rule, ...(unit ? { unit } : {}) }) as const;

/**
 * Every assumption: its reading, meaning, default and source. The names are a user-facing
 * contract: the notebooks' parameters cells, `--set key=value` and the README use them.
 */
export const assumptionSpecs = {
  gpu: {
    kind: { kind: "choice", choices: "gpus" },
    meaning: "The GPU the run used, an id in data/gpus.csv",
    default: "H800",
    source: `${sources.nikkei} ("使用的是英伟达的“H800”芯片"); ${sources.deepseekV3} ("2048 NVIDIA H800 GPUs")`,
  },
  gpuCount: {
    kind: quantity(positiveWhole, "GPU"),
    meaning: "GPUs bought (a whole number or range)",
    default: [2000, 3000],
    source: `${sources.nikkei} ("DeepSeek使用了2000～3000块H800")`,
  },
  gpuPrice: {
    kind: money(positive, "GPU"),
    meaning: "Price of one GPU of type `gpu`",
    default: { low: 4_000_000, high: 5_000_000, currency: "JPY" },
    source: `${sources.nikkei} ("H800约为400万～500万日元", traders' prices)`,
  },
  h100Price: {
    kind: money(positive, "GPU"),
    meaning: "Price of one H100, for the price-ratio and per-compute comparisons",
    default: { low: 5_500_000, high: 5_500_000, currency: "JPY" },
    source: `${sources.nikkei} ("H100约为550万日元")`,
    plausible: {
      low: 3_791_250,
      high: 6_066_000,
      source: `$25,000–$40,000 at ¥151.65 per USD: TechSpot 2023-08 (Raymond James) and aiwiki.ai H100 ("per-unit prices in the $25,000 to $40,000 range")`,
    },
  },
  gpuHours: {
    kind: quantity(positive, "hour"),
    meaning: "GPU-hours of the final training run",
    default: totalGpuHours(),
    source: `${sources.deepseekV3} (2,664K + 119K + 5K = 2,788K H800 GPU-hours)`,
    plausible: {
      low: 2_664_000,
      high: 2_788_000,
      source: `${sources.deepseekV3}: pre-training alone (2,664K) to the whole run (2,788K)`,
    },
  },
  rentalRate: {
    kind: money(positive, "GPU-hour"),
    meaning: "Rental price per GPU-hour",
    default: { low: DEEPSEEK_V3_USD_PER_GPU_HOUR, high: 4.916, currency: "USD" },
    source: `low: ${sources.deepseekV3} ("assuming the rental price of H800 is $2 per GPU hour"); high: ${sources.awsCapacityBlocks}`,
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
      "FX rate set in data/fx-rates.csv: `article` (the rate implied by the article's own conversions) or `market` (2025-02-10 market rates)",
    default: "article",
    source: "data/fx-rates.csv (each row cites its source)",
  },
  tdpWatts: {
    kind: quantity(positive),
    meaning: "Chip TDP in watts. When `gpu` is changed and this is not given, the catalog's TDP for that GPU",
    default: 700,
    source:
      'the H100 SXM\'s 700 W (NVIDIA H100 datasheet; Llama 3 model card: "H100-80GB (TDP of 700W)"): no H800 document we read gives its TDP, and the H800 SXM is the H100 SXM board with NVLink cut to 400 GB/s (same BF16/FP8 TFLOPS and memory bandwidth, data/gpus.csv). The 350 W some blogs give is the PCIe part',
  },
  serverPowerRatio: {
    kind: quantity(atLeastOne),
    meaning: "Server power per GPU over chip TDP",
    default: SERVER_POWER_RATIO,
    source: `${sources.epochCode}, energy.py (DGX H100: 10.2 kW / 8 / 0.7 kW = 1.82)`,
    plausible: {
      low: 1.82,
      high: 2.03,
      source: `${sources.epochCode}, energy.py (H100 DGX 1.82; A100 DGX 6.5 kW / 8 / 0.4 kW = 2.03)`,
    },
  },
  powerFraction: {
    kind: quantity(fraction, "fraction"),
    meaning: "Average power draw while training, as a fraction of server power",
    default: POWER_FRACTION,
    source: `${sources.epochCode}, energy.py`,
    plausible: { low: 0.75, high: 1, source: `${sources.epochCode}, energy.py (0.75) to the full server power (1)` },
  },
  pue: {
    kind: quantity(atLeastOne),
    meaning: "Data-centre power usage effectiveness",
    default: PUE,
    source: `${sources.epochCode}, energy.py (1.25 outside hyperscalers)`,
    plausible: {
      low: 1.1,
      high: 1.4,
      source: `${sources.epochCode}, energy.py (1.1 for hyperscalers; "most hyperscale datacenters are below 1.4 PUE", quoting SemiAnalysis)`,
    },
  },
  electricityPrice: {
    kind: money(positive, "kWh"),
    meaning: "Electricity price per kWh",
    default: { low: ELECTRICITY_USD_PER_KWH, high: ELECTRICITY_USD_PER_KWH, currency: "USD" },
    source: `${sources.epochCode}, energy.py (US industrial average 2023, EIA)`,
    plausible: {
      low: 0.056,
      high: 0.091,
      source:
        "China's subsidised data-centre power, about 0.4 yuan or 5.6 cents per kWh, to the 9.1-cent US average (EIA): Financial Times, 2025-11, as reported by greenergydaily.com",
    },
  },
  depreciation: {
    kind: { kind: "choice", choices: depreciationMethods },
    meaning:
      "How hardware value is spread over its use: `price-performance` (Epoch) or `straight-line` over `lifetimeYears`",
    default: "price-performance",
    source: `${sources.epochCode}`,
  },
  priceOomsPerYear: {
    kind: quantity(positive),
    meaning: "Hardware depreciation at the ML GPU price-performance trend, orders of magnitude a year",
    default: PRICE_OOMS_PER_YEAR,
    source: `${sources.epochCode}, constants.py`,
  },
  lifetimeYears: {
    kind: quantity(positive),
    meaning: "Hardware life for straight-line depreciation, years",
    default: LIFETIME_YEARS,
    source: `${sources.epochCode}, hardware.py (5 years from 2023)`,
    plausible: {
      low: 4,
      high: 6,
      source:
        "hyperscaler server lives of 4 to 6 years (Meta 5, Google and Microsoft 6), as collected in Epoch AI's hardware.py",
    },
  },
  interconnectFraction: {
    kind: quantity(partFraction, "fraction"),
    meaning: "Cluster interconnect as a fraction of total cluster cost",
    default: INTERCONNECT_FRACTION,
    source: `${sources.epochCode}, constants.py`,
  },
  serverOverhead: {
    kind: quantity(atLeastOne),
    meaning: "Server cost over the GPU price",
    default: SERVER_OVERHEAD,
    source: `${sources.epochCode}, hardware.py (average 1.64)`,
    plausible: { low: 1.54, high: 1.69, source: `${sources.epochCode}, hardware.py (P100 1.54 to V100 1.69)` },
  },
  speedRatio: {
    kind: quantity(positive),
    meaning: "Compute speed of `gpu` over an H100: 1.0 per the datasheets, 0.5 per the article",
    default: [0.5, 1],
    source: `1.0: ${sources.nvidiaH800}; 0.5: ${sources.nikkei} ("与H100相比，H800的计算速度只有一半")`,
  },
  experimentsMultiplier: {
    kind: quantity(atLeastOne),
    meaning: "Compute of the whole programme over the final run (1 = the final run only)",
    default: 1,
    source: `1: what the lab reports (${sources.deepseekV3}, costs "include only the official training"); 2–4 in the full-programme scenario: ${sources.lambert}`,
    plausible: { low: 1, high: 4, source: `1: the final run only, as reported; 4: the top of ${sources.lambert}` },
  },
  utilization: {
    kind: quantity(fraction, "fraction"),
    meaning: "Share of the year an owned GPU is busy, for break-even in years",
    default: 1,
    source: "24/7 use, the best case for owning; lower it to model idle time",
  },
} as const satisfies Record<string, AssumptionSpec>;

/** The name of one assumption: a key of {@link assumptionSpecs}, the same in parameters cells, `--set` and `assumptions()`. */
export type AssumptionName = keyof typeof assumptionSpecs;

/** The names in their documented order. */
export const assumptionNames = Object.keys(assumptionSpecs) as AssumptionName[];
