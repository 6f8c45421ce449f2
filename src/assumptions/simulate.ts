import { fail } from "../errors/error.js";
import { knownKeys } from "../errors/known-keys.js";
import type { Currency } from "../money/currency.js";
import type { Range } from "../range/range.js";
import { amortizedCostOfHours, depreciationPerHour, type Depreciation } from "../cost/epoch-method.js";
import { checkCount } from "../uncertainty/sample.js";
import { checkSeed, randomStream, type BitSource } from "../uncertainty/stream.js";
import { uniform } from "../uncertainty/uniform.js";
import { lognormal90 } from "../uncertainty/lognormal.js";
import { point } from "../uncertainty/point.js";
import { checkDistribution, fillDistribution, type Distribution } from "../uncertainty/distribution.js";
import {
  assumptions as checkAssumptions,
  isAssumptions,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";
import { pricesIn } from "./prices-in.js";
import { checkDistributionRules } from "./distribution-rules.js";

/** The assumptions the amortized and programme views draw on, in the order the core takes them. */
export const simulatedAssumptions = [
  "gpuHours",
  "gpuPrice",
  "serverOverhead",
  "interconnectFraction",
  "priceOomsPerYear",
  "lifetimeYears",
  "tdpWatts",
  "serverPowerRatio",
  "powerFraction",
  "pue",
  "electricityPrice",
  "experimentsMultiplier",
] as const;
export type SimulatedAssumption = (typeof simulatedAssumptions)[number];

/** Options of {@link simulate}: the number of draws, the seed, and distributions that replace the defaults. */
export interface SimulateOptions {
  /** Draws. Defaults to 100,000. */
  readonly n?: number;
  /** Defaults to 0, so a rerun gives the same draws. */
  readonly seed?: number;
  /** A distribution for any input, replacing the default (see `defaultDistribution`). */
  readonly distributions?: Partial<Record<SimulatedAssumption, Distribution>>;
}

/** The Monte Carlo draws of {@link simulate}: one value per draw for each simulated view, with the distributions they came from. */
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
export function simulate(input: Assumptions | AssumptionOverrides = {}, options: SimulateOptions = {}): Simulation {
  knownKeys(options, ["n", "seed", "distributions"], "options");
  const { n = 100_000, seed = 0, distributions = {} } = options;
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  for (const key of Object.keys(distributions)) {
    if (!(simulatedAssumptions as readonly string[]).includes(key)) {
      fail("notOneOf", { name: "distributions", value: key, choices: simulatedAssumptions });
    }
  }
  checkDistributionRules(distributions, a.currency);
  const { gpuPrice, electricityPrice } = pricesIn(a);
  const ranges: Record<SimulatedAssumption, Range> = { ...pick(a), gpuPrice, electricityPrice };
  const chosen = {} as Record<SimulatedAssumption, Distribution>;
  for (const name of simulatedAssumptions)
    chosen[name] = distributions[name] ?? defaultDistribution(name, ranges[name]);
  checkCount(n);
  checkSeed(seed);
  const { amortized, programme } = simulateCore(chosen, a.depreciation, n, seed);
  return { currency: a.currency, n, seed, distributions: chosen, amortized, programme };
}

/** Draws per chunk: the inputs' buffers (13 × 32 KB) stay in cache while the formula runs over them. */
const CHUNK = 4096;

/**
 * The loop: each uncertain input's stream fills a chunk buffer (the same draws, in the same
 * order, as `sampleAll` gives: the samplers consume their streams draw by draw, and log-normal
 * pairs stay aligned because CHUNK is even); a point input is a buffer filled once. The formula
 * then runs over the chunk.
 */
function simulateCore(
  chosen: Readonly<Record<SimulatedAssumption, Distribution>>,
  method: Depreciation,
  n: number,
  seed: number,
) {
  const buffers = {} as Record<SimulatedAssumption, Float64Array>;
  const varying: Array<{ buffer: Float64Array; distribution: Distribution; stream: BitSource }> = [];
  for (const name of simulatedAssumptions) {
    const d = chosen[name];
    checkDistribution(d, `distributions.${name}`);
    const buffer = new Float64Array(CHUNK);
    buffers[name] = buffer;
    if (d.kind === "point") buffer.fill(d.value);
    else varying.push({ buffer, distribution: d, stream: randomStream(seed, name) });
  }
  const {
    gpuHours,
    gpuPrice,
    serverOverhead,
    interconnectFraction,
    priceOomsPerYear,
    lifetimeYears,
    tdpWatts,
    serverPowerRatio,
    powerFraction,
    pue,
    electricityPrice,
    experimentsMultiplier,
  } = buffers;
  // the share of value used per hour depends on one of two inputs: a buffer of its own, refilled only if that input varies
  const perHour = new Float64Array(CHUNK);
  const rateInput = method === "price-performance" ? chosen.priceOomsPerYear : chosen.lifetimeYears;
  const fillPerHour = (m: number) => {
    for (let j = 0; j < m; j++) perHour[j] = depreciationPerHour(method, priceOomsPerYear[j]!, lifetimeYears[j]!);
  };
  fillPerHour(CHUNK);
  const amortized = new Float64Array(n);
  const programme = new Float64Array(n);
  for (let start = 0; start < n; start += CHUNK) {
    const m = Math.min(CHUNK, n - start);
    for (const v of varying)
      fillDistribution(m === CHUNK ? v.buffer : v.buffer.subarray(0, m), v.distribution, v.stream);
    if (rateInput.kind !== "point") fillPerHour(m);
    for (let j = 0; j < m; j++) {
      const cost = amortizedCostOfHours(
        gpuHours[j]!,
        gpuPrice[j]!,
        serverOverhead[j]!,
        interconnectFraction[j]!,
        perHour[j]!,
        tdpWatts[j]!,
        serverPowerRatio[j]!,
        powerFraction[j]!,
        pue[j]!,
        electricityPrice[j]!,
      );
      amortized[start + j] = cost;
      programme[start + j] = cost * experimentsMultiplier[j]!;
    }
  }
  return { amortized, programme };
}

function pick(a: Assumptions): Omit<Record<SimulatedAssumption, Range>, "gpuPrice" | "electricityPrice"> {
  const {
    gpuHours,
    serverOverhead,
    interconnectFraction,
    priceOomsPerYear,
    lifetimeYears,
    tdpWatts,
    serverPowerRatio,
    powerFraction,
    pue,
    experimentsMultiplier,
  } = a;
  return {
    gpuHours,
    serverOverhead,
    interconnectFraction,
    priceOomsPerYear,
    lifetimeYears,
    tdpWatts,
    serverPowerRatio,
    powerFraction,
    pue,
    experimentsMultiplier,
  };
}
