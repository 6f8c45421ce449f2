import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema, type RowCheck } from "./schema.js";

/**
 * The selections of frontier models a cost trend can be fitted to, each as Epoch AI made it:
 * - `paper`: the 41 models of Cottier et al. 2024 ("The rising costs of training frontier AI
 *   models", arXiv:2405.21015), `cost_analysis.ipynb` at commit 39013e2, costs in December-2023
 *   USD as that notebook printed them; no hardware imputed;
 * - `working`: the 61 models Epoch's working notebook (`cost_analysis_streamlined.ipynb`, commit
 *   e13599f) costed without imputing hardware, December-2024 USD;
 * - `model-costs`: the 82 rows of `model_costs.csv` (commit 263c40a, the same file as at e13599f),
 *   written by an exploratory notebook with the hardware of 21 models imputed, December-2024 USD.
 */
export const frontierSelectionNames = ["paper", "working", "model-costs"] as const;
/** One of {@link frontierSelectionNames}. */
export type FrontierSelectionName = (typeof frontierSelectionNames)[number];

/**
 * One row of `data/frontier-selections.csv`: one model of one selection, with Epoch AI's amortized
 * cost of its final run in the dollars of `cost_usd_as_of`, the repository, commit and file it comes
 * from, and the line of that file as the quote. Epoch AI's data is CC BY.
 *
 * @category Data
 */
export interface FrontierSelectionRow {
  readonly selection: FrontierSelectionName;
  readonly id: string;
  readonly model: string;
  readonly organization: string;
  readonly publication_date: Date;
  readonly training_compute_flop: number;
  /** Epoch's hardware name; `null` where Epoch imputed it. */
  readonly training_hardware: string | null;
  readonly hardware_imputed_by_epoch: boolean;
  /** Epoch's amortized hardware CapEx + energy of the final run, USD of `cost_usd_as_of`. */
  readonly amortized_cost_usd: number;
  /** The month Epoch adjusted the cost to (its `adjust_column_for_inflation` target): 2023-12-01 or 2024-12-01. */
  readonly cost_usd_as_of: Date;
  readonly source: string;
  /** The line the cost comes from, verbatim: a line of `model_costs.csv`, or of the notebook's printed output. */
  readonly quote: string;
  readonly dataset_repository: string;
  readonly dataset_commit: string;
  readonly dataset_file: string;
  readonly model_dataset_file: string;
  /** The model's row in `model_dataset_file` at that commit: its pandas index (0 for the first data row). */
  readonly model_dataset_index: number;
}

const checks: RowCheck[] = [
  (r) =>
    r.hardware_imputed_by_epoch === (r.training_hardware !== null)
      ? { column: "hardware_imputed_by_epoch", expected: "true exactly when training_hardware is empty" }
      : undefined,
  (r) =>
    /^[0-9a-f]{40}$/.test(r.dataset_commit as string)
      ? undefined
      : { column: "dataset_commit", expected: "a git commit, 40 hexadecimal digits" },
  (r) =>
    r.selection !== "model-costs" && r.hardware_imputed_by_epoch === true
      ? {
          column: "hardware_imputed_by_epoch",
          expected: "false: the paper's and the working notebook's selections impute no hardware",
        }
      : undefined,
];

const frontierSelectionsSchema: FileSchema = {
  file: "frontier-selections.csv",
  columns: [
    col.enum("selection", frontierSelectionNames),
    col.string("id"),
    col.string("model"),
    col.string("organization"),
    col.date("publication_date"),
    col.number("training_compute_flop", { sign: "positive" }),
    col.string("training_hardware", false),
    col.boolean("hardware_imputed_by_epoch"),
    col.number("amortized_cost_usd", { sign: "positive" }),
    col.date("cost_usd_as_of"),
    col.string("source"),
    col.string("quote"),
    col.string("dataset_repository"),
    col.string("dataset_commit"),
    col.string("dataset_file"),
    col.string("model_dataset_file"),
    col.number("model_dataset_index", { integer: true }),
  ],
  key: ["selection", "id"],
  checks,
};

const read = csvLoader(frontierSelectionsSchema);

/**
 * The three selections of frontier models with Epoch AI's costs, as an Arquero table of
 * {@link FrontierSelectionRow}s (data/frontier-selections.csv, regenerated from Epoch's repository
 * by `npm run data:epoch`). Reads the file once, then caches it; `path` reads another, uncached.
 *
 * `loadFrontierSelections().filter((d) => d.selection === "paper").numRows()` → 41
 */
export function loadFrontierSelections(path?: string): ColumnTable {
  return read(path);
}
