import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import { headlineClaim } from "../../cases/case.js";
import { caseOf, dataCase } from "../../cases/case-of.js";
import { baseChain } from "../../cases/chain.js";
import { DEFAULT_CASE } from "../../cases/default-case.js";
import { loadArticleFigures, type ArticleFigureRow } from "../../data/load-article-figures.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../data/load-training-runs.js";
import { rowsOf } from "../../data/rows-of.js";
import { moneyRange, type MoneyRange } from "../../money/money-range.js";
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
  /** The case the estimate tests: `deepseek-v3`. */
  readonly caseId: string;
  /** Who made the model: `DeepSeek-AI`. */
  readonly lab: string;
  /** The model: `DeepSeek-V3`. */
  readonly model: string;
  /** Who says the figure: `lab-paper`, `lab-staff`, `press-unnamed`, `third-party`; `null` with no claim. */
  readonly who: string | null;
  /** The row of `data/training-runs.csv` with the figure, for the article's comparison (`deepseek-v3-total`), or `null`. */
  readonly runId: string | null;
  /** The figure in the claim's own currency (the bound of `under $450`), or `null` for a case with no claim. */
  readonly amount: MoneyRange | null;
  /** As written: `$5.576M`, `under $450`; "" with no claim. */
  readonly amountText: string;
  /** Whether the figure is a bound from above (`under $450`). */
  readonly upperBound: boolean;
  /** The figure in the estimate's currency (`estimate().reported`), or `null`. */
  readonly inEstimate: MoneyRange | null;
  /** GPU-hours and the GPU they are counted on: 2,788,000 H800 GPU-hours; `null` where the case states none. */
  readonly gpuHours: number | null;
  readonly gpu: string;
  /** The rental price per GPU-hour the claim states ($2), or implies (the figure ÷ its GPU-hours); `null` without both. */
  readonly ratePerGpuHour: MoneyRange | null;
  /** Whether the claim states its rate (DeepSeek's $2) rather than implying it. */
  readonly rateStated: boolean;
  /** What the figure counts, in order: `Pre-training`, `Context extension`, `Post-training`; empty where the source does not say. */
  readonly stages: readonly string[];
  /** What it leaves out, in its author's words, or `null` where the source does not say. */
  readonly scope: string | null;
  /** Who disputes it, where and in their words, for a contested claim; else `null`. */
  readonly contested: { readonly by: string; readonly url: string; readonly quote: string } | null;
  /** The base model it builds on, and the claim with its bases' in US dollars (`null` where a base's cost is unknown). */
  readonly base: { readonly model: string; readonly withBaseUsd: number | null } | null;
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
  const c = e.case ?? caseOf(undefined);
  const claim = headlineClaim(c);
  const amount = claim ? moneyRange(claim.figure, claim.figure, claim.amount.currency) : null;
  const rate =
    claim?.statedRate ??
    (claim && c.gpuHours !== null
      ? moneyRange(claim.figure / c.gpuHours, claim.figure / c.gpuHours, claim.amount.currency)
      : null);
  // the article's comparison is of the article's case only
  const article = c.id === DEFAULT_CASE;
  const run = article
    ? rowsOf<TrainingRunRow>(runs, "runs").find(
        (r) => r.model === c.model && r.stage === "total" && r.cost_usd !== null,
      )
    : undefined;
  const comparison = article
    ? rowsOf<ArticleFigureRow>(articleFigures, "articleFigures").find((r) => r.id === COMPARISON_ID)
    : undefined;
  const chain = baseChain(c, dataCase);
  return {
    caseId: c.id,
    lab: c.developer,
    model: c.model,
    who: claim?.who ?? null,
    runId: run?.id ?? null,
    amount,
    amountText: claim?.text ?? "",
    upperBound: claim?.upperBound ?? false,
    inEstimate: e.reported ? moneyRange(e.reported.low, e.reported.high, e.reported.currency) : null,
    gpuHours: c.gpuHours,
    gpu: c.gpu,
    ratePerGpuHour: rate,
    rateStated: claim?.statedRate != null,
    stages: e.reported && claim?.statedRate ? e.reported.breakdown.map((line) => line.label) : (claim?.counts ?? []),
    scope: claim?.excludesQuote ?? null,
    contested: claim?.contested ?? null,
    base: c.baseModel === null ? null : { model: c.baseModel, withBaseUsd: chain.totalUsd },
    source: !claim
      ? c.source
      : claim.who.startsWith("lab-")
        ? `${c.developer}, ${claim.where}, ${claim.url}`
        : `${claim.where}, ${claim.url}`,
    published: claim?.date ?? c.published,
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
