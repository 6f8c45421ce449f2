import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptionLimits, ruleOf } from "../../src/assumptions/limits.js";
import { assumptionSpecs, type AssumptionName } from "../../src/assumptions/specs.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { gpuSpec } from "../../src/gpu/catalog.js";
import { throwsText } from "../throws-text.js";

/** Every number in `value`, with its path. */
function numbers(value: unknown, path = "estimate"): Array<[string, number]> {
  if (typeof value === "number") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}

describe("assumptions/limits", () => {
  it("each bound's reason holds: the ratios it states, from the figures it names", () => {
    // 10,000,000 GPUs ÷ 16,000 H100s (Llama 3.1 405B, the Llama 3 Herd paper) = 625
    assert.equal(10_000_000 / 16_000, 625);
    // prices: $25,000 ÷ 250 = $100; $40,000 × 250 = $10,000,000 (an H100's price range, P1 in the facts)
    assert.equal(25_000 / 250, assumptionLimits.gpuPrice?.atLeast?.value);
    assert.equal(40_000 * 250, assumptionLimits.gpuPrice?.atMost?.value);
    assert.deepEqual(assumptionLimits.h100Price, assumptionLimits.gpuPrice);
    // 10,000,000,000 GPU-hours ÷ Llama 3.1 405B's 30,840,000 = 324: "over 300 times"
    const llama = loadTrainingRuns()
      .objects()
      .find((r) => (r as { id: string }).id === "llama-3.1-405b") as { gpu_hours: number };
    assert.equal(llama.gpu_hours, 30_840_000);
    assert.ok(1e10 / llama.gpu_hours > 300 && 1e10 / llama.gpu_hours < 325);
    // rental: $2 ÷ 200 = $0.01; $8 × 125 = $1,000
    assert.equal(2 / 200, assumptionLimits.rentalRate?.atLeast?.value);
    assert.equal(8 * 125, assumptionLimits.rentalRate?.atMost?.value);
    const most = (name: AssumptionName) => assumptionLimits[name]?.atMost?.value as number;
    const least = (name: AssumptionName) => assumptionLimits[name]?.atLeast?.value as number;
    // TDP: 10,000 W ÷ the H100's 700 W = 14.3: "over 14 times"
    assert.equal(gpuSpec("H100").tdpW, 700);
    assert.equal(Math.floor(most("tdpWatts") / 700), 14);
    // server power 10 ÷ 1.82 = 5.5; PUE 5 ÷ 1.25 = 4; electricity $10 ÷ $0.0806 = 124; server overhead 10 ÷ 1.64 = 6.1
    assert.equal(Math.floor(most("serverPowerRatio") / 1.82), 5);
    assert.equal(most("pue") / 1.25, 4);
    assert.equal(Math.floor(most("electricityPrice") / 0.0806), 124);
    assert.equal(Math.floor(most("serverOverhead") / 1.64), 6);
    // 2 orders of magnitude a year = a hundredfold; 2 ÷ 0.14 = 14.3
    assert.equal(10 ** most("priceOomsPerYear"), 100);
    assert.equal(Math.floor(most("priceOomsPerYear") / 0.14), 14);
    // lifetime: 0.1 years = 36.5 days; DeepSeek-V3's run: 2,788,000 ÷ 2,048 ÷ 24 = 56.7 days
    assert.equal(least("lifetimeYears") * 365, 36.5);
    assert.equal(Math.round(2_788_000 / 2_048 / 24), 57);
    // 20 years ÷ 6 = 3.3; interconnect 0.5 ÷ 0.19 = 2.6; experiments 1,000 ÷ 4 = 250
    assert.equal(Math.floor(most("lifetimeYears") / 6), 3);
    assert.equal(Math.floor((most("interconnectFraction") / 0.19) * 10), 26);
    assert.equal(most("experimentsMultiplier") / 4, 250);
    // speed: the H20's 148 ÷ 989.5 BF16 TFLOPS = 0.15, 15 times 0.01; no GPU faster than the H100
    assert.equal(gpuSpec("H20").bf16Tflops, 148);
    assert.equal(gpuSpec("H100").bf16Tflops, 989.5);
    assert.equal(Math.round(148 / 989.5 / least("speedRatio")), 15);
    // utilization: 0.01 × 8,766 h = 88 hours a year
    assert.equal(Math.round(least("utilization") * 8_766), 88);
  });

  it("every bound is a number the assumption's own rule allows, and its defaults lie within the bounds", () => {
    for (const name of Object.keys(assumptionLimits) as AssumptionName[]) {
      const rule = ruleOf(name);
      assert.ok(rule?.limits, name);
      const { atLeast, atMost } = rule.limits;
      if (atLeast && atMost) assert.ok(atLeast.value < atMost.value, name);
    }
    assumptions(); // the defaults pass
    assert.equal(ruleOf("gpu"), undefined);
    assert.equal(ruleOf("pue")?.min, assumptionSpecs.pue.kind.rule.min);
  });

  describe("a value past a bound is refused with the bound, its unit and why", () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { gpuCount: 1e22 },
        "invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: 625 times the 16,000 H100s Llama 3.1 405B trained on, per the Llama 3 Herd paper)",
      ],
      [
        { gpuCount: "2000万块" },
        'invalid gpuCount: "2000万块" (expected at most 10,000,000 GPUs: 625 times the 16,000 H100s Llama 3.1 405B trained on, per the Llama 3 Herd paper)',
      ],
      [
        { gpuPrice: 1e300 },
        "invalid gpuPrice: 1e+300 (expected at most 10,000,000 USD per GPU: 250 times the $40,000 an H100 sells for at most, per aiwiki.ai)",
      ],
      [
        { gpuPrice: "1000亿日元" },
        'invalid gpuPrice: "1000亿日元" (expected at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: 250 times the $40,000 an H100 sells for at most, per aiwiki.ai)',
      ],
      [
        { gpuPrice: "400日元" },
        'invalid gpuPrice: "400日元" (expected at least 15,000 JPY per GPU, 100 USD at a round 150 JPY to the dollar: 250 times below the $25,000 an H100 sells for at least, per Raymond James in 2023)',
      ],
      [
        { h100Price: { low: 50, high: 30_000, currency: "EUR" } },
        'invalid h100Price: {"low":50,"high":30000,"currency":"EUR"} (expected at least 100 EUR per GPU, 100 USD at a round 1 EUR to the dollar: 250 times below the $25,000 an H100 sells for at least, per Raymond James in 2023)',
      ],
      [
        { gpuHours: 1e300 },
        "invalid gpuHours: 1e+300 (expected at most 10,000,000,000 GPU-hours: over 300 times Llama 3.1 405B's 30.84M H100-hours in data/training-runs.csv)",
      ],
      [
        { rentalRate: 0.001 },
        "invalid rentalRate: 0.001 (expected at least 0.01 USD per GPU-hour: 200 times below the $2 DeepSeek-V3's report assumes)",
      ],
      [
        { rentalRate: "1万元" },
        'invalid rentalRate: "1万元" (expected at most 7,000 CNY per GPU-hour, 1,000 USD at a round 7 CNY to the dollar: 125 times the $8 an H100-hour cost at its 2023 peak, per Latent Space)',
      ],
      [
        { tdpWatts: 70_000 },
        "invalid tdpWatts: 70000 (expected at most 10,000 W: over 14 times the H100 SXM's 700 W in data/gpus.csv)",
      ],
      [
        { serverPowerRatio: 18.2 },
        "invalid serverPowerRatio: 18.2 (expected at most 10: over 5 times a DGX H100's 1.82 in Epoch AI's energy.py)",
      ],
      [
        { pue: 12.5 },
        "invalid pue: 12.5 (expected at most 5: 4 times the 1.25 Epoch AI's energy.py gives a data centre outside the hyperscalers)",
      ],
      [
        { electricityPrice: { low: 0.08, high: 80, currency: "USD" } },
        'invalid electricityPrice: {"low":0.08,"high":80,"currency":"USD"} (expected at most 10 USD per kWh: over 100 times the 2023 US industrial average of $0.0806, from the EIA via Epoch AI\'s energy.py)',
      ],
      [
        { priceOomsPerYear: 14 },
        "invalid priceOomsPerYear: 14 (expected at most 2 orders of magnitude a year: a hundredfold fall in value each year, over 14 times Epoch AI's 0.14)",
      ],
      [
        { lifetimeYears: 0.05 },
        "invalid lifetimeYears: 0.05 (expected at least 0.1 years: 36.5 days, shorter than DeepSeek-V3's final run: 2,788,000 GPU-hours on 2,048 GPUs, about 57 days)",
      ],
      [
        { lifetimeYears: [5, 50] },
        "invalid lifetimeYears: [5,50] (expected at most 20 years: over 3 times the 6-year server lives of Google and Microsoft, per Epoch AI's hardware.py)",
      ],
      [
        { interconnectFraction: 0.9 },
        "invalid interconnectFraction: 0.9 (expected at most 0.5: the network as dear as the GPUs and servers together, over 2.5 times Epoch AI's 0.19)",
      ],
      [
        { serverOverhead: 16.4 },
        "invalid serverOverhead: 16.4 (expected at most 10: over 6 times Epoch AI's average of 1.64)",
      ],
      [
        { speedRatio: 1e-300 },
        "invalid speedRatio: 1e-300 (expected at least 0.01: a hundredth of an H100, 15 times slower than the slowest GPU in data/gpus.csv, the H20 at 148 of 989.5 BF16 TFLOPS)",
      ],
      [
        { speedRatio: 20 },
        "invalid speedRatio: 20 (expected at most 10: ten times an H100; no GPU in data/gpus.csv is faster than it)",
      ],
      [
        { experimentsMultiplier: "数千" },
        'invalid experimentsMultiplier: "数千" (expected a number ≥ 1, or a range of them as [low, high] or {"low": …, "high": …})',
      ],
      [
        { experimentsMultiplier: [2, 4000] },
        "invalid experimentsMultiplier: [2,4000] (expected at most 1,000: 250 times the top of Lambert's 2–4 in Interconnects, 2025-01-09)",
      ],
      [
        { utilization: "0.1%" },
        'invalid utilization: "0.1%" (expected at least 0.01: 88 hours a year: a GPU idle 99% of the time is not a training fleet)',
      ],
    ];
    for (const [overrides, message] of cases) {
      it(JSON.stringify(overrides), () => throwsText(() => assumptions(overrides), message));
    }

    it("the bounds themselves are accepted", () => {
      assumptions({ gpuCount: 10_000_000, gpuPrice: [100, 10_000_000], gpuHours: 1e10, speedRatio: [0.01, 10] });
      assumptions({ gpuPrice: "15亿日元", lifetimeYears: [0.1, 20], utilization: 0.01, interconnectFraction: 0.5 });
    });
  });

  it("estimate() at every upper bound, in yen, gives finite figures below 10^21 (Intl writes at most 21 digits)", () => {
    const top = {
      gpuCount: 10_000_000,
      gpuPrice: { low: 1.5e9, high: 1.5e9, currency: "JPY" },
      h100Price: { low: 15_000, high: 15_000, currency: "JPY" },
      gpuHours: 1e10,
      rentalRate: 1_000,
      tdpWatts: 10_000,
      serverPowerRatio: 10,
      pue: 5,
      electricityPrice: 10,
      depreciation: "straight-line",
      lifetimeYears: 0.1,
      interconnectFraction: 0.5,
      serverOverhead: 10,
      speedRatio: 0.01,
      experimentsMultiplier: 1_000,
      utilization: 0.01,
      currency: "JPY",
    };
    const e = estimate(top);
    for (const [path, x] of numbers(e)) assert.ok(Number.isFinite(x) && Math.abs(x) < 1e21, `${path} = ${x}`);
    // the largest, the programme: 1,000 × (hardware + energy)
    // hardware: 1e10 h × (¥1.5e9 × 10 ÷ (1 − 0.5)) ÷ (0.1 yr × 8,766 h) = 3.422e17
    // energy: 1e10 h × 10,000 W × 10 × 0.75 × 5 ÷ 1,000 = 3.75e12 kWh × ($10 × ¥151.65) = 5.687e15
    const hardware = (1e10 * ((1.5e9 * 10) / 0.5)) / (0.1 * 8_766);
    const energy = ((1e10 * 10_000 * 10 * 0.75 * 5) / 1_000) * (10 * 151.65);
    assert.ok(Math.abs(e.programme.high / (1_000 * (hardware + energy)) - 1) < 1e-12);
    assert.ok(e.programme.high > 3.4e20 && e.programme.high < 3.5e20);
  });
});
