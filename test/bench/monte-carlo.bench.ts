/**
 * Monte Carlo sampling: the library's API against a hand-written Float64Array loop computing
 * the same formula from the same random streams. Goal: API ≤ 1.5× the hand-written loop.
 *
 * Cases:
 *   1. cost = price × hours × factor, 1,000,000 draws (lognormal × triangular × uniform)
 *   (the amortized-cost case is to follow)
 * Then, for the design notes: draws per second of the candidate uniform sources, and
 * d3-random's log-normal against ours on the same source (why fillLognormal is written out).
 */
import { randomLcg, randomLogNormal } from "d3-random";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { range } from "../../src/range/range.js";
import { fillLognormal, lognormal90, lognormalParams } from "../../src/uncertainty/lognormal.js";
import { sampleAll } from "../../src/uncertainty/sample.js";
import { randomStream, streamState, UNIT_32 } from "../../src/uncertainty/stream.js";
import { triangular } from "../../src/uncertainty/triangular.js";
import { uniform } from "../../src/uncertainty/uniform.js";
import { compare, describe } from "./compare.js";

const N = 1_000_000;
const SEED = 2025;
const GOAL = 1.5;
const RUNS = 9;

// Case 1 inputs: a rental price in $/GPU-hour, GPU-hours of the run, an overhead factor.
const inputs = {
  price: lognormal90(range(1.5, 2.5)),
  hours: triangular(2.0e6, 2.5e6, 3.5e6),
  factor: uniform(range(1.0, 1.3)),
};

/** Through the API: one Float64Array per input, then the formula over them. */
function costViaApi(): Float64Array {
  const { price, hours, factor } = sampleAll(inputs, N, { seed: SEED });
  const cost = new Float64Array(N);
  for (let i = 0; i < N; i++) cost[i] = price[i]! * hours[i]! * factor[i]!;
  return cost;
}

/**
 * By hand: one fused loop, the same three generators (same seeds) and the same transforms
 * written inline, no intermediate arrays. It must give exactly the API's draws.
 */
function costByHand(): Float64Array {
  const gp = xoroshiro128plusFromState(streamState(SEED, "price"));
  const gh = xoroshiro128plusFromState(streamState(SEED, "hours"));
  const gf = xoroshiro128plusFromState(streamState(SEED, "factor"));
  const { mu, sigma } = lognormalParams(inputs.price);
  const { low: a, mode: c, high: b } = inputs.hours;
  const atMode = (c - a) / (b - a);
  const left = (b - a) * (c - a);
  const right = (b - a) * (b - c);
  const { low: fLow, high: fHigh } = inputs.factor;
  const cost = new Float64Array(N);
  let spare = 0;
  for (let i = 0; i < N; i++) {
    let price: number;
    if (i % 2 === 1) price = spare;
    else {
      let x: number, y: number, s: number;
      do {
        x = 2 * ((gp.next() >>> 0) * UNIT_32) - 1;
        y = 2 * ((gp.next() >>> 0) * UNIT_32) - 1;
        s = x * x + y * y;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      price = Math.exp(mu + sigma * y * f);
      spare = Math.exp(mu + sigma * x * f);
    }
    const u = (gh.next() >>> 0) * UNIT_32;
    const hours = u < atMode ? a + Math.sqrt(u * left) : b - Math.sqrt((1 - u) * right);
    const factor = fLow + (fHigh - fLow) * ((gf.next() >>> 0) * UNIT_32);
    cost[i] = price * hours * factor;
  }
  return cost;
}

/** Median time of `runs` calls of `fill`, as million draws per second. */
function drawsPerSecond(fill: (out: Float64Array) => void, runs = RUNS): number {
  const out = new Float64Array(N);
  fill(out);
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fill(out);
    ms.push(performance.now() - start);
  }
  ms.sort((x, y) => x - y);
  return N / ms[runs >> 1]! / 1000;
}

export default async function monteCarloBench(): Promise<void> {
  // 1. price × hours × factor
  const api = costViaApi();
  const hand = costByHand();
  const same = api.length === hand.length && api.every((x, i) => x === hand[i]);
  console.log(
    `case 1: cost = price × hours × factor, ${N.toLocaleString("en")} draws (lognormal × triangular × uniform)`,
  );
  console.log(`  same draws by API and by hand: ${same ? "yes" : "NO"}`);
  const c = await compare(
    { label: "hand-written Float64Array loop", run: costByHand },
    { label: "sampleAll + formula loop", run: costViaApi },
    { runs: RUNS, warmup: 2 },
  );
  console.log(`  ${describe(c, GOAL)}`);

  // Uniform sources, for the design notes (M draws/s, median of 9).
  console.log(`uniform sources, ${N.toLocaleString("en")} draws in [0, 1):`);
  const lcg = randomLcg(0.5);
  const xoro = randomStream(SEED, "");
  const sources: [string, (out: Float64Array) => void][] = [
    [
      "d3-random randomLcg (32-bit LCG, period 2^32)",
      (o) => {
        for (let i = 0; i < N; i++) o[i] = lcg();
      },
    ],
    [
      "pure-rand xoroshiro128+ next() × 2^-32, as the samplers draw",
      (o) => {
        for (let i = 0; i < N; i++) o[i] = (xoro.next() >>> 0) * UNIT_32;
      },
    ],
    [
      "Math.random (unseeded, for reference)",
      (o) => {
        for (let i = 0; i < N; i++) o[i] = Math.random();
      },
    ],
  ];
  for (const [label, fill] of sources) console.log(`  ${label}: ${drawsPerSecond(fill).toFixed(0)} M/s`);

  // d3-random's log-normal against fillLognormal, both on xoroshiro128+ draws.
  const { mu, sigma } = lognormalParams(inputs.price);
  const d3Source = randomStream(SEED, "d3");
  const d3LogNormal = randomLogNormal.source(() => (d3Source.next() >>> 0) * UNIT_32)(mu, sigma);
  const ours = randomStream(SEED, "ours");
  const l = await compare(
    { label: "fillLognormal", run: () => fillLognormal(new Float64Array(N), inputs.price, ours) },
    {
      label: "d3-random randomLogNormal",
      run: () => {
        const o = new Float64Array(N);
        for (let i = 0; i < N; i++) o[i] = d3LogNormal();
      },
    },
    { runs: RUNS, warmup: 1 },
  );
  console.log(`log-normal, ${N.toLocaleString("en")} draws on the same generator: ${describe(l)}`);
}
