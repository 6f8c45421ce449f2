import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/**
 * How a training run's `cost_usd` was arrived at:
 * - `reported-rental`: the lab's own GPU-hours × a rental rate it assumed (DeepSeek: $2/h);
 * - `cloud-rental-estimate`: a third party's estimate at cloud rental prices (AI Index 2024);
 * - `amortized-estimate`: a third party's amortized hardware and energy cost (Epoch AI).
 * A row without a cost has an empty `cost_basis`.
 */
const costBases = ["reported-rental", "cloud-rental-estimate", "amortized-estimate"] as const;

/** One of {@link costBases}. */
export type CostBasis = (typeof costBases)[number];

/**
 * One row of `data/training-runs.csv`: a reported training run or stage, or a published cost estimate.
 *
 * @category Data
 */
export interface TrainingRunRow {
  readonly id: string;
  readonly model: string;
  /** `pre-training`, `context-extension`, `post-training`, `reinforcement-learning`, `sft-data`, `training`, `final-training-run`, `total` */
  readonly stage: string;
  readonly developer: string;
  /** A `data/gpus.csv` id, or `null` when not reported. */
  readonly gpu: string | null;
  readonly gpu_count: number | null;
  readonly gpu_hours: number | null;
  readonly tokens: number | null;
  readonly cost_usd: number | null;
  readonly cost_basis: CostBasis | null;
  readonly as_of: Date;
  readonly source: string;
  readonly quote: string;
}

/**
 * The columns of `data/training-runs.csv`; `id` unique. Estimates give a cost but no GPU-hours,
 * model cards give GPU-hours but no cost: so `gpu`, `gpu_count`, `gpu_hours`, `tokens`,
 * `cost_usd` and `cost_basis` are optional.
 */
export const trainingRunsSchema: FileSchema = {
  file: "training-runs.csv",
  columns: [
    col.string("id"),
    col.string("model"),
    col.string("stage"),
    col.string("developer"),
    col.string("gpu", false),
    col.number("gpu_count", { sign: "positive", integer: true, required: false }),
    col.number("gpu_hours", { sign: "positive", required: false }),
    col.number("tokens", { sign: "positive", required: false }),
    col.number("cost_usd", { sign: "positive", required: false }),
    col.enum("cost_basis", costBases, false),
    col.date("as_of"),
    col.string("source"),
    col.string("quote"),
  ],
  key: ["id"],
};

const read = csvLoader(trainingRunsSchema);

/**
 * Reported training runs on one footing, as an Arquero table of {@link TrainingRunRow}s.
 * Reads `data/training-runs.csv` by default (read once, then cached); `path` reads another
 * file, uncached. Invalid data is an error.
 *
 * @example
 * loadTrainingRuns().filter((d) => d.model === "DeepSeek-V3").numRows(); // its stages and total
 */
export function loadTrainingRuns(path?: string): ColumnTable {
  return read(path);
}
