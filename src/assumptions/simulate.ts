import { fail } from "../errors/error.js";
import type { Currency } from "../money/currency.js";
import type { Range } from "../range/range.js";
import { amortizedCostPerDraw, depreciationPerHour } from "../cost/amortized.js";
import { sampleAll } from "../uncertainty/sample.js";
import { uniform } from "../uncertainty/uniform.js";
import { lognormal90 } from "../uncertainty/lognormal.js";
import { point } from "../uncertainty/point.js";
import type { Distribution } from "../uncertainty/distribution.js";
import { assumptions as checkAssumptions, isAssumptions, type Assumptions, type AssumptionOverrides } from "./assumptions.js";
import { pricesIn } from "./prices-in.js";

/** The assumptions the amortized and programme views draw on, in the order the core takes them. */
export const simulatedAssumptions = [
  "gpuHours", "gpuPrice", "serverOverhead", "interconnectFraction", "priceOomsPerYear", "lifetimeYears",
  "tdpWatts", "serverPowerRatio", "powerFraction", "pue", "electricityPrice", "experimentsMultiplier",
] as const;
export type SimulatedAssumption = (typeof simulatedAssumptions)[number];

export interface SimulateOptions {
  /** Draws. Defaults to 100,000. */
  readonly n?: number;
  /** Defaults to 0, so a rerun gives the same draws. */
  readonly seed?: number;
  /** A distribution for any input, replacing the default (see {@link defaultDistribution}). */
  readonly distributions?: Partial<Record<SimulatedAssumption, Distribution>>;
}

export interface Simulation {
  readonly currency: Currency;
  readonly n: number;
  readonly seed: number;
  /** The distribution each input was drawn from (prices in `currency`). */
  readonly distributions: Readonly<Record<SimulatedAssumption, Distribution>>;
  /** Amortized hardware + energy of the final run, one value per draw. */
  readonly amortized: Float64Array;
  /** The programme: amortized final run × experiments multiplier, one value per draw. */
  readonly programme: Float64Array;
}

/**
 * How a range becomes a distribution by default: a point stays a point; the experiments
 * multiplier, a multiplicative unknown, is log-normal with its range as the 90% interval
 * (2–4 → median √8 ≈ 2.83); every other range is uniform between its ends (the sources give
 * ranges, not likelihoods).
 */
export function defaultDistribution(name: SimulatedAssumption, r: Range): Distribution {
  if (r.low === r.high) return point(r.low);
  return name === "experimentsMultiplier" ? lognormal90(r) : uniform(r);
}

/**
 * Monte Carlo of the amortized (Epoch AI method) and programme views: every uncertain input
 * drawn independently and reproducibly from `seed`, the cost formula applied draw by draw.
 * Summarise with `summarize()` or `interval90()`.
 */
export function simulate(input: Assumptions | AssumptionOverrides = {}, { n = 100_000, seed = 0, distributions = {} }: SimulateOptions = {}): Simulation {
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  for (const key of Object.keys(distributions)) {
    if (!(simulatedAssumptions as readonly string[]).includes(key)) {
      fail("invalid", { name: "distributions", value: key, expected: `distributions for ${simulatedAssumptions.join(", ")}` });
    }
  }
  const { gpuPrice, electricityPrice } = pricesIn(a);
  const ranges: Record<SimulatedAssumption, Range> = { ...pick(a), gpuPrice, electricityPrice };
  const chosen = {} as Record<SimulatedAssumption, Distribution>;
  for (const name of simulatedAssumptions) chosen[name] = distributions[name] ?? defaultDistribution(name, ranges[name]);
  const d = sampleAll(chosen, n, { seed });
  const amortized = new Float64Array(n);
  const programme = new Float64Array(n);
  const method = a.depreciation;
  const { gpuHours, gpuPrice: price, serverOverhead, interconnectFraction, priceOomsPerYear, lifetimeYears, tdpWatts,
    serverPowerRatio, powerFraction, pue, electricityPrice: kwhPrice, experimentsMultiplier } = d;
  for (let i = 0; i < n; i++) {
    const cost = amortizedCostPerDraw(
      gpuHours[i]!, price[i]!, serverOverhead[i]!, interconnectFraction[i]!,
      depreciationPerHour(method, priceOomsPerYear[i]!, lifetimeYears[i]!),
      tdpWatts[i]!, serverPowerRatio[i]!, powerFraction[i]!, pue[i]!, kwhPrice[i]!,
    );
    amortized[i] = cost;
    programme[i] = cost * experimentsMultiplier[i]!;
  }
  return { currency: a.currency, n, seed, distributions: chosen, amortized, programme };
}

function pick(a: Assumptions): Omit<Record<SimulatedAssumption, Range>, "gpuPrice" | "electricityPrice"> {
  const { gpuHours, serverOverhead, interconnectFraction, priceOomsPerYear, lifetimeYears, tdpWatts, serverPowerRatio, powerFraction, pue, experimentsMultiplier } = a;
  return { gpuHours, serverOverhead, interconnectFraction, priceOomsPerYear, lifetimeYears, tdpWatts, serverPowerRatio, powerFraction, pue, experimentsMultiplier };
}
