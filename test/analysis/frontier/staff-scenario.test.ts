import assert from "node:assert/strict";
import { staffScenario } from "../../../src/analysis/frontier/staff-scenario.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadFleetAndStaff } from "../../../src/data/load-fleet-and-staff.js";

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe("analysis/frontier/staff-scenario", () => {
  it("staffScenario: staff = compute × s ÷ (1 − s), total = compute ÷ (1 − s), at Epoch's 29–49%, labelled a scenario", () => {
    const e = estimate({ experimentsMultiplier: [2, 4] });
    const rows = staffScenario(e, loadFleetAndStaff());
    const [run, programme, staff, total] = rows as [
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
    ];
    assert.equal(run.costLow, e.amortized.low);
    assert.equal(programme.costHigh, e.programme.high);
    // 0.29 ÷ 0.71 = 0.40845; 0.49 ÷ 0.51 = 0.96078
    near(staff.costLow, (e.programme.low * 0.29) / 0.71, 1e-6);
    near(staff.costHigh, (e.programme.high * 0.49) / 0.51, 1e-6);
    near(total.costHigh, e.programme.high / 0.51, 1e-6);
    assert.deepEqual(
      rows.map((r) => r.status),
      [
        "this project's estimate",
        "scenario, outside the reported figure",
        "scenario, outside the reported figure",
        "scenario, outside the reported figure",
      ],
    );
  });
});
