import type { ColumnTable } from "arquero";
import { fleetShare, runDays } from "../../compute/fleet-share.js";
import { HOURS_PER_YEAR } from "../../cost/epoch-method.js";
import type { FigureStatus, FleetAndStaffRow } from "../../data/load-fleet-and-staff.js";
import { fail } from "../messages.js";
import { knownKeys } from "../../validate/known-keys.js";
import { percentText, quantityText } from "../../format/text.js";
import { rowsOf } from "../../data/rows-of.js";

/** The fleet figures compared by default (`data/fleet-and-staff.csv`): the article's 2,000–3,000, SemiAnalysis's 50,000. */
const FLEETS = ["fleet-article", "fleet-semianalysis"] as const;

/**
 * One fleet, and the share of its year of GPU-time that the run used.
 *
 * @category The frontier
 */
export interface FleetRow {
  readonly id: string;
  readonly label: string;
  /** A few words for chart axes, with the GPUs: `SemiAnalysis: Hopper GPUs, 50,000`. */
  readonly shortLabel: string;
  readonly gpusLow: number;
  readonly gpusHigh: number;
  readonly status: FigureStatus;
  /** GPU-hours the fleet has in `years`. */
  readonly fleetGpuHoursLow: number;
  readonly fleetGpuHoursHigh: number;
  /** The run's GPU-hours as a share of them: low for the larger fleet, high for the smaller. */
  readonly shareLow: number;
  readonly shareHigh: number;
  readonly shareText: string;
  readonly source: string;
}

/**
 * Options of {@link fleetRows}: the fleets to measure the final run against.
 *
 * @category The frontier
 */
export interface FleetRowsOptions {
  /** GPU-hours of the run (DeepSeek-V3: 2,788,000). */
  readonly gpuHours: number;
  /** GPUs of the run's cluster (DeepSeek-V3: 2,048). */
  readonly gpuCount: number;
  /** Ids of fleet figures. Defaults to `FLEETS`. */
  readonly ids?: readonly string[];
  /** Period, years. Defaults to 1. */
  readonly years?: number;
}

/**
 * The final run as a share of what fleets could do in a year: first the run's own cluster kept busy
 * all year (its days ÷ 365.25), then each fleet in `figures` (`loadTable("fleet-and-staff")`), with its status.
 *
 * 2,788,000 GPU-hours ÷ (2,000 × 8,766 h) = 15.9%; ÷ (50,000 × 8,766 h) = 0.64%.
 *
 * @category The frontier
 */
export function fleetRows(figures: ColumnTable | readonly FleetAndStaffRow[], options: FleetRowsOptions): FleetRow[] {
  knownKeys(options, ["gpuHours", "gpuCount", "ids", "years"], "options");
  const { gpuHours, gpuCount, ids = FLEETS, years = 1 } = options;
  const rows = rowsOf<FleetAndStaffRow>(figures, "figures");
  const days = runDays({ gpuHours, gpuCount });
  const row = (
    id: string,
    label: string,
    short: string,
    low: number,
    high: number,
    status: FigureStatus,
    source: string,
  ): FleetRow => {
    const shareLow = fleetShare({ gpuHours, fleetGpus: high, years });
    const shareHigh = fleetShare({ gpuHours, fleetGpus: low, years });
    return {
      id,
      label,
      shortLabel: `${short}, ${quantityText(low, high)}`,
      gpusLow: low,
      gpusHigh: high,
      status,
      fleetGpuHoursLow: low * years * HOURS_PER_YEAR,
      fleetGpuHoursHigh: high * years * HOURS_PER_YEAR,
      shareLow,
      shareHigh,
      shareText: percentText(shareLow, shareHigh, shareHigh < 0.01 ? 2 : 1),
      source,
    };
  };
  const own = row(
    "run-cluster",
    `The run's own ${quantityText(gpuCount)} GPUs (${quantityText(Number(days.toFixed(1)))} days of the year)`,
    `The run's cluster, ${quantityText(Number(days.toFixed(1)))} days`,
    gpuCount,
    gpuCount,
    "reported",
    "the run's GPU-hours and cluster (data/training-runs.csv)",
  );
  return [
    own,
    ...ids.map((id) => {
      const f = rows.find((r) => r.id === id);
      if (!f || f.unit !== "GPU")
        fail("unknownEntry", {
          name: "fleet figure",
          value: id,
          known: rows.filter((r) => r.unit === "GPU").map((r) => r.id),
        });
      return row(f.id, f.label, f.short_label, f.low, f.high, f.status, f.source);
    }),
  ];
}
