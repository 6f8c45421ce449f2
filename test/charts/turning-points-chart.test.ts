import assert from "node:assert/strict";
import { defaultTurningPoints as t } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { turningPointsChart } from "../../src/charts/turning-points-chart.js";
import { turningPointRows } from "../../src/analysis/uncertainty/turning-point-rows.js";

type Spec = {
  data: { values: { assumption: string; shownAt: number; pinned: boolean; valueAt: number }[] };
  title: { text: string };
};

describe("charts/turning-points-chart", () => {
  it("turningPointsChart(turningPoints()) matches its snapshots, against the reported figure and against renting", () => {
    matchSnapshot("turning-points-reported", turningPointsChart(t));
    matchSnapshot("turning-points-rental", turningPointsChart(t, { target: "rental" }));
  });

  it("draws one row per quantitative assumption with a turning value, pinning those far beyond their range at the edge", () => {
    const spec = turningPointsChart(t, { target: "rental" }) as unknown as Spec;
    const expected = turningPointRows(t, "rental").filter((r) => r.kind === "range" && r.valueAt !== null);
    assert.deepEqual(
      spec.data.values.map((r) => r.assumption),
      expected.map((r) => r.assumption),
    );
    // the PUE would have to be 17: far beyond 1.1–1.4, drawn at the right edge (1 + 0.35)
    const pue = spec.data.values.find((r) => r.assumption === "pue")!;
    assert.deepEqual([pue.pinned, pue.shownAt], [true, 1.35]);
    assert.equal(
      spec.title.text,
      "Where owning (the amortized cost) meets renting the same GPU-hours, one assumption at a time",
    );
  });

  it("turningPointsChart checks its target", () => {
    assert.throws(() => turningPointsChart(t, { target: "purchase" as never }), {
      message: 'invalid target: "purchase" (expected one of reported, rental)',
    });
  });
});
