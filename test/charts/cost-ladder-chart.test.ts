import assert from "node:assert/strict";
import { claimOf } from "../../src/analysis/findings/claim.js";
import { costLadder } from "../../src/analysis/findings/cost-ladder.js";
import { costLadderChart } from "../../src/charts/cost-ladder-chart.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { loadFleetAndStaff } from "../../src/data/load-fleet-and-staff.js";
import { matchSnapshot } from "./snapshot.js";

describe("charts/cost-ladder-chart", () => {
  const e = estimate();
  const draws = {
    amortized: { p05: 4.97e6, p50: 6.52e6, p95: 8.39e6 },
    programme: { p05: 1.19e7, p50: 1.84e7, p95: 2.82e7 },
  };

  it("costLadderChart(costLadder(…)) matches its snapshot", () => {
    matchSnapshot("cost-ladder", costLadderChart(costLadder(e, claimOf(e), { figures: loadFleetAndStaff(), draws })));
  });

  it("costLadderChart puts each step's source and the steps left out inside the chart", () => {
    const spec = costLadderChart(costLadder(e, claimOf(e), { figures: [] })) as {
      title: { subtitle: string[] };
      layer: Array<{ encoding?: { text?: { field: string } } }>;
    };
    assert.ok(spec.title.subtitle.some((line) => line.startsWith("Left out, for want of data for this claim:")));
    assert.ok(spec.layer.some((l) => l.encoding?.text?.field === "source"));
  });

  it("costLadderChart ticks its log axis at powers of ten and ends it near the data", () => {
    const spec = costLadderChart(costLadder(e, claimOf(e), { figures: loadFleetAndStaff() })) as {
      layer: Array<{ encoding?: { x?: { scale?: { domain: number[] }; axis?: { values: number[] } } } }>;
    };
    const x = spec.layer[0]!.encoding!.x!;
    // $5.576M ÷ 1.25 = $4.46M, down to a round $3M; $1.6B × 1.25 = $2B, round already
    assert.deepEqual(x.scale!.domain, [3e6, 2e9]);
    assert.deepEqual(x.axis!.values, [1e7, 1e8, 1e9]);
  });

  it("costLadderChart refuses what is not a ladder", () => {
    assert.throws(() => costLadderChart({ rows: [], omitted: [], note: "" }), {
      message:
        'invalid ladder: {"rows":[],"omitted":[],"note":""} (expected a cost ladder with at least one row, from costLadder())',
    });
  });
});
