import type { ColumnTable } from "arquero";
import { assumptions as checkAssumptions, type Assumptions } from "../../assumptions/assumptions.js";
import { estimate } from "../../assumptions/estimate.js";
import { uncertaintyOf } from "../../assumptions/uncertainty-of.js";
import { EPOCH_COMMIT } from "../../cost/epoch-method.js";
import { epochTrainingStart, runLengthTrainingStart, type TrainingStart } from "../../cost/training-start.js";
import type { FrontierModelRow } from "../../data/load-frontier-models.js";
import { rowsOf } from "../../data/rows-of.js";
import { moneyText, percentText } from "../../format/text.js";
import { knownKeys } from "../../validate/known-keys.js";
import { fail } from "../messages.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * One rule for a run's training start, its publication date and whose each is, and the hardware
 * valued at that start.
 *
 * @category Methods
 */
export interface TrainingStartRow {
  /** `this project's rule` or `Epoch's rule`. */
  readonly rule: string;
  /** The publication date the rule starts from. */
  readonly published: string;
  /** Whose date that is: the report's, or Epoch's database's. */
  readonly publishedBy: string;
  /** The run length the rule subtracts, in words. */
  readonly runLength: string;
  /** The training start, `YYYY-MM-DD`, and to the hour. */
  readonly start: string;
  readonly startAt: string;
  /** The amortized view valued at this start (price-performance depreciation), in the estimate's currency. */
  readonly atTrainingStartLow: number;
  readonly atTrainingStartHigh: number;
  readonly atTrainingStartText: string;
  /** Against the first row, at the low and the high end: `−1.64% to −1.66%`; empty on the first row. */
  readonly againstFirst: string;
  /** `in use` when `trainingStart` holds this start. */
  readonly inUse: string;
}

/**
 * Options of {@link trainingStartRows}: the model's row in Epoch's database, and the report's date and cluster.
 *
 * @category Methods
 */
export interface TrainingStartRowsOptions {
  /** The model's name in data/frontier-models.csv (Epoch's database). Defaults to `"DeepSeek-V3"`. */
  readonly model?: string;
  /** The date the lab published the run's report. Defaults to DeepSeek-V3's, 2024-12-27 (arXiv v1). */
  readonly published?: string;
  /** The GPUs the final run ran on. Defaults to DeepSeek-V3's 2,048. */
  readonly runGpus?: number;
}

/**
 * The two training starts side by side: this project's rule (Epoch's, applied to the report's date
 * with the run's own length, GPU-hours ÷ the run's GPUs) and Epoch's rule applied to Epoch's own
 * database row (its publication date, and its training time or, where it has none, its median of
 * 33.06 days), each with whose date it starts from, and the amortized view valued at each start.
 * Epoch's database has no training-start column: its date is its rule's.
 *
 * @example
 * showTable(trainingStartRows(assumptions(), loadTable("frontier-models")));
 *
 * @category Methods
 */
export function trainingStartRows(
  a: Assumptions,
  frontier: ColumnTable | readonly FrontierModelRow[],
  options: TrainingStartRowsOptions = {},
): TrainingStartRow[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  knownKeys(options, ["model", "published", "runGpus"], "options");
  const { model = a.case.model, published = a.case.published, runGpus = a.case.runGpus ?? a.gpuCount.low } = options;
  const row = rowsOf<FrontierModelRow>(frontier, "frontier").find((r) => r.model === model);
  // a model Epoch's database lacks (an explicit model must be there) has this project's rule alone
  if (!row && options.model !== undefined) fail("unknownEntry", { name: "model", value: model, known: [] });
  const epochDate = row?.publication_date.toISOString().slice(0, 10);
  const hours = a.gpuHours;
  const ours = runLengthTrainingStart({ published, gpuHours: hours.low, gpuCount: runGpus });
  const epochs = row && epochTrainingStart({ published: epochDate!, trainingHours: row.training_time_hours });
  const valued = (start: TrainingStart) => {
    // the electricity default follows the year of the start, so it is derived again where it is the default
    const { electricityPrice, ...rest } = a;
    const keep = uncertaintyOf(a, "electricityPrice").from === "documented" ? rest : { ...rest, electricityPrice };
    return estimate(
      checkAssumptions({
        ...keep,
        depreciation: "price-performance",
        valuation: "training-start",
        trainingStart: start.day,
      }),
    ).amortized;
  };
  const first = valued(ours);
  const second = epochs && valued(epochs);
  const signed = (x: number) => `${x < 0 ? "−" : "+"}${percentText(Math.abs(x), Math.abs(x), 2)}`;
  const change = second && `${signed(second.low / first.low - 1)} to ${signed(second.high / first.high - 1)}`;
  const text = (v: { low: number; high: number; currency: typeof a.currency }) => moneyText(v.low, v.high, v.currency);
  return [
    {
      rule: "this project's rule: Epoch's, with the run's own length",
      published,
      publishedBy: `the report's date (${model}: ${a.case.claims[0]?.where ?? a.case.source.split(",").slice(0, 2).join(",")})`,
      runLength: ours.runLength,
      start: ours.day,
      startAt: ours.at,
      atTrainingStartLow: first.low,
      atTrainingStartHigh: first.high,
      atTrainingStartText: text(first),
      againstFirst: "",
      inUse: a.trainingStart === ours.day ? "in use" : "",
    },
    ...(row && epochs && second
      ? [
          {
            rule: "Epoch's rule (get_training_start_date) on Epoch's database row",
            published: epochDate!,
            publishedBy: `Epoch's database (${row.model_dataset_file} at ${EPOCH_COMMIT.slice(0, 7)}, Publication date)`,
            runLength: epochs.runLength,
            start: epochs.day,
            startAt: epochs.at,
            atTrainingStartLow: second.low,
            atTrainingStartHigh: second.high,
            atTrainingStartText: text(second),
            againstFirst: change!,
            inUse: a.trainingStart === epochs.day ? "in use" : "",
          },
        ]
      : []),
  ];
}
