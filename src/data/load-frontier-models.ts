import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema, type RowCheck } from "./schema.js";

/**
 * Where a row's `training_chip_hours` comes from:
 * - `epoch-chip-hours-field`: Epoch's database gives chip-hours;
 * - `time-x-quantity`: training hours × chips, both from the database.
 * Empty when the database gives neither (Epoch then derives chip-hours from FLOP at 37.5% MFU).
 */
const chipHoursBases = ["epoch-chip-hours-field", "time-x-quantity"] as const;

/** One of {@link chipHoursBases}. */
export type ChipHoursBasis = (typeof chipHoursBases)[number];

/** The file Epoch's cost figures come from (`dataset_file` of a costed row). */
export const EPOCH_COSTS_FILE = "model_costs.csv";
/** The file of Epoch's model facts (`model_dataset_file`, and `dataset_file` of an uncosted row). */
export const EPOCH_MODELS_FILE = "data/All ML Systems - full view.csv";

/**
 * One row of `data/frontier-models.csv`: a frontier model (top 10 by training compute when
 * published) from Epoch AI's training-cost-trends repository, its training compute and hardware
 * from Epoch's ML Systems database, and the costs Epoch computed (`model_costs.csv`) in
 * December-2024 US dollars. Epoch AI's data is CC BY: each row carries the repository, commit and files.
 *
 * @category Data
 */
export interface FrontierModelRow {
  readonly id: string;
  readonly model: string;
  readonly organization: string;
  readonly publication_date: Date;
  /** Training compute, FLOP (Epoch's database). */
  readonly training_compute_flop: number;
  /** Epoch's hardware name (`NVIDIA H100 SXM5 80GB`); `null` when Epoch imputed it. */
  readonly training_hardware: string | null;
  readonly hardware_imputed_by_epoch: boolean;
  readonly hardware_quantity: number | null;
  readonly training_time_hours: number | null;
  readonly training_chip_hours: number | null;
  readonly chip_hours_basis: ChipHoursBasis | null;
  /** Model FLOP utilization as Epoch's database records it, a fraction. */
  readonly hardware_utilization_mfu: number | null;
  readonly compute_rank_when_published: number | null;
  /** Epoch's amortized hardware CapEx + energy of the final run, December-2024 USD; `null` for a row Epoch did not cost. */
  readonly amortized_cost_usd_dec2024: number | null;
  /** Epoch's cloud rental estimate, December-2024 USD. */
  readonly cloud_cost_usd_dec2024: number | null;
  /** Epoch's cost of buying the hardware, December-2024 USD. */
  readonly hardware_acquisition_cost_usd_dec2024: number | null;
  /** The database's `Training compute cost (2023 USD)`, December-2023 USD. */
  readonly epoch_db_cost_usd_dec2023: number | null;
  /** Whether the row is in Epoch's `model_costs.csv` (false: DeepSeek-V3, which Epoch's pipeline does not cost as it stands: no H800 alias, then an H800 price row with empty Notes). */
  readonly in_model_costs: boolean;
  /** The model's own source (the database's `Link`; several joined by " ; "). */
  readonly source: string;
  readonly reference: string | null;
  /** The verbatim `model_costs.csv` line, or for an uncosted row the database cells used. */
  readonly quote: string;
  readonly dataset_repository: string;
  readonly dataset_commit: string;
  readonly dataset_file: string;
  readonly model_dataset_file: string;
}

const given = (v: unknown) => v !== null;

/** The rules across a row's cells: what Epoch imputed, where chip-hours come from, which file a cost is from. */
const checks: RowCheck[] = [
  (r) =>
    r.hardware_imputed_by_epoch === given(r.training_hardware)
      ? { column: "hardware_imputed_by_epoch", expected: "true exactly when training_hardware is empty" }
      : undefined,
  (r) =>
    given(r.chip_hours_basis) !== given(r.training_chip_hours)
      ? { column: "chip_hours_basis", expected: "a basis exactly when training_chip_hours is given" }
      : undefined,
  (r) => {
    if (r.chip_hours_basis !== "time-x-quantity") return undefined;
    const product =
      (r.training_time_hours as number | null) !== null && (r.hardware_quantity as number | null) !== null
        ? (r.training_time_hours as number) * (r.hardware_quantity as number)
        : undefined;
    const hours = r.training_chip_hours as number;
    return product !== undefined && Math.abs(product - hours) <= 1e-9 * hours
      ? undefined
      : {
          column: "training_chip_hours",
          expected: `training_time_hours × hardware_quantity${product === undefined ? ", both given," : ` = ${product}`} for chip_hours_basis time-x-quantity`,
        };
  },
  (r) =>
    r.in_model_costs !== given(r.amortized_cost_usd_dec2024)
      ? { column: "amortized_cost_usd_dec2024", expected: "a cost exactly when in_model_costs is true" }
      : undefined,
  (r) => {
    const file = r.in_model_costs ? EPOCH_COSTS_FILE : EPOCH_MODELS_FILE;
    return r.dataset_file === file
      ? undefined
      : { column: "dataset_file", expected: `${file} for in_model_costs ${String(r.in_model_costs)}` };
  },
  (r) =>
    /^[0-9a-f]{40}$/.test(r.dataset_commit as string)
      ? undefined
      : { column: "dataset_commit", expected: "a git commit, 40 hexadecimal digits" },
  (r) =>
    given(r.hardware_utilization_mfu) && (r.hardware_utilization_mfu as number) > 1
      ? { column: "hardware_utilization_mfu", expected: "a fraction in (0, 1]" }
      : undefined,
];

/** The columns of `data/frontier-models.csv`; `id` unique, plus the rules of {@link FrontierModelRow} across cells. */
const frontierModelsSchema: FileSchema = {
  file: "frontier-models.csv",
  columns: [
    col.string("id"),
    col.string("model"),
    col.string("organization"),
    col.date("publication_date"),
    col.number("training_compute_flop", { sign: "positive" }),
    col.string("training_hardware", false),
    col.boolean("hardware_imputed_by_epoch"),
    col.number("hardware_quantity", { sign: "positive", integer: true, required: false }),
    col.number("training_time_hours", { sign: "positive", required: false }),
    col.number("training_chip_hours", { sign: "positive", required: false }),
    col.enum("chip_hours_basis", chipHoursBases, false),
    col.number("hardware_utilization_mfu", { sign: "positive", required: false }),
    col.number("compute_rank_when_published", { sign: "positive", integer: true, required: false }),
    col.number("amortized_cost_usd_dec2024", { sign: "positive", required: false }),
    col.number("cloud_cost_usd_dec2024", { sign: "positive", required: false }),
    col.number("hardware_acquisition_cost_usd_dec2024", { sign: "positive", required: false }),
    col.number("epoch_db_cost_usd_dec2023", { sign: "positive", required: false }),
    col.boolean("in_model_costs"),
    col.string("source"),
    col.string("reference", false),
    col.string("quote"),
    col.string("dataset_repository"),
    col.string("dataset_commit"),
    col.string("dataset_file"),
    col.string("model_dataset_file"),
  ],
  key: ["id"],
  checks,
};

const read = csvLoader(frontierModelsSchema);

/**
 * Frontier models with Epoch AI's costs, as an Arquero table of {@link FrontierModelRow}s: 82 models
 * Epoch costed (amortized hardware + energy of the final run, December-2024 USD) and DeepSeek-V3
 * with the database's figures only. Source: github.com/epoch-research/training-cost-trends at
 * commit 263c40a (`model_costs.csv` joined with `data/All ML Systems - full view.csv`), CC BY.
 * Reads `data/frontier-models.csv` by default (read once, then cached); `path` reads another
 * file, uncached. Invalid data is an error naming the file, line and column.
 *
 * `loadFrontierModels().filter((d) => d.in_model_costs).numRows()` → 82
 */
export function loadFrontierModels(path?: string): ColumnTable {
  return read(path);
}
