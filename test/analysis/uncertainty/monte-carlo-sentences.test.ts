import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { simulate } from "../../../src/assumptions/simulate.js";
import { intervalContributions, monteCarloSentences } from "../../../src/analysis/uncertainty/monte-carlo-sentences.js";
import { interval90, summarize } from "../../../src/uncertainty/summary.js";

describe("analysis/uncertainty/monte-carlo-sentences", () => {
  it("intervalContributions: each drawn input's interval alone, largest first, shares of the squared widths summing to 1", () => {
    const c = intervalContributions(assumptions(), { n: 5000, seed: 2 });
    for (let i = 1; i < c.length; i++) assert.ok(c[i - 1]!.widthAlone >= c[i]!.widthAlone);
    assert.ok(Math.abs(c.reduce((t, x) => t + x.share, 0) - 1) < 1e-12);
    // the depreciation rate (0.096–0.195 around 0.14) spreads the amortized cost most
    assert.equal(c[0]!.assumption, "priceOomsPerYear");
    // the rental price and the dates do not enter the amortized view at the defaults: they are left out
    assert.ok(!c.some((x) => x.assumption === "rentalRate" || x.assumption === "purchaseDate"));
    // and the GPU price alone spans its own uniform ¥4–5M: its width is 90% of the cost's spread across that range
    const price = c.find((x) => x.assumption === "gpuPrice")!;
    const alone = interval90(
      simulate(assumptions(), {
        n: 5000,
        seed: 2,
        freeze: [
          "gpuHours",
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
        ],
      }).amortized,
    )!;
    assert.equal(price.widthAlone, alone.high - alone.low);
  });

  it("monteCarloSentences states the interval, its standard errors, the share below the reported figure and what makes it wide", () => {
    const sim = simulate({}, { n: 4000, seed: 1 });
    const s = summarize(sim.amortized)!;
    const lines = monteCarloSentences(sim, {
      reported: 5_576_000,
      contributions: intervalContributions(assumptions(), { n: 2000 }),
    });
    assert.match(
      lines[0]!,
      /^The amortized cost's 90% interval is \$\d\.\d\dM–\$\d\.\d\dM, median \$\d\.\d\dM, from 4,000 draws of 13 inputs \(held: tdpWatts, experimentsMultiplier\)\. /,
    );
    assert.ok(lines[0]!.includes(`$${(s.p05 / 1e6).toFixed(2)}M`));
    assert.match(lines[1]!, /^\d+\.\d% of the draws are below the reported \$5\.58M\.$/);
    assert.match(lines[2]!, /^The interval is \$\d\.\d+M wide\. Drawn alone, priceOomsPerYear would spread it over /);
  });
});
