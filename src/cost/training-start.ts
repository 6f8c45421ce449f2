import { fail } from "./messages.js";
import { readDay } from "../validate/read-day.js";

/**
 * When a training run started, from when it was published: Epoch AI's rule, and this project's
 * use of the same rule with the run's own length. Both take the publication date as their input.
 *
 * Epoch's `get_training_start_date` (cost_analysis_standalone.py:551–576 @ 263c40a): the
 * publication date − (the database's `Training time (hours)`, truncated to whole hours, or,
 * where the database has none, the median training time of the running top-10 models) − 60 days.
 * Four models have start dates of their own there (Gemini 1.0 Ultra, GPT-4, GPT-3.5, GPT-3);
 * they are not rules and are not repeated here.
 */

/** Epoch's median training time, `MEDIAN_TRAINING_TIME_DAYS = 793.5 / 24` (cost_analysis_standalone.py:32 @ 263c40a): 33.0625 days. */
export const EPOCH_MEDIAN_TRAINING_DAYS = 793.5 / 24;

/** Epoch's gap between the end of training and publication, `buffer_time = pd.Timedelta(days=60)` (line 574 @ 263c40a). */
export const PUBLICATION_GAP_DAYS = 60;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * A training start found by a rule: the day (what the cost views take), the exact time the rule
 * gives, and the run length it subtracted.
 */
export interface TrainingStart {
  /** The day of the start, `YYYY-MM-DD` (the date part of `at`). */
  readonly day: string;
  /** The start as the rule computes it, to the hour: `2024-09-21T22:30:00.000Z`. */
  readonly at: string;
  /** The publication date the rule starts from. */
  readonly published: string;
  /** The run's length subtracted, hours (whole hours, as Epoch truncates them). */
  readonly runHours: number;
  /** Where the run's length comes from, in words. */
  readonly runLength: string;
  /** The gap between the end of training and publication, days. */
  readonly gapDays: number;
}

/**
 * Epoch's rule: `published` − (`trainingHours`, truncated to whole hours, or Epoch's median
 * 33.0625 days where the database gives none) − 60 days.
 *
 * `epochTrainingStart({ published: "2024-12-24" }).at` → `2024-09-21T22:30:00.000Z` (DeepSeek-V3's
 * row in Epoch's database has no training time: 2024-12-24 − 33.0625 days − 60 days).
 */
export function epochTrainingStart({
  published,
  trainingHours,
}: {
  published: string | Date;
  trainingHours?: number | null;
}): TrainingStart {
  const day = readDay(published, "published");
  if (trainingHours === undefined || trainingHours === null) {
    const median = "Epoch's median training time, 793.5 h = 33.06 days (the database gives none)";
    return start(day, EPOCH_MEDIAN_TRAINING_DAYS * 24, median, PUBLICATION_GAP_DAYS);
  }
  checkHours(trainingHours, "trainingHours");
  const hours = Math.trunc(trainingHours);
  return start(day, hours, `the database's training time, ${hours.toLocaleString("en-US")} h`, PUBLICATION_GAP_DAYS);
}

/**
 * This project's rule: Epoch's, with the run's own length, its GPU-hours ÷ the GPUs it ran on
 * (truncated to whole hours, as Epoch truncates a database's hours), and Epoch's 60 days; `gapDays`
 * tries the other gaps Epoch's code names ("e.g. 20 days, 180 days", line 573).
 *
 * `runLengthTrainingStart({ published: "2024-12-27", gpuHours: 2_788_000, gpuCount: 2_048 }).day` →
 * `2024-09-01` (2,788,000 ÷ 2,048 = 1,361 h = 56.7 days, then 60 days).
 */
export function runLengthTrainingStart({
  published,
  gpuHours,
  gpuCount,
  gapDays = PUBLICATION_GAP_DAYS,
}: {
  published: string | Date;
  gpuHours: number;
  gpuCount: number;
  gapDays?: number;
}): TrainingStart {
  const day = readDay(published, "published");
  checkHours(gpuHours, "gpuHours");
  checkHours(gpuCount, "gpuCount");
  if (typeof gapDays !== "number" || !Number.isFinite(gapDays) || gapDays < 0)
    fail("notInRange", { name: "gapDays", value: gapDays, min: 0 });
  const hours = Math.trunc(gpuHours / gpuCount);
  return start(
    day,
    hours,
    `the run's GPU-hours ÷ its GPUs, ${gpuHours.toLocaleString("en-US")} ÷ ${gpuCount.toLocaleString("en-US")} = ${hours.toLocaleString("en-US")} h`,
    gapDays,
  );
}

function start(published: string, runHours: number, runLength: string, gapDays: number): TrainingStart {
  const ms = Date.parse(`${published}T00:00:00Z`) - runHours * HOUR_MS - gapDays * DAY_MS;
  const at = new Date(ms).toISOString();
  return { day: at.slice(0, 10), at, published, runHours, runLength, gapDays };
}

function checkHours(value: number, name: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    fail("notPositive", { name, value });
  }
}
