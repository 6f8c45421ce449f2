import assert from "node:assert/strict";
import { defaultEstimate as e } from "../../charts/fixtures.js";
import { breakEvenPoints } from "../../../src/analysis/break-even/break-even-points.js";
import { seriesNames } from "../../../src/format/series.js";
import { HOURS_PER_YEAR } from "../../../src/cost/epoch-method.js";

describe("analysis/break-even/break-even-points", () => {
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
});
