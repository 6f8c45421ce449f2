import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/** The units of `data/fleet-and-staff.csv`: GPUs, people, US dollars, a fraction (0.29 = 29%). */
const fleetAndStaffUnits = ["GPU", "person", "USD", "fraction"] as const;

/**
 * How far a figure can be trusted:
 * - `reported`: stated by the lab, or by the press from its own reporting;
 * - `estimate`: a third party's estimate, not disputed in what we read;
 * - `contested`: a third party's estimate that others dispute: the row gives the evidence against.
 */
const figureStatuses = ["reported", "estimate", "contested"] as const;

/** One of {@link figureStatuses}. */
export type FigureStatus = (typeof figureStatuses)[number];

/**
 * One row of `data/fleet-and-staff.csv`: a figure about DeepSeek's fleet, spending or staff, beyond
 * the final training run: who says it, their words, and for a contested figure who disputes it
 * and theirs.
 *
 * @category Data
 */
export interface FleetAndStaffRow {
  readonly id: string;
  readonly label: string;
  /** A few words for chart axes: `SemiAnalysis: Hopper GPUs`. */
  readonly short_label: string;
  readonly low: number;
  readonly high: number;
  readonly unit: (typeof fleetAndStaffUnits)[number];
  readonly status: FigureStatus;
  readonly source: string;
  readonly quote: string;
  /** For a contested figure: who disputes it, and their words; else `null`. */
  readonly against_source: string | null;
  readonly against_quote: string | null;
}

/** The columns of `data/fleet-and-staff.csv`; `id` unique; `low ≤ high`; evidence against exactly for contested rows. */
const fleetAndStaffSchema: FileSchema = {
  file: "fleet-and-staff.csv",
  columns: [
    col.string("id"),
    col.string("label"),
    col.string("short_label"),
    col.number("low"),
    col.number("high"),
    col.enum("unit", fleetAndStaffUnits),
    col.enum("status", figureStatuses),
    col.string("source"),
    col.string("quote"),
    col.string("against_source", false),
    col.string("against_quote", false),
  ],
  key: ["id"],
  ranges: [["low", "high"]],
  checks: [
    (r) =>
      (r.status === "contested") !== (r.against_source !== null && r.against_quote !== null)
        ? { column: "status", expected: "contested exactly when against_source and against_quote are given" }
        : undefined,
  ],
};

const read = csvLoader(fleetAndStaffSchema);

/**
 * Figures on DeepSeek's fleet, capital spending and staff, each with its source and quote, and
 * for a contested one the evidence against it, as an Arquero table of {@link FleetAndStaffRow}s.
 * Reads `data/fleet-and-staff.csv` by default (read once, then cached); `path` reads another file, uncached.
 *
 * @example
 * showTable(loadFleetAndStaff().select("id", "value", "unit", "contested"));
 */
export function loadFleetAndStaff(path?: string): ColumnTable {
  return read(path);
}
