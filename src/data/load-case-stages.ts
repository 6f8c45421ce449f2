import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/**
 * What a stage of a run did, for the checklist of what a claim counts (src/cases/checklist.ts):
 * - `pre-training`, `context-extension`: the model's own training from scratch;
 * - `post-training`, `sft`, `reinforcement-learning`: training after it (fine-tuning, RL);
 * - `data-generation`: making training data with a model (distillation, SFT data);
 * - `experiments`: runs before the final one (ablations, smaller models);
 * - `training`: a run the source does not break down.
 */
export const stageKinds = [
  "pre-training",
  "context-extension",
  "post-training",
  "sft",
  "reinforcement-learning",
  "data-generation",
  "experiments",
  "training",
] as const;

/** One of {@link stageKinds}. */
export type StageKind = (typeof stageKinds)[number];

/**
 * One row of `data/case-stages.csv`: a stage of a case's run, its GPU and GPU-hours, with the quote.
 * GPU-hours are as the source gives them, or `gpu_count` × `duration` where it gives those.
 *
 * @category Data
 */
export interface CaseStageRow {
  /** The case's id in `data/cases.csv`. */
  readonly case: string;
  /** The stage as shown: `Pre-training`. */
  readonly stage: string;
  readonly kind: StageKind;
  readonly gpu: string;
  readonly gpu_count: number | null;
  /** Wall-clock time as written: `19 h`, `26 min`, `3 weeks`; `null` where the source gives GPU-hours. */
  readonly duration: string | null;
  /** As the source gives them; `null` when `gpu_count` × `duration` gives them. */
  readonly gpu_hours: number | null;
  readonly source: string;
  readonly quote: string;
}

/** `26 min`, `19 h`, `4 days`, `3 weeks`: a number and a unit. */
export const DURATION = /^(\d+(?:\.\d+)?) (min|h|days?|weeks?)$/;

const HOURS_PER: Readonly<Record<string, number>> = { min: 1 / 60, h: 1, day: 24, days: 24, week: 168, weeks: 168 };

/** Hours of a duration as written: `durationHours("26 min")` → 26 ÷ 60 = 0.4333… */
export function durationHours(text: string): number {
  const m = DURATION.exec(text)!;
  return Number(m[1]) * HOURS_PER[m[2]!]!;
}

/** The columns of `data/case-stages.csv`; `case` and `stage` unique together; GPU-hours or a count and a duration. */
export const caseStagesSchema: FileSchema = {
  file: "case-stages.csv",
  columns: [
    col.string("case"),
    col.string("stage"),
    col.enum("kind", stageKinds),
    col.string("gpu"),
    col.number("gpu_count", { sign: "positive", integer: true, required: false }),
    col.string("duration", false),
    col.number("gpu_hours", { sign: "positive", required: false }),
    col.string("source"),
    col.string("quote"),
  ],
  key: ["case", "stage"],
  checks: [
    (r) =>
      r.duration !== null && !DURATION.test(r.duration as string)
        ? { column: "duration", expected: "a number and a unit: 26 min, 19 h, 4 days, 3 weeks" }
        : undefined,
    (r) =>
      r.gpu_hours === null && (r.gpu_count === null || r.duration === null)
        ? { column: "gpu_hours", expected: "GPU-hours, or gpu_count and duration to multiply" }
        : undefined,
    (r) =>
      r.gpu_hours !== null && r.duration !== null
        ? { column: "duration", expected: "empty where gpu_hours is given: one figure, not two that could disagree" }
        : undefined,
  ],
};

const read = csvLoader(caseStagesSchema);

/**
 * The stages of the cases' runs, as an Arquero table of {@link CaseStageRow}s. Reads
 * `data/case-stages.csv` by default (cached); `path` reads another file, uncached.
 */
export function loadCaseStages(path?: string): ColumnTable {
  return read(path);
}
