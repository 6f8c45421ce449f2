import type { ColumnTable } from "arquero";
import { loadArticleFigures, type ArticleFigureRow } from "./load-article-figures.js";
import { loadCaseClaims, type CaseClaimRow } from "./load-case-claims.js";
import { loadCases, type CaseRow } from "./load-cases.js";
import { loadCaseStages, type CaseStageRow } from "./load-case-stages.js";
import { loadElectricityPrices, type ElectricityPriceRow } from "./load-electricity-prices.js";
import { loadFleetAndStaff, type FleetAndStaffRow } from "./load-fleet-and-staff.js";
import { loadFrontierModels, type FrontierModelRow } from "./load-frontier-models.js";
import { loadFrontierSelections, type FrontierSelectionRow } from "./load-frontier-selections.js";
import { loadFxRates, type FxRateTableRow } from "./load-fx-rates.js";
import { loadGpus, type GpuRow } from "./load-gpus.js";
import { loadHardwarePrices, type HardwarePriceRow } from "./load-hardware-prices.js";
import { loadRunCompute, type RunComputeRow } from "./load-run-compute.js";
import { loadTrainingRuns, type TrainingRunRow } from "./load-training-runs.js";
import { fail } from "./messages.js";

/**
 * The data files {@link loadTable} reads, by name (the file in `data/` without `.csv`), each with
 * the type of its rows: `loadTable("gpus").objects() as DataTables["gpus"][]`.
 *
 * @category Data
 */
export interface DataTables {
  /** `data/article-figures.csv`: every figure in the Nikkei article, with its quote. */
  readonly "article-figures": ArticleFigureRow;
  /** `data/case-claims.csv`: the figures claimed for each case's run, as written, who says them, and what they leave out. */
  readonly "case-claims": CaseClaimRow;
  /** `data/case-stages.csv`: the stages of each case's run, GPUs and GPU-hours. */
  readonly "case-stages": CaseStageRow;
  /** `data/cases.csv`: the headline cases, each a model and the run behind its claim. */
  readonly cases: CaseRow;
  /** `data/electricity-prices.csv`: the US industrial electricity price by year (Epoch AI's series, EIA). */
  readonly "electricity-prices": ElectricityPriceRow;
  /** `data/fleet-and-staff.csv`: fleets and staff shares, contested figures marked. */
  readonly "fleet-and-staff": FleetAndStaffRow;
  /** `data/frontier-models.csv`: Epoch AI's amortized costs of frontier models. */
  readonly "frontier-models": FrontierModelRow;
  /** `data/frontier-selections.csv`: the paper's 41, the working notebook's 61 and model_costs.csv's 82, with Epoch AI's costs. */
  readonly "frontier-selections": FrontierSelectionRow;
  /** `data/fx-rates.csv`: dated FX rates, in the `article` and `market` sets. */
  readonly "fx-rates": FxRateTableRow;
  /** `data/gpus.csv`: the GPU catalog's datasheet figures. */
  readonly gpus: GpuRow;
  /** `data/hardware-prices.csv`: dated rental and purchase prices of GPUs. */
  readonly "hardware-prices": HardwarePriceRow;
  /** `data/run-compute.csv`: parameters and tokens of the runs whose utilization is computed. */
  readonly "run-compute": RunComputeRow;
  /** `data/training-runs.csv`: reported training runs and published cost estimates on one footing. */
  readonly "training-runs": TrainingRunRow;
}

/**
 * One of the data files, by name.
 *
 * @category Data
 */
export type TableName = keyof DataTables;

const loaders: { readonly [N in TableName]: (path?: string) => ColumnTable } = {
  "article-figures": loadArticleFigures,
  "case-claims": loadCaseClaims,
  "case-stages": loadCaseStages,
  cases: loadCases,
  "electricity-prices": loadElectricityPrices,
  "fleet-and-staff": loadFleetAndStaff,
  "frontier-models": loadFrontierModels,
  "frontier-selections": loadFrontierSelections,
  "fx-rates": loadFxRates,
  gpus: loadGpus,
  "hardware-prices": loadHardwarePrices,
  "run-compute": loadRunCompute,
  "training-runs": loadTrainingRuns,
};

/**
 * A data file as an Arquero table, its every cell checked against the file's schema (rows of
 * the type {@link DataTables} gives for `name`). Reads `data/<name>.csv` by default (read once,
 * then cached); `path` reads another file with the same columns, uncached. Invalid data is an
 * error naming the file, line, column and value; an unknown name is refused with the known ones.
 *
 * @example
 * loadTable("training-runs").filter((d) => d.model === "DeepSeek-V3").numRows(); // its stages and total
 * showTable(loadTable("article-figures"), { columns: ["id", "low", "high", "unit", "quote"] });
 *
 * @category Data
 */
export function loadTable(name: TableName, path?: string): ColumnTable {
  if (typeof name !== "string" || !Object.hasOwn(loaders, name)) {
    fail("notOneOf", { name: "table", value: name, choices: Object.keys(loaders) });
  }
  return loaders[name](path);
}
