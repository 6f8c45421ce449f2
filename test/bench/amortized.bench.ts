/**
 * 1,000,000 Monte Carlo draws of the amortized capex + energy view (and the programme view on
 * top), through the library's `simulate()`, against a hand-written Float64Array loop computing
 * the same formula over the same draws, side by side. Goal: simulate ≤ 1.5× the loop. Both run
 * the compiled build (dist/), as notebooks do.
 *
 * Inputs with a range (the rest at their defaults, as points): the H800 price ¥4–5M (the
 * article), electricity $0.056–$0.091/kWh, PUE 1.1–1.4, server overhead 1.54–1.69 (their
 * plausible ranges, see src/assumptions/specs.ts), experiments multiplier 2–4 (drawn uniform here
 * so that the hand-written loop stays short).
 */
import { assumptions } from "../../dist/assumptions/assumptions.js";
import { pricesIn } from "../../dist/assumptions/prices-in.js";
import { simulate } from "../../dist/assumptions/simulate.js";
import { depreciationPerHour } from "../../dist/cost/epoch-method.js";
import { range } from "../../dist/range/range.js";
import { sampleAll } from "../../dist/uncertainty/sample.js";
import { uniform } from "../../dist/uncertainty/uniform.js";
import { compare, describe } from "./compare.js";

const N = 1_000_000;
const SEED = 2025;
const GOAL = 1.5;
const RUNS = 7;

const a = assumptions({
  electricityPrice: [0.056, 0.091],
  pue: [1.1, 1.4],
  serverOverhead: [1.54, 1.69],
  experimentsMultiplier: [2, 4],
});
const distributions = { experimentsMultiplier: uniform(range(2, 4)) };

function viaSimulate(): { amortized: Float64Array; programme: Float64Array } {
  return simulate(a, { n: N, seed: SEED, distributions });
}

/**
 * The baseline: the same draws, sampled into one Float64Array per uncertain input with
 * `sampleAll()`, then the formula written out by hand in one loop over them, the fixed inputs as
 * constants.
 */
function byHand(): { amortized: Float64Array; programme: Float64Array } {
  const { gpuPrice, electricityPrice } = pricesIn(a);
  const d = sampleAll(
    {
      gpuPrice: uniform(range(gpuPrice.low, gpuPrice.high)),
      serverOverhead: uniform(a.serverOverhead),
      pue: uniform(a.pue),
      electricityPrice: uniform(range(electricityPrice.low, electricityPrice.high)),
      experimentsMultiplier: distributions.experimentsMultiplier,
    },
    N,
    { seed: SEED },
  );
  const hours = a.gpuHours.low;
  const network = a.interconnectFraction.low;
  const perHour = depreciationPerHour(a.depreciation, a.priceOomsPerYear.low, a.lifetimeYears.low);
  const watts = a.tdpWatts.low * a.serverPowerRatio.low * a.powerFraction.low;
  const {
    gpuPrice: price,
    serverOverhead: overhead,
    pue,
    electricityPrice: kwhPrice,
    experimentsMultiplier: multiplier,
  } = d;
  const amortized = new Float64Array(N);
  const programme = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const capex = hours * ((price[i]! * overhead[i]!) / (1 - network)) * perHour;
    const energy = ((hours * watts * pue[i]!) / 1000) * kwhPrice[i]!;
    amortized[i] = capex + energy;
    programme[i] = (capex + energy) * multiplier[i]!;
  }
  return { amortized, programme };
}

export default async function amortizedBench(): Promise<void> {
  const api = viaSimulate().programme;
  const hand = byHand().programme;
  let maxRelative = 0;
  for (let i = 0; i < N; i++) maxRelative = Math.max(maxRelative, Math.abs(api[i]! - hand[i]!) / hand[i]!);
  console.log(`amortized capex + energy × experiments, ${N.toLocaleString("en")} draws, 5 uncertain inputs`);
  console.log(`  same values by simulate() and by hand: largest relative difference ${maxRelative.toExponential(1)}`);
  const c = await compare(
    { label: "hand-written Float64Array loop", run: byHand },
    { label: "simulate()", run: viaSimulate },
    { runs: RUNS, warmup: 2 },
  );
  console.log(`  ${describe(c, GOAL)}`);
}
