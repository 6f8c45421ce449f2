/**
 * 1,000,000 Monte Carlo draws of the amortized capex + energy view (and the programme view on
 * top), through the library's `simulate()`, against a hand-written Float64Array loop computing
 * the same formula from the same random streams, side by side. Goal: simulate ≤ 1.5× the loop.
 *
 * Inputs with a range (the rest at their defaults, as points): the H800 price ¥4–5M (the
 * article), electricity $0.056–$0.091/kWh, PUE 1.1–1.4, server overhead 1.54–1.69 (their
 * plausible ranges, see src/assumptions/specs.ts), experiments multiplier 2–4 (drawn uniform here
 * so that the hand-written loop stays short).
 */
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { pricesIn } from "../../src/assumptions/prices-in.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { depreciationPerHour } from "../../src/cost/amortized.js";
import { range } from "../../src/range/range.js";
import { streamState, UNIT_32 } from "../../src/uncertainty/stream.js";
import { uniform } from "../../src/uncertainty/uniform.js";
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

/** The same formula in one fused loop; the fixed inputs as constants, the uncertain ones drawn inline. */
function byHand(): { amortized: Float64Array; programme: Float64Array } {
  const { gpuPrice, electricityPrice } = pricesIn(a);
  const stream = (key: string) => xoroshiro128plusFromState(streamState(SEED, key));
  const [gp, ge, gu, go, gm] = ["gpuPrice", "electricityPrice", "pue", "serverOverhead", "experimentsMultiplier"].map(stream);
  const hours = a.gpuHours.low;
  const network = a.interconnectFraction.low;
  const perHour = depreciationPerHour(a.depreciation, a.priceOomsPerYear.low, a.lifetimeYears.low);
  const watts = a.tdpWatts.low * a.serverPowerRatio.low * a.powerFraction.low;
  const span = (lo: number, hi: number) => [lo, hi - lo] as const;
  const [p0, pw] = span(gpuPrice.low, gpuPrice.high);
  const [e0, ew] = span(electricityPrice.low, electricityPrice.high);
  const [u0, uw] = span(a.pue.low, a.pue.high);
  const [o0, ow] = span(a.serverOverhead.low, a.serverOverhead.high);
  const amortized = new Float64Array(N);
  const programme = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const price = p0 + pw * ((gp!.next() >>> 0) * UNIT_32);
    const kwhPrice = e0 + ew * ((ge!.next() >>> 0) * UNIT_32);
    const pue = u0 + uw * ((gu!.next() >>> 0) * UNIT_32);
    const overhead = o0 + ow * ((go!.next() >>> 0) * UNIT_32);
    const multiplier = 2 + 2 * ((gm!.next() >>> 0) * UNIT_32);
    const capex = hours * ((price * overhead) / (1 - network)) * perHour;
    const energy = ((hours * watts * pue) / 1000) * kwhPrice;
    amortized[i] = capex + energy;
    programme[i] = (capex + energy) * multiplier;
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
