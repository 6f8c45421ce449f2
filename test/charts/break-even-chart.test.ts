import assert from "node:assert/strict";
import { defaultEstimate as e } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { breakEvenText } from "../../src/analysis/break-even/break-even-text.js";
import { breakEvenChart } from "../../src/charts/break-even-chart.js";
import { breakEven } from "../../src/cost/break-even.js";

type Spec = { layer: { data: { values: Record<string, number | string>[] } }[]; title: { subtitle: string[] } };

describe("charts/break-even-chart", () => {
  it("breakEvenChart(estimate().breakEven) matches its snapshot", () => {
    matchSnapshot("break-even", breakEvenChart(e.breakEven));
  });

  it("breakEvenChart shades the break-even from view.years.low to view.years.high", () => {
    const spec = breakEvenChart(e.breakEven) as unknown as Spec;
    const [band] = spec.layer[0]!.data.values;
    assert.deepEqual([band!.from, band!.to], [e.breakEven.years.low, e.breakEven.years.high]);
    assert.deepEqual(
      spec.layer[3]!.data.values.map((r) => r.years),
      [e.breakEven.years.low, e.breakEven.years.high],
    );
  });

  it("breakEvenChart says when owning never catches up at one end or at both", () => {
    // low end: $30,000 ÷ ($3 − $0.5) = 12,000 h ÷ 8,766 = 1.37 years; high end: $0.5 − $0.5 = 0, never
    const half = breakEven({
      capexPerGpu: 30_000,
      ratePerGpuHour: { low: 0.5, high: 3, currency: "USD" },
      runningPerGpuHour: 0.5,
    });
    assert.equal(
      breakEvenText(half),
      "Break-even after 1.4 years at best (12,000 GPU-hours); at the worst end, never.",
    );
    const spec = breakEvenChart(half) as unknown as Spec;
    const [band] = spec.layer[0]!.data.values;
    // the shading runs to the axis end: ⌈1.37 × 3⌉ = 5 years
    assert.equal(band!.to, 5);
    assert.match(spec.title.subtitle[1]!, /never breaks even\)$/);
    const never = breakEven({ capexPerGpu: 30_000, ratePerGpuHour: 1, runningPerGpuHour: 1 });
    assert.equal(
      breakEvenText(never),
      "Owning never breaks even: renting costs no more per hour than running an owned GPU.",
    );
    assert.equal((breakEvenChart(never) as unknown as Spec).layer[0]!.data.values.length, 0);
  });

  it("breakEvenChart checks its options", () => {
    assert.throws(() => breakEvenChart(e.breakEven, { years: 0 }), {
      message: "invalid years: 0 (expected a positive number of years)",
    });
  });
});
