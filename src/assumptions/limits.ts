import { ELECTRICITY_PRICE_BOUNDS, GPU_PRICE_BOUNDS, RENTAL_RATE_BOUNDS } from "../data/plausible.js";
import type { Limits, RangeRule } from "../input/rules.js";
import { assumptionSpecs, type AssumptionName } from "./specs.js";

/**
 * The plausible bounds of the quantitative assumptions: a value past one is refused as a likely
 * slip (a unit, a scale, a digit too many) instead of running on into every view, and every figure
 * of `estimate()` stays a finite number that can be written (the largest, the programme at every
 * upper bound in yen, is about 3.5e20: Intl writes up to 21 digits). Each bound sits well past the
 * figures the sources give and says how far; prices are in US dollars (other currencies at the
 * round rates of `LIMIT_UNITS_PER_USD`, src/data/plausible.ts; the prices' bounds live there too, shared
 * with the data files). What is left out (the fractions'
 * ends, lower ends where a small value divides nothing) is bounded enough by the rule itself.
 */
export const assumptionLimits: Readonly<Partial<Record<AssumptionName, Limits>>> = {
  gpuCount: {
    unit: "GPUs",
    atMost: {
      value: 10_000_000,
      why: "625 times the 16,000 H100s Llama 3.1 405B trained on, per the Llama 3 Herd paper",
    },
  },
  gpuPrice: GPU_PRICE_BOUNDS,
  h100Price: GPU_PRICE_BOUNDS,
  gpuHours: {
    unit: "GPU-hours",
    atMost: {
      value: 10_000_000_000,
      why: "over 300 times Llama 3.1 405B's 30.84M H100-hours in data/training-runs.csv",
    },
  },
  rentalRate: RENTAL_RATE_BOUNDS,
  tdpWatts: {
    unit: "W",
    atMost: { value: 10_000, why: "over 14 times the H100 SXM's 700 W in data/gpus.csv" },
  },
  serverPowerRatio: {
    atMost: { value: 10, why: "over 5 times a DGX H100's 1.82 in Epoch AI's energy.py" },
  },
  pue: {
    atMost: { value: 5, why: "4 times the 1.25 Epoch AI's energy.py gives a data centre outside the hyperscalers" },
  },
  electricityPrice: ELECTRICITY_PRICE_BOUNDS,
  priceOomsPerYear: {
    unit: "orders of magnitude a year",
    atMost: { value: 2, why: "a hundredfold fall in value each year, over 14 times Epoch AI's 0.14" },
  },
  lifetimeYears: {
    unit: "years",
    atLeast: {
      value: 0.1,
      why: "36.5 days, shorter than DeepSeek-V3's final run: 2,788,000 GPU-hours on 2,048 GPUs, about 57 days",
    },
    atMost: {
      value: 20,
      why: "over 3 times the 6-year server lives of Google and Microsoft, per Epoch AI's hardware.py",
    },
  },
  interconnectFraction: {
    atMost: {
      value: 0.5,
      why: "the network as dear as the GPUs and servers together, over 2.5 times Epoch AI's 0.19",
    },
  },
  serverOverhead: {
    atMost: { value: 10, why: "over 6 times Epoch AI's average of 1.64" },
  },
  speedRatio: {
    atLeast: {
      value: 0.01,
      why: "a hundredth of an H100, 15 times slower than the slowest GPU in data/gpus.csv, the H20 at 148 of 989.5 BF16 TFLOPS",
    },
    atMost: { value: 10, why: "ten times an H100; no GPU in data/gpus.csv is faster than it" },
  },
  experimentsMultiplier: {
    atMost: { value: 1_000, why: "250 times the top of Lambert's 2–4 in Interconnects, 2025-01-09" },
  },
  utilization: {
    atLeast: { value: 0.01, why: "88 hours a year: a GPU idle 99% of the time is not a training fleet" },
  },
};

/** A plausible bound of a date: the first or last day accepted, and why. */
export interface DateLimit {
  readonly day: string;
  readonly why: string;
}

/**
 * The plausible days of the dates: when the GPUs were bought and when the run started. A day past
 * one is a slip (a year mistyped) that would carry into the depreciation of every view; a year the
 * data has no electricity price for would fail later, naming a default instead of the date.
 */
export const dateLimits: Readonly<Partial<Record<AssumptionName, { earliest: DateLimit; latest: DateLimit }>>> = {
  purchaseDate: {
    earliest: {
      day: "2000-01-01",
      why: "before 2000 no GPU had been sold (NVIDIA's GeForce 256, the first, shipped in late 1999)",
    },
    latest: {
      day: "2099-12-31",
      why: "by 2100, Epoch AI's trend of 0.14 orders of magnitude a year, fitted on GPU prices of 2006–2023, would have cut a price 10^10-fold",
    },
  },
  trainingStart: {
    earliest: {
      day: "2000-01-01",
      why: "before 2000 no GPU had been sold (NVIDIA's GeForce 256, the first, shipped in late 1999)",
    },
    latest: {
      day: "2099-12-31",
      why: "by 2100, Epoch AI's trend of 0.14 orders of magnitude a year, fitted on GPU prices of 2006–2023, would have cut a price 10^10-fold",
    },
  },
};

/** The rule an assumption is read with: its spec's rule and its plausible bounds. Undefined for a choice. */
export function ruleOf(name: AssumptionName): RangeRule | undefined {
  const { kind } = assumptionSpecs[name];
  if (kind.kind !== "quantity" && kind.kind !== "money") return undefined;
  const limits = assumptionLimits[name];
  return limits ? { ...kind.rule, limits } : kind.rule;
}
