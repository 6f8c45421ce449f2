import assert from "node:assert/strict";
import { frontierFit, v3Distance, v3Reported } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { frontierTrendChart } from "../../src/charts/frontier-trend-chart.js";
import { palette } from "../../src/charts/palette.js";

type Layer = { data: { values: Record<string, unknown>[] }; mark: { type: string; color?: string } };

describe("charts/frontier-trend-chart", () => {
  it("frontierTrendChart(fit, { marked, reported }) matches its snapshot", () => {
    matchSnapshot("frontier-trend", frontierTrendChart(frontierFit, { marked: [v3Distance], reported: v3Reported }));
  });

  it("plots every costed model with its source, the trend band, V3's range in the amortized colour and the reported figure", () => {
    const spec = frontierTrendChart(frontierFit, { marked: [v3Distance], reported: v3Reported }) as unknown as {
      layer: Layer[];
    };
    const points = spec.layer.find(
      (l) => l.mark.type === "point" && l.data.values.length === frontierFit.points.length,
    )!;
    assert.ok(points.data.values.every((p) => typeof p.source === "string" && typeof p.costText === "string"));
    const range = spec.layer.find((l) => l.mark.type === "rule")!;
    assert.equal(range.mark.color, palette.amortized);
    assert.deepEqual(
      [range.data.values[0]!.low, range.data.values[0]!.high],
      [v3Distance.costUsdLow, v3Distance.costUsdHigh],
    );
    const band = spec.layer.find((l) => l.mark.type === "area")!;
    assert.ok(
      band.data.values.every(
        (v) => (v.low as number) < (v.trend as number) && (v.trend as number) < (v.high as number),
      ),
    );
  });

  it("without marks it draws the frontier alone; it refuses what is not a fit", () => {
    const spec = frontierTrendChart(frontierFit) as unknown as { layer: Layer[] };
    assert.equal(spec.layer.length, 3);
    assert.throws(() => frontierTrendChart({} as never), {
      message: "invalid fit: {} (expected a frontier trend, from frontierTrend())",
    });
  });
});
