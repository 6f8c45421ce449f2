import assert from "node:assert/strict";
import { turningPoints } from "../../../src/assumptions/turning-points.js";
import { turningPointRows, turningPointSentences } from "../../../src/analysis/uncertainty/turning-point-rows.js";

describe("analysis/uncertainty/turning-point-rows", () => {
  const t = turningPoints();

  it("turningPointRows: the assumptions with a turning value first, each placed on its range (0 = low end, 1 = high end)", () => {
    const rows = turningPointRows(t, "reported");
    const price = rows.find((r) => r.assumption === "gpuPrice")!;
    // ¥3.886M on ¥4.0M–¥5.0M: (3.886 − 4) ÷ 1 = −0.114; the central ¥4.5M at 0.5
    assert.ok(
      Math.abs(price.valueAt! - (Number(t.rows.find((r) => r.assumption === "gpuPrice")!.value) - 4e6) / 1e6) < 1e-12,
    );
    // written in the result currency, as the view is: ¥3.886M ÷ 151.65 = $25,625
    assert.deepEqual([price.valueText, price.where, price.centralAt], ["$25.6K", "below its range", 0.5]);
    const firstNone = rows.findIndex((r) => r.valueText === "none");
    assert.ok(rows.slice(firstNone).every((r) => r.valueText === "none"));
    // a held value (the TDP) has no range: a turning value lies beyond the edge it is towards
    const tdp = turningPointRows(t, "rental").find((r) => r.assumption === "tdpWatts")!;
    assert.deepEqual([tdp.hasRange, tdp.centralAt, tdp.valueAt], [false, 0.5, 2]);
  });

  it("turningPointSentences name what would have to hold, within the plausible ranges and beyond them", () => {
    const [head, within, beyond, none] = turningPointSentences(t, "reported");
    assert.equal(
      head,
      "For the amortized cost ($6.42M in the central case) to be no more than the reported $5.58M, with every other assumption at its central value, one of these would have to hold.",
    );
    assert.match(
      within!,
      /^Within what is plausible: priceOomsPerYear at or below 0\.121 \(inside its range, 0\.096–0\.195; central 0\.14\)\. With depreciation straight-line instead of price-performance, the amortized cost falls below the reported figure\./,
    );
    assert.match(
      beyond!,
      /^Only beyond its range: gpuPrice at or below \$25\.6K \(below its range, \$26\.4K–\$33\.0K; central \$29\.7K\)\./,
    );
    assert.equal(none, "No value of tdpWatts, serverPowerRatio, powerFraction, pue, electricityPrice, rates does.");
  });

  it("when the central case is already on the target's side, the sentences say what would turn it", () => {
    const [head, within] = turningPointSentences(t, "rental");
    assert.match(
      head!,
      /^Owning \(the amortized cost, \$6\.42M in the central case\) already costs less than renting the same GPU-hours \(\$9\.73M\)/,
    );
    assert.equal(
      within,
      "Within what is plausible: rentalRate below $2.3 (inside its range, $2.00–$4.92; central $3.49).",
    );
  });
});
