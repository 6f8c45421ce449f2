import assert from "node:assert/strict";
import { logLinearTrend, trendAt } from "../../src/trend/log-linear-trend.js";
import { throwsText } from "../throws-text.js";

const YEAR_MS = 365.25 * 864e5;
const START = Date.UTC(2020, 0, 1);
/** Five models a year apart (365.25 days), costing 10^1, 10^3, 10^2, 10^5, 10^4 dollars. */
const table = [1, 3, 2, 5, 4].map((log10, k) => ({ date: new Date(START + k * YEAR_MS), value: 10 ** log10 }));

describe("trend/log-linear-trend", () => {
  it("logLinearTrend(points) fits log10(value) on years: the hand-computed five-point table grows 10^0.8 = 6.31× a year", () => {
    // as in fit-line.test.ts: slope 0.8 orders of magnitude a year, SE √0.12 = 0.34641, s = √1.2
    const t = logLinearTrend(table, { level: 0.95 });
    assert.equal(t.n, 5);
    assert.ok(Math.abs(t.log10PerYear - 0.8) < 1e-12);
    assert.ok(Math.abs(t.growthPerYear - 10 ** 0.8) < 1e-9);
    // origin is the mean date (2022-01-01 + 0.5 day: 2 years of 365.25 days after 2020-01-01), where log10 = ȳ = 3
    assert.equal(t.origin.getTime(), START + 2 * YEAR_MS);
    assert.ok(Math.abs(t.log10AtOrigin - 3) < 1e-12);
  });

  it("the interval is 10^(slope ± t × SE) with Student's t at n − 2 = 3 degrees of freedom: t(0.975, 3) = 3.18245 (tables: 3.182)", () => {
    const t = logLinearTrend(table, { level: 0.95 });
    assert.ok(Math.abs(t.t - 3.182446) < 1e-5);
    // 0.8 ± 3.182446 × 0.346410 = 0.8 ± 1.102431 → 10^−0.302431 = 0.4984, 10^1.902431 = 79.88
    assert.ok(Math.abs(t.growthPerYearLow - 10 ** (0.8 - 3.182446 * Math.sqrt(0.12))) < 1e-4);
    assert.ok(Math.abs(t.growthPerYearHigh - 10 ** (0.8 + 3.182446 * Math.sqrt(0.12))) < 1e-2);
    // at 90%, t(0.95, 3) = 2.35336: a narrower interval
    const ninety = logLinearTrend(table);
    assert.ok(Math.abs(ninety.t - 2.353363) < 1e-5);
    assert.ok(ninety.growthPerYearHigh < t.growthPerYearHigh);
  });

  it("trendAt(trend, date) is 10^(a + b·x) with the interval t·s·√(k + 1/n + x²/Sxx)", () => {
    const t = logLinearTrend(table, { level: 0.95 });
    // at the origin (x = 0): 10^3; prediction half-width 3.182446 × √1.2 × √(1 + 1/5) = 3.182446 × 1.2 = 3.81894
    const at = trendAt(t, new Date(START + 2 * YEAR_MS));
    assert.ok(Math.abs(at.value - 1000) < 1e-9);
    assert.ok(Math.abs(Math.log10(at.high) - 3 - 3.182446 * 1.2) < 1e-5);
    // the line itself at x = 2 years: centre 3 + 1.6 = 4.6; half-width 3.182446 × √1.2 × √(1/5 + 4/10) = 3.182446 × √0.72
    const line = trendAt(t, new Date(START + 4 * YEAR_MS), "mean");
    assert.ok(Math.abs(Math.log10(line.value) - 4.6) < 1e-9);
    assert.ok(Math.abs(Math.log10(line.value) - Math.log10(line.low) - 3.182446 * Math.sqrt(0.72)) < 1e-5);
    // dates may be written as days
    assert.ok(trendAt(t, "2021-06-01").value > 0);
  });

  it("refuses too few points, one date, a non-positive value, a bad date or level", () => {
    throwsText(
      () => logLinearTrend(table.slice(0, 2)),
      "cannot fit a trend to 2 points on 2 dates (expected at least 3 points on at least 2 dates)",
    );
    const oneDay = table.map((p) => ({ ...p, date: "2024-12-24" }));
    throwsText(
      () => logLinearTrend(oneDay),
      "cannot fit a trend to 5 points on 1 date (expected at least 3 points on at least 2 dates)",
    );
    throwsText(
      () => logLinearTrend([...table, { date: "2025-01-01", value: 0 }]),
      "invalid points[5].value: 0 (expected a positive number)",
    );
    throwsText(
      () => logLinearTrend([...table, { date: "2025-02-30", value: 1 }]),
      'invalid points[5].date: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(() => logLinearTrend({} as never), "invalid points: {} (expected a list of { date, value } points)");
    throwsText(() => logLinearTrend(table, { level: 1 }), "invalid level: 1 (expected a fraction in (0, 1))");
  });

  it("logLinearTrend refuses an option it does not know: { confidence } is not { level }", () => {
    const points = [
      { date: "2020-01-01", value: 1 },
      { date: "2021-01-01", value: 10 },
      { date: "2022-01-01", value: 100 },
    ];
    throwsText(
      () => logLinearTrend(points, { confidence: 0.95 } as never),
      "invalid options.confidence: 0.95 (expected only the fields level)",
    );
  });
});
