import assert from "node:assert/strict";
import jStat from "jstat";
import { fitLine } from "../../src/trend/fit-line.js";
import { loadFrontierModels, type FrontierModelRow } from "../../src/data/load-frontier-models.js";

describe("trend/fit-line", () => {
  it("fitLine(xs, ys) is ordinary least squares, checked by hand on five points", () => {
    // x = 0…4, y = 1, 3, 2, 5, 4: x̄ = 2, ȳ = 3, Sxx = 4+1+0+1+4 = 10,
    // Sxy = (−2)(−2) + (−1)(0) + 0(−1) + 1(2) + 2(1) = 8 → slope 0.8, intercept 3 − 0.8 × 2 = 1.4;
    // residuals −0.4, 0.8, −1.0, 1.2, −0.6 → Σr² = 0.16+0.64+1+1.44+0.36 = 3.6, s² = 3.6 ÷ 3 = 1.2, SE(slope) = √(1.2 ÷ 10)
    const fit = fitLine([0, 1, 2, 3, 4], [1, 3, 2, 5, 4]);
    const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);
    assert.equal(fit.n, 5);
    near(fit.slope, 0.8);
    near(fit.intercept, 1.4);
    near(fit.sxx, 10);
    near(fit.residualStdError, Math.sqrt(1.2));
    near(fit.slopeStdError, Math.sqrt(0.12));
  });

  it("agrees with jStat's general OLS (matrix form) on the 82 frontier costs to 1e-10", () => {
    const rows = (loadFrontierModels().objects() as FrontierModelRow[]).filter(
      (r) => r.amortized_cost_usd_dec2024 !== null,
    );
    const xs = rows.map((r) => r.publication_date.getTime() / (365.25 * 864e5) - 50);
    const ys = rows.map((r) => Math.log10(r.amortized_cost_usd_dec2024 as number));
    const ours = fitLine(xs, ys);
    const theirs = jStat.models.ols(
      ys,
      xs.map((x) => [1, x]),
    );
    assert.ok(Math.abs(ours.slope - (theirs.coef[1] as number)) < 1e-10);
    assert.ok(Math.abs(ours.intercept - (theirs.coef[0] as number)) < 1e-10);
    assert.ok(Math.abs(ours.slopeStdError - (theirs.t.se[1] as number)) < 1e-10);
  });
});
