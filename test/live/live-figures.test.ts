import assert from "node:assert/strict";
import { breakEvenText } from "../../src/analysis/break-even/break-even-text.js";
import { claimOf } from "../../src/analysis/findings/claim.js";
import { costLadder } from "../../src/analysis/findings/cost-ladder.js";
import { findings } from "../../src/analysis/findings/findings.js";
import { headlineDraws } from "../../src/analysis/headline/headline-draws.js";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { breakEvenChart } from "../../src/charts/break-even-chart.js";
import { costComparisonChart } from "../../src/charts/cost-comparison.js";
import { costLadderChart } from "../../src/charts/cost-ladder-chart.js";
import { monteCarloChart } from "../../src/charts/monte-carlo-chart.js";
import { tornadoChart } from "../../src/charts/tornado.js";
import { loadFleetAndStaff } from "../../src/data/load-fleet-and-staff.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { drawnFigures, liveFigures } from "../../src/live/live-figures.js";
import { LIVE_MONTE_CARLO, monteCarloFigures } from "../../src/live/monte-carlo-figures.js";

describe("live/live-figures", () => {
  it("liveFigures makes the notebooks' calls: estimate, the comparison, the programme's tornado (at 2–4), the break-even", () => {
    const a = assumptions({ gpuCount: 2048, gpuPrice: "300万～500万日元" });
    const f = liveFigures(a);
    const e = estimate(a);
    assert.deepEqual(f.estimate, e);
    assert.deepEqual(f.claim, claimOf(e));
    assert.equal(f.breakEvenText, breakEvenText(e.breakEven));
    assert.deepEqual(f.charts, {
      comparison: costComparisonChart(e),
      tornado: tornadoChart(sensitivity(withExperiments(a), { view: "programme" })),
      breakEven: breakEvenChart(e.breakEven),
    });
  });

  it("drawnFigures quotes the draws: the headline's medians, the findings, the ladder's dots", () => {
    const a = assumptions({ gpuCount: 2048 });
    const f = liveFigures(a);
    const draws = headlineDraws(simulate(withExperiments(a), { n: 2000, seed: 3 }), f.estimate.reported!.low);
    assert.deepEqual(drawnFigures(f, draws), {
      headline: headlineRows(f.estimate, draws),
      findings: findings(f.estimate, f.claim, { draws, runs: loadTrainingRuns() }),
      ladder: costLadderChart(costLadder(f.estimate, f.claim, { figures: loadFleetAndStaff(), draws })),
    });
  });

  it("monteCarloFigures is notebook 03's simulation: 100,000 draws from seed 1, the programme at 2–4 when the run counts 1", () => {
    assert.deepEqual(LIVE_MONTE_CARLO, { n: 100_000, seed: 1 });
    const a = assumptions();
    const sim = simulate(withExperiments(a), { n: 2000, seed: 3 });
    const reported = estimate(a).reported!.low;
    assert.deepEqual(monteCarloFigures(a, { n: 2000, seed: 3 }), {
      specs: {
        amortized: monteCarloChart(sim, { view: "amortized", reference: reported }),
        programme: monteCarloChart(sim, { view: "programme", reference: reported }),
      },
      draws: headlineDraws(sim, reported),
    });
  });
});
