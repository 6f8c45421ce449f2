import assert from "node:assert/strict";
import { claimOf } from "../../../src/analysis/findings/claim.js";
import { costLadder, ladderSteps } from "../../../src/analysis/findings/cost-ladder.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadFleetAndStaff, type FleetAndStaffRow } from "../../../src/data/load-fleet-and-staff.js";
import { tableRows } from "../../../src/data/table-rows.js";

describe("analysis/findings/cost-ladder", () => {
  const e = estimate();
  const claim = claimOf(e);
  const figures = tableRows<FleetAndStaffRow>(loadFleetAndStaff());

  it("costLadder climbs from the reported figure to the contested fleet spending, each step tagged and sourced", () => {
    const ladder = costLadder(e, claim, { figures });
    assert.deepEqual(
      ladder.rows.map((r) => [r.step, r.tag]),
      [
        ["reported", "reported"],
        ["finalRun", "estimate"],
        ["programme", "estimate"],
        ["staff", "scenario"],
        ["fleet", "estimate"],
        ["allIn", "estimate"],
        ["capex", "contested"],
      ],
    );
    assert.deepEqual(
      ladder.rows.map((r) => r.step),
      [...ladderSteps],
    );
    assert.deepEqual([ladder.omitted, ladder.note], [[], ""]);
    const by = Object.fromEntries(ladder.rows.map((r) => [r.step, r]));
    assert.equal(by.reported!.costText, "$5.576M");
    // the programme at Lambert's 2–4: $5,732,282 × 2 = $11,464,565; staff at 29–49%: ÷ (1 − 0.29) = $16,147,274
    assert.ok(Math.abs(by.programme!.low - 2 * e.amortized.low) < 1e-6);
    assert.ok(Math.abs(by.staff!.low - (2 * e.amortized.low) / (1 - 0.29)) < 1e-6);
    assert.ok(Math.abs(by.staff!.high - (4 * e.amortized.high) / (1 - 0.49)) < 1e-6);
    // SemiAnalysis's $1.6B, contested, with who disputes it
    assert.deepEqual([by.capex!.low, by.capex!.costText], [1.6e9, "$1.6B"]);
    assert.equal(by.capex!.source, "SemiAnalysis; disputed by Glenn");
    for (const r of ladder.rows) assert.notEqual(r.source, "", r.step);
  });

  it("a step whose data this claim lacks is left out, and the note says which", () => {
    const ladder = costLadder(e, claim, { figures: [] });
    assert.deepEqual(
      ladder.rows.map((r) => r.step),
      ["reported", "finalRun", "programme", "fleet", "allIn"],
    );
    assert.equal(
      ladder.note,
      "Left out, for want of data for this claim: with R&D staff (scenario) and contested fleet spending (data/fleet-and-staff.csv).",
    );
  });

  it("the ladder carries the Monte Carlo medians it is given, and follows the estimate's currency", () => {
    const ladder = costLadder(estimate({ currency: "JPY" }), claimOf(estimate({ currency: "JPY" })), {
      figures,
      draws: { amortized: { p05: 1, p50: 2, p95: 3 } },
    });
    assert.equal(ladder.rows.find((r) => r.step === "finalRun")!.median, 2);
    // $1.6B × 151.65 = JPY 242.64B
    const capex = ladder.rows.find((r) => r.step === "capex")!;
    assert.ok(Math.abs(capex.low - 1.6e9 * 151.65) < 1);
    assert.equal(capex.costText, "JPY 243B");
  });
});
