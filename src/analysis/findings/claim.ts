import type { ColumnTable } from "arquero";
import { formatAmount } from "../../amount/format-amount.js";
import type { Estimate } from "../../assumptions/estimate.js";
import { DEEPSEEK_V3_RUN_ID, DEEPSEEK_V3_SCOPE } from "../../cost/deepseek-v3.js";
import { loadArticleFigures, type ArticleFigureRow } from "../../data/load-article-figures.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../data/load-training-runs.js";
import { rowsOf } from "../../data/rows-of.js";
import { moneyRange, type MoneyRange } from "../../money/money-range.js";
import { fail } from "../messages.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";
import { knownKeys } from "../../validate/known-keys.js";

/**
 * A headline figure as its author gives it ("trained for $X"): who says it, what they count and
 * how they price it. The findings and the cost ladder are written from this and the estimate, so
 * that they follow whichever claim the estimate's `reported` view is.
 *
 * @category Findings
 */
export interface Claim {
  /** Who says it: `DeepSeek-AI`. */
  readonly lab: string;
  /** The model: `DeepSeek-V3`. */
  readonly model: string;
  /** The run of `data/training-runs.csv` the figure is for (`deepseek-v3-total`). */
  readonly runId: string;
  /** The figure in the claim's own currency, and as written with four significant digits: `$5.576M`. */
  readonly amount: MoneyRange;
  readonly amountText: string;
  /** The figure in the estimate's currency (`estimate().reported`). */
  readonly inEstimate: MoneyRange;
  /** GPU-hours and the GPU they are counted on: 2,788,000 H800 GPU-hours. */
  readonly gpuHours: number;
  readonly gpu: string;
  /** The rental price the claim assumes per GPU-hour: $2. */
  readonly ratePerGpuHour: MoneyRange;
  /** What the figure counts, in order: `Pre-training`, `Context extension`, `Post-training`. */
  readonly stages: readonly string[];
  /** What it leaves out, in its author's words. */
  readonly scope: string;
  /** Where it is published, and when (`YYYY-MM-DD`). */
  readonly source: string;
  readonly published: string;
  /** A comparison the press made with it, when there is one: the article's "不到10分之1" of US models. */
  readonly comparison?: {
    readonly quote: string;
    readonly label: string;
    /** The share the comparison puts it under: 0.1. */
    readonly threshold: number;
    readonly source: string;
  };
}

/**
 * Options of {@link claimOf}: the data it reads (the project's files by default).
 *
 * @category Findings
 */
export interface ClaimOptions {
  /** `data/training-runs.csv`. */
  readonly runs?: ColumnTable | readonly TrainingRunRow[];
  /** `data/article-figures.csv`. */
  readonly articleFigures?: ColumnTable | readonly ArticleFigureRow[];
}

/** The fields every claim has: what {@link findings} and the cost ladder check a claim for. */
export const CLAIM_FIELDS = ["lab", "model", "amount", "amountText", "inEstimate", "gpuHours", "gpu", "ratePerGpuHour"];

/** The article's comparison of the reported figure with US models (`data/article-figures.csv`). */
const COMPARISON_ID = "cost-vs-us-models";

/**
 * The claim behind `e.reported`, in one place: today DeepSeek-V3's Table 1, its row of
 * `data/training-runs.csv` (lab, model, GPU, GPU-hours, cost, date, source) and its stages as the
 * estimate counts them, with the article's comparison. Everything the findings and the ladder say
 * about the claim comes from here, never from a literal.
 *
 * `claimOf(estimate()).amountText` → `$5.576M`; `.gpuHours` → 2,788,000; `.gpu` → `H800`
 *
 * @category Findings
 */
export function claimOf(e: Estimate, options: ClaimOptions = {}): Claim {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  knownKeys(options, ["runs", "articleFigures"], "options");
  const { runs = loadTrainingRuns(), articleFigures = loadArticleFigures() } = options;
  const run = rowsOf<TrainingRunRow>(runs, "runs").find((r) => r.id === DEEPSEEK_V3_RUN_ID);
  if (!run || run.cost_usd === null || run.gpu_hours === null || run.gpu === null)
    fail("notReportedRun", { name: "run", value: DEEPSEEK_V3_RUN_ID });
  const amount = moneyRange(run.cost_usd, run.cost_usd, "USD");
  const rate = run.cost_usd / run.gpu_hours;
  const comparison = rowsOf<ArticleFigureRow>(articleFigures, "articleFigures").find((r) => r.id === COMPARISON_ID);
  return {
    lab: run.developer,
    model: run.model,
    runId: run.id,
    amount,
    amountText: formatAmount(amount, { digits: 4 }),
    inEstimate: moneyRange(e.reported.low, e.reported.high, e.reported.currency),
    gpuHours: run.gpu_hours,
    gpu: run.gpu,
    ratePerGpuHour: moneyRange(rate, rate, "USD"),
    stages: e.reported.breakdown.map((line) => line.label),
    scope: DEEPSEEK_V3_SCOPE,
    source: run.source,
    published: run.as_of.toISOString().slice(0, 10),
    ...(comparison
      ? {
          comparison: {
            quote: comparison.quote,
            label: comparison.label,
            threshold: comparison.high,
            source: comparison.source_url,
          },
        }
      : {}),
  };
}
