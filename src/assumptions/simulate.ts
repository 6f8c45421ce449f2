import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import type { Currency } from "../money/currency.js";
import {
  amortizedCostOfHours,
  depreciationPerHour,
  valueAtTrainingStart,
  type Depreciation,
  type Valuation,
} from "../cost/epoch-method.js";
import { checkCount } from "../uncertainty/sample.js";
import { checkSeed, randomStream, type BitSource } from "../uncertainty/stream.js";
import { point } from "../uncertainty/point.js";
import { scaleDistribution } from "../uncertainty/scale.js";
import { checkDistribution, fillDistribution, type Distribution } from "../uncertainty/distribution.js";
import {
  assumptions as checkAssumptions,
  isAssumptions,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";
import { checkDistributionRules } from "./distribution-rules.js";
import { centralCase } from "./central-case.js";
import { uncertaintyOf, type InputUncertainty } from "./uncertainty-of.js";

/** The assumptions the amortized, programme and rental views draw on, in the order the core takes them. */
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
  "rentalRate",
  "purchaseDate",
  "trainingStart",
] as const;
export type SimulatedAssumption = (typeof simulatedAssumptions)[number];

/**
 * Options of {@link simulate}: the number of draws, the seed, and distributions that replace the defaults.
 *
 * @category Uncertainty
 */
export interface SimulateOptions {
  /** Draws. Defaults to 100,000. */
  readonly n?: number;
  /** Defaults to 0, so a rerun gives the same draws. */
  readonly seed?: number;
  /**
   * A distribution for any input, replacing the one `uncertaintyOf()` gives it: prices in the
   * result currency, dates as day numbers (days since 1970-01-01).
   */
  readonly distributions?: Partial<Record<SimulatedAssumption, Distribution>>;
  /** Inputs to hold at their central value: `freeze: ["gpuPrice"]` shows what the rest contribute. */
  readonly freeze?: readonly SimulatedAssumption[];
}

/**
 * The Monte Carlo draws of {@link simulate}: one value per draw for each simulated view, with the distributions they came from.
 *
 * @category Uncertainty
 */
export interface Simulation {
  readonly currency: Currency;
  readonly n: number;
  readonly seed: number;
  readonly depreciation: Depreciation;
  readonly valuation: Valuation;
  /** The distribution each input was drawn from (prices in `currency`, dates as day numbers). */
  readonly distributions: Readonly<Record<SimulatedAssumption, Distribution>>;
  /** Where each input's distribution came from: documented, given as a range, held, frozen or set in `distributions`. */
  readonly from: Readonly<Record<SimulatedAssumption, InputUncertainty["from"] | "frozen" | "set">>;
  /** Amortized hardware + energy of the final run, one value per draw. */
  readonly amortized: Float64Array;
  /** The programme: amortized final run × experiments multiplier, one value per draw. */
  readonly programme: Float64Array;
  /** Renting the final run: GPU-hours × rental price, one value per draw (the same GPU-hours as `amortized`). */
  readonly rental: Float64Array;
}

/**
 * Monte Carlo of the amortized (Epoch AI's method), programme and rental views over every
 * uncertain input: each assumption drawn from its own seeded stream, independently, from
 * `uncertaintyOf()` (its documented distribution while it holds its default, the range the user
 * gave, or held at a value the user gave). The categorical choices (depreciation, valuation, FX
 * rate set) stay as chosen: compare them side by side (`estimate().alternatives`).
 * Summarise with `summarize()`, which also gives each percentile's Monte Carlo standard error.
 *
 * `simulate(assumptions(), { n: 100_000, seed: 1 }).amortized`
 *
 * @category Uncertainty
 */
export function simulate(input: Assumptions | AssumptionOverrides = {}, options: SimulateOptions = {}): Simulation {
  knownKeys(options, ["n", "seed", "distributions", "freeze"], "options");
  const { n = 100_000, seed = 0, distributions = {}, freeze = [] } = options;
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  for (const key of Object.keys(distributions)) {
    if (!(simulatedAssumptions as readonly string[]).includes(key)) {
      fail("notOneOf", { name: "distributions", value: key, choices: simulatedAssumptions });
    }
  }
  checkDistributionRules(distributions, a.currency);
  if (!Array.isArray(freeze)) fail("notListOf", { name: "freeze", value: freeze, choices: simulatedAssumptions });
  freeze.forEach((k, i) => {
    if (!(simulatedAssumptions as readonly unknown[]).includes(k))
      fail("notOneOf", { name: `freeze[${i}]`, value: k, choices: simulatedAssumptions });
  });
  checkCount(n);
  checkSeed(seed);
  const { fx } = centralCase(a);
  const chosen = {} as Record<SimulatedAssumption, Distribution>;
  const from = {} as Record<SimulatedAssumption, Simulation["from"][SimulatedAssumption]>;
  for (const name of simulatedAssumptions) {
    const given = distributions[name];
    if (given !== undefined) {
      checkDistribution(given, `distributions.${name}`);
      [chosen[name], from[name]] = [given, "set"];
      continue;
    }
    const u = uncertaintyOf(a, name);
    if (freeze.includes(name)) [chosen[name], from[name]] = [point(u.central * fx[name]), "frozen"];
    else [chosen[name], from[name]] = [scaleDistribution(u.distribution, fx[name]), u.from];
  }
  const draws = simulateCore(chosen, a.depreciation, a.valuation, n, seed);
  return {
    currency: a.currency,
    n,
    seed,
    depreciation: a.depreciation,
    valuation: a.valuation,
    distributions: chosen,
    from,
    ...draws,
  };
}

/** Draws per chunk: the inputs' buffers (15 × 32 KB) stay in cache while the formula runs over them. */
const CHUNK = 4096;

/**
 * The loop: each uncertain input's stream fills a chunk buffer (the same draws, in the same
 * order, as `sampleAll` gives: the samplers consume their streams draw by draw, and log-normal
 * pairs stay aligned because CHUNK is even); a point input is a buffer filled once. The two
 * factors that depend on several inputs (the share of value used per hour; the share of the price
 * left at training start) get buffers of their own, refilled only when an input they use varies.
 * The formula then runs over the chunk.
 */
function simulateCore(
  chosen: Readonly<Record<SimulatedAssumption, Distribution>>,
  method: Depreciation,
  valuation: Valuation,
  n: number,
  seed: number,
) {
  const buffers = {} as Record<SimulatedAssumption, Float64Array>;
  const varying: Array<{ buffer: Float64Array; distribution: Distribution; stream: BitSource }> = [];
  for (const name of simulatedAssumptions) {
    const d = chosen[name];
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
    rentalRate,
    purchaseDate,
    trainingStart,
  } = buffers;
  const varies = (name: SimulatedAssumption) => chosen[name].kind !== "point";
  const pp = method === "price-performance";
  const perHour = new Float64Array(CHUNK);
  const perHourVaries = pp ? varies("priceOomsPerYear") : varies("lifetimeYears");
  const fillPerHour = (m: number) => {
    for (let j = 0; j < m; j++) perHour[j] = depreciationPerHour(method, priceOomsPerYear[j]!, lifetimeYears[j]!);
  };
  const valued = pp && valuation === "training-start";
  const share = new Float64Array(CHUNK).fill(1);
  const shareVaries = valued && (varies("priceOomsPerYear") || varies("purchaseDate") || varies("trainingStart"));
  const fillShare = (m: number) => {
    for (let j = 0; j < m; j++)
      share[j] = valueAtTrainingStart(purchaseDate[j]!, trainingStart[j]!, priceOomsPerYear[j]!);
  };
  fillPerHour(CHUNK);
  if (valued) fillShare(CHUNK);
  const amortized = new Float64Array(n);
  const programme = new Float64Array(n);
  const rental = new Float64Array(n);
  for (let start = 0; start < n; start += CHUNK) {
    const m = Math.min(CHUNK, n - start);
    for (const v of varying)
      fillDistribution(m === CHUNK ? v.buffer : v.buffer.subarray(0, m), v.distribution, v.stream);
    if (perHourVaries) fillPerHour(m);
    if (shareVaries) fillShare(m);
    for (let j = 0; j < m; j++) {
      const hours = gpuHours[j]!;
      const cost = amortizedCostOfHours(
        hours,
        gpuPrice[j]! * share[j]!,
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
      rental[start + j] = hours * rentalRate[j]!;
    }
  }
  return { amortized, programme, rental };
}
