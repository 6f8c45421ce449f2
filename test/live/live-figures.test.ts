import assert from "node:assert/strict";
import { breakEvenText } from "../../src/analysis/break-even/break-even-text.js";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { breakEvenChart } from "../../src/charts/break-even-chart.js";
import { costComparisonChart } from "../../src/charts/cost-comparison.js";
import { monteCarloChart } from "../../src/charts/monte-carlo-chart.js";
import { tornadoChart } from "../../src/charts/tornado.js";
import { liveFigures } from "../../src/live/live-figures.js";
import { LIVE_MONTE_CARLO, monteCarloFigures } from "../../src/live/monte-carlo-figures.js";

describe("live/live-figures", () => {
  it("liveFigures makes the notebooks' calls: estimate, headlineRows, the comparison, the programme's tornado, the break-even", () => {
    const a = assumptions({ gpuCount: 2048, gpuPrice: "300万～500万日元" });
    const f = liveFigures(a);
    const e = estimate(a);
    assert.deepEqual(f.estimate, e);
    assert.deepEqual(f.headline, headlineRows(e));
    assert.equal(f.breakEvenText, breakEvenText(e.breakEven));
    assert.deepEqual(f.charts, {
      comparison: costComparisonChart(e),
      tornado: tornadoChart(sensitivity(a, { view: "programme" })),
      breakEven: breakEvenChart(e.breakEven),
    });
  });

  it("monteCarloFigures is notebook 03's simulation: 100,000 draws from seed 1, amortized and programme", () => {
    assert.deepEqual(LIVE_MONTE_CARLO, { n: 100_000, seed: 1 });
    const a = assumptions({ experimentsMultiplier: [2, 4] });
    const sim = simulate(a, { n: 2000, seed: 3 });
    assert.deepEqual(monteCarloFigures(a, { n: 2000, seed: 3 }), {
      amortized: monteCarloChart(sim, { view: "amortized" }),
      programme: monteCarloChart(sim, { view: "programme" }),
    });
  });
});
