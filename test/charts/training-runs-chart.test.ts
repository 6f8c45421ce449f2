import assert from "node:assert/strict";
import { defaultRunCosts as costs } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { seriesNames } from "../../src/format/series.js";
import { trainingRunsChart } from "../../src/charts/training-runs-chart.js";

type Spec = { vconcat: { data: { values: Record<string, unknown>[] } }[] };

describe("charts/training-runs-chart", () => {
  it("trainingRunsChart(runCosts(…)) matches its snapshot", () => {
    matchSnapshot("training-runs", trainingRunsChart(costs));
  });

  it("trainingRunsChart plots each run's GPU-hours once, and every cost with its basis", () => {
    const spec = trainingRunsChart(costs) as unknown as Spec;
    const [hours, points] = [spec.vconcat[0]!.data.values, spec.vconcat[1]!.data.values];
    const withHours = [...new Set(costs.filter((c) => c.gpuHours !== null).map((c) => c.id))];
    assert.equal(hours.length, withHours.length);
    assert.deepEqual(
      points.map((p) => [p.low, p.high, p.series]),
      costs.map((c) => [c.costUsdLow, c.costUsdHigh, seriesNames[c.key]]),
    );
    assert.ok(points.every((p) => typeof p.basis === "string" && typeof p.source === "string"));
  });

  it("trainingRunsChart checks its input", () => {
    assert.throws(() => trainingRunsChart([]), {
      message: "invalid costs: [] (expected a non-empty list of run costs, from runCosts())",
    });
  });
});
