import assert from "node:assert/strict";
import { breakEvenChart, breakEvenPoints, breakEvenText } from "../../src/charts/break-even-chart.js";
import { seriesNames } from "../../src/charts/palette.js";
import { breakEven } from "../../src/cost/break-even.js";
import { HOURS_PER_YEAR } from "../../src/cost/epoch-method.js";
import { defaultEstimate as e } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";

type Spec = { layer: { data: { values: Record<string, number | string>[] } }[]; title: { subtitle: string[] }; };

describe("charts/break-even-chart", () => {
  it("breakEvenChart(estimate().breakEven) matches its snapshot", () => {
    matchSnapshot("break-even", breakEvenChart(e.breakEven));
  });

  it("breakEvenPoints: owning starts at the all-in capex, renting at 0, and both grow by the hour", () => {
    const view = e.breakEven;
    const points = breakEvenPoints(view, 4);
    const own = points.filter((p) => p.series === seriesNames.allIn);
    const rent = points.filter((p) => p.series === seriesNames.rental);
    assert.deepEqual([own[0]!.low, own[0]!.high], [view.capexPerGpu.low, view.capexPerGpu.high]);
    assert.deepEqual([rent[0]!.low, rent[0]!.high], [0, 0]);
    const last = rent[rent.length - 1]!;
    // 4 years × 8,766 h × $2 = $70,128 at the low rate (24/7 use)
    assert.equal(last.years, 4);
    assert.equal(last.low, 4 * HOURS_PER_YEAR * view.ratePerGpuHour.low);
    assert.equal(last.low, 70_128);
  });

  it("breakEvenChart shades the break-even from view.years.low to view.years.high", () => {
    const spec = breakEvenChart(e.breakEven) as unknown as Spec;
    const [band] = spec.layer[0]!.data.values;
    assert.deepEqual([band!.from, band!.to], [e.breakEven.years.low, e.breakEven.years.high]);
    assert.deepEqual(spec.layer[3]!.data.values.map((r) => r.years), [e.breakEven.years.low, e.breakEven.years.high]);
  });

  it("breakEvenText writes years to one decimal and hours to three significant digits", () => {
    // card only: $30,000 ÷ $2 = 15,000 h = 1.71 years; $30,000 ÷ $3 = 10,000 h = 1.14 years
    const view = breakEven({ capexPerGpu: 30_000, ratePerGpuHour: { low: 2, high: 3, currency: "USD" } });
    assert.equal(breakEvenText(view), "Break-even after 1.1–1.7 years of use (10,000–15,000 GPU-hours).");
  });

  it("breakEvenChart says when owning never catches up at one end or at both", () => {
    // low end: $30,000 ÷ ($3 − $0.5) = 12,000 h ÷ 8,766 = 1.37 years; high end: $0.5 − $0.5 = 0, never
    const half = breakEven({ capexPerGpu: 30_000, ratePerGpuHour: { low: 0.5, high: 3, currency: "USD" }, runningPerGpuHour: 0.5 });
    assert.equal(breakEvenText(half), "Break-even after 1.4 years at best (12,000 GPU-hours); at the worst end, never.");
    const spec = breakEvenChart(half) as unknown as Spec;
    const [band] = spec.layer[0]!.data.values;
    // the shading runs to the axis end: ⌈1.37 × 3⌉ = 5 years
    assert.equal(band!.to, 5);
    assert.match(spec.title.subtitle[1]!, /never breaks even\)$/);
    const never = breakEven({ capexPerGpu: 30_000, ratePerGpuHour: 1, runningPerGpuHour: 1 });
    assert.equal(breakEvenText(never), "Owning never breaks even: renting costs no more per hour than running an owned GPU.");
    assert.equal((breakEvenChart(never) as unknown as Spec).layer[0]!.data.values.length, 0);
  });

  it("breakEvenChart checks its options", () => {
    assert.throws(() => breakEvenChart(e.breakEven, { years: 0 }), { message: "invalid years: 0 (expected a positive number of years)" });
  });
});
