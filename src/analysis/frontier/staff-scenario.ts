import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import type { FleetAndStaffRow } from "../../data/load-fleet-and-staff.js";
import { fail } from "../messages.js";
import { moneyText, percentText, quantityText } from "../../format/text.js";
import { rowsOf } from "../../data/rows-of.js";

/**
 * One line of the development-cost scenario.
 *
 * @category The frontier
 */
export interface StaffScenarioRow {
  readonly part: string;
  readonly costLow: number;
  readonly costHigh: number;
  readonly costText: string;
  /** `this project's estimate`, or `scenario, outside the reported figure`. */
  readonly status: string;
}

/**
 * A scenario, outside DeepSeek's reported figure: development cost if R&D staff took the same share
 * of it as Epoch AI found for four US frontier models (29–49%, `staff-share-epoch` in
 * `data/fleet-and-staff.csv`). Compute is the estimate's programme (amortized final run ×
 * experiments); staff = compute × s ÷ (1 − s); total = compute ÷ (1 − s). Shares of other labs'
 * development, not DeepSeek's: no source gives DeepSeek's pay or headcount cost.
 *
 * At s = 0.29: staff = 0.408 × compute; at s = 0.49: 0.961 × compute.
 *
 * @example
 * staffScenario(estimate({ experimentsMultiplier: [2, 4] }), loadFleetAndStaff()); // staff and development totals, outside the reported figure
 *
 * @category The frontier
 */
export function staffScenario(e: Estimate, figures: ColumnTable | readonly FleetAndStaffRow[]): StaffScenarioRow[] {
  const share = rowsOf<FleetAndStaffRow>(figures, "figures").find((r) => r.id === "staff-share-epoch");
  if (!share)
    fail("unknownEntry", {
      name: "figure",
      value: "staff-share-epoch",
      known: rowsOf<FleetAndStaffRow>(figures, "figures").map((r) => r.id),
    });
  const c = e.currency;
  const m = e.assumptions.experimentsMultiplier;
  const compute = { low: e.programme.low, high: e.programme.high };
  const staff = {
    low: (compute.low * share.low) / (1 - share.low),
    high: (compute.high * share.high) / (1 - share.high),
  };
  const total = { low: compute.low / (1 - share.low), high: compute.high / (1 - share.high) };
  const line = (part: string, r: { low: number; high: number }, status: string): StaffScenarioRow => ({
    part,
    costLow: r.low,
    costHigh: r.high,
    costText: moneyText(r.low, r.high, c),
    status,
  });
  return [
    line("Final run, amortized hardware + energy", e.amortized, "this project's estimate"),
    line(
      `Compute of the programme (final run × ${quantityText(m.low, m.high)} for experiments)`,
      compute,
      m.high > 1 ? "scenario, outside the reported figure" : "this project's estimate",
    ),
    line(
      `R&D staff, at ${percentText(share.low, share.high, 0)} of development cost (Epoch AI's share for US models)`,
      staff,
      "scenario, outside the reported figure",
    ),
    line("Development: compute + staff", total, "scenario, outside the reported figure"),
  ];
}
