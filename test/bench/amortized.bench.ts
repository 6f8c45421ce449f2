/**
 * 1,000,000 Monte Carlo draws of the amortized capex + energy view, the programme and the rental
 * view, with every input uncertain, through the library's `simulate()`, against a hand-written
 * Float64Array loop computing the same formulas over the same draws, side by side. Goal:
 * simulate ≤ 1.2× the loop. Both run the compiled build (dist/), as notebooks do.
 *
 * Inputs: every one of the 15 simulate() draws, each from its documented uncertainty (triangular
 * or uniform), the two held by default given ranges here (TDP 600–700 W, uniform; experiments
 * multiplier 2–4, log-normal), and the hardware valued at training start, so that the share of
 * value left (10^(−rate × years)) is drawn too.
 */
import "../../dist/index.js"; // the package entry point installs data/ as the source of the data files
import { assumptions } from "../../dist/assumptions/assumptions.js";
import { simulate, simulatedAssumptions } from "../../dist/assumptions/simulate.js";
import { sampleAll } from "../../dist/uncertainty/sample.js";
import { compare, describe } from "./compare.js";

const N = 1_000_000;
const SEED = 2025;
const GOAL = 1.2;
const RUNS = 9;

const a = assumptions({ valuation: "training-start", tdpWatts: [600, 700], experimentsMultiplier: [2, 4] });
const distributions = simulate(a, { n: 2, seed: SEED }).distributions;

type Views = { amortized: Float64Array; programme: Float64Array; rental: Float64Array };

function viaSimulate(): Views {
  return simulate(a, { n: N, seed: SEED });
}

/**
 * The baseline: the same draws, sampled into one Float64Array per input with `sampleAll()`, then
 * the formulas written out by hand in one loop over them.
 */
function byHand(): Views {
  const d = sampleAll(distributions, N, { seed: SEED });
  const { gpuHours, gpuPrice, serverOverhead, interconnectFraction, priceOomsPerYear, tdpWatts, serverPowerRatio } = d;
  const { powerFraction, pue, electricityPrice, experimentsMultiplier, rentalRate, purchaseDate, trainingStart } = d;
  const amortized = new Float64Array(N);
  const programme = new Float64Array(N);
  const rental = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const hours = gpuHours[i]!;
    const rate = priceOomsPerYear[i]!;
    const years = Math.max(0, trainingStart[i]! - purchaseDate[i]!) / 365.25;
    const value = gpuPrice[i]! * Math.pow(10, -rate * years);
    const capex = hours * ((value * serverOverhead[i]!) / (1 - interconnectFraction[i]!)) * ((rate * Math.LN10) / 8766);
    const kwh = (hours * tdpWatts[i]! * serverPowerRatio[i]! * powerFraction[i]! * pue[i]!) / 1000;
    const cost = capex + kwh * electricityPrice[i]!;
    amortized[i] = cost;
    programme[i] = cost * experimentsMultiplier[i]!;
    rental[i] = hours * rentalRate[i]!;
  }
  return { amortized, programme, rental };
}

export default async function amortizedBench(): Promise<void> {
  const drawn = simulatedAssumptions.filter((k) => distributions[k].kind !== "point");
  const [api, hand] = [viaSimulate(), byHand()];
  let maxRelative = 0;
  for (const view of ["amortized", "programme", "rental"] as const)
    for (let i = 0; i < N; i++)
      maxRelative = Math.max(maxRelative, Math.abs(api[view][i]! - hand[view][i]!) / hand[view][i]!);
  console.log(
    `amortized + programme + rental, ${N.toLocaleString("en")} draws, ${drawn.length} of ${simulatedAssumptions.length} inputs uncertain`,
  );
  console.log(`  same values by simulate() and by hand: largest relative difference ${maxRelative.toExponential(1)}`);
  const c = await compare(
    { label: "hand-written Float64Array loop", run: byHand },
    { label: "simulate()", run: viaSimulate },
    { runs: RUNS, warmup: 2 },
  );
  console.log(`  ${describe(c, GOAL)}`);
}
