import assert from "node:assert/strict";
import { fleetRows } from "../../../src/analysis/frontier/fleet-rows.js";
import { loadFleetAndStaff } from "../../../src/data/load-fleet-and-staff.js";
import { throwsText } from "../../throws-text.js";

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe("analysis/frontier/fleet-rows", () => {
  it("fleetRows: the run's cluster for a year, the article's 2,000–3,000, SemiAnalysis's contested 50,000", () => {
    const rows = fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048 });
    assert.deepEqual(
      rows.map((r) => [r.id, r.status]),
      [
        ["run-cluster", "reported"],
        ["fleet-article", "reported"],
        ["fleet-semianalysis", "contested"],
      ],
    );
    // 56.72 days ÷ 365.25 = 15.5%; 2,788,000 ÷ (3,000 × 8,766) = 10.6%, ÷ (2,000 × 8,766) = 15.9%; ÷ (50,000 × 8,766) = 0.64%
    assert.deepEqual(
      rows.map((r) => r.shareText),
      ["15.5%", "10.6–15.9%", "0.64%"],
    );
    near(rows[1]!.shareLow, 2_788_000 / (3_000 * 8_766), 1e-15);
    assert.equal(rows[0]!.shortLabel, "The run's cluster, 56.7 days, 2,048");
  });

  it("fleetRows refuses an option it does not know", () => {
    throwsText(
      () => fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048, fleets: ["x"] } as never),
      'invalid options.fleets: ["x"] (expected only the fields gpuHours, gpuCount, ids, years)',
    );
  });
});
