import type { Claimant, ChecklistItem } from "../data/load-case-claims.js";
import type { StageKind } from "../data/load-case-stages.js";
import type { MoneyRange } from "../money/money-range.js";

/**
 * A stage of a case's run: what it did, on which GPUs, for how many GPU-hours, with the source's words.
 *
 * @category Cases
 */
export interface CaseStage {
  readonly stage: string;
  readonly kind: StageKind;
  readonly gpu: string;
  readonly gpuCount: number | null;
  /** As the source gives them, or its GPU count × its duration. */
  readonly gpuHours: number;
  /** How the GPU-hours were found: `as stated` or `16 GPUs × 26 min`. */
  readonly hoursFrom: string;
  readonly source: string;
  readonly quote: string;
}

/**
 * A figure someone gave for a case's training, as written and as read.
 *
 * @category Cases
 */
export interface CaseClaim {
  /** As written: `$5.576M`, `under $450`. */
  readonly text: string;
  /** As read: `under $450` is 0–$450. */
  readonly amount: MoneyRange;
  /** The figure compared with: the amount, or its bound for `under $450` ($450). */
  readonly figure: number;
  /** Whether the text bounds the figure from above (`under $50`): the claim is at most `figure`. */
  readonly upperBound: boolean;
  readonly date: string;
  readonly where: string;
  readonly url: string;
  readonly who: Claimant;
  readonly basis: "rental" | "unknown";
  /** The rental price per GPU-hour the claim states, or `null`. */
  readonly statedRate: MoneyRange | null;
  readonly statedRateText: string | null;
  /** The stage names the figure counts, or `null` where its source does not say. */
  readonly counts: readonly string[] | null;
  /** What its source says it leaves out, with the source's words. */
  readonly excludes: readonly ChecklistItem[];
  readonly excludesQuote: string | null;
  /** For a claim the lab disowns: who, where, their words; else `null`. */
  readonly contested: { readonly by: string; readonly url: string; readonly quote: string } | null;
  readonly quote: string;
}

/**
 * A headline case: a model, the run behind it, what it builds on and the claims made for it. Data,
 * from `data/cases.csv`, `data/case-stages.csv` and `data/case-claims.csv`, or from a case a user
 * writes (`--case-file`); every figure with its source and quote.
 *
 * @category Cases
 */
export interface Case {
  readonly id: string;
  readonly model: string;
  readonly developer: string;
  /** The organisation as Epoch AI's database names it (its PUE rule reads it). */
  readonly organization: string;
  readonly baseModel: string | null;
  readonly baseCase: string | null;
  /** The model whose outputs made the training data, where the source names one. */
  readonly dataFrom: string | null;
  /** `YYYY-MM-DD`. */
  readonly published: string;
  readonly gpu: string;
  /** The GPUs the run used, or `null` where no source says. */
  readonly runGpus: number | null;
  /** The GPUs bought for the purchase view: a fleet a source gives, else the run's own GPUs. */
  readonly fleet: {
    readonly low: number;
    readonly high: number;
    readonly source: string;
    readonly quote: string | null;
  } | null;
  /** The run's GPU-hours: its stages' total, or `null` where no source gives them. */
  readonly gpuHours: number | null;
  /** The hours' range a source supports, or `null` (then this project's stated judgement applies). */
  readonly hoursRange: { readonly low: number; readonly high: number; readonly source: string } | null;
  readonly stages: readonly CaseStage[];
  /** Every claim for the case, the headline first. */
  readonly claims: readonly CaseClaim[];
  readonly source: string;
  readonly quote: string;
  /** Where the case comes from: `data/cases.csv` or the file a user wrote. */
  readonly from: string;
}

/** The headline claim of a case (its first), or `undefined` for a case with none (Llama 3.1 405B). */
export function headlineClaim(c: Case): CaseClaim | undefined {
  return c.claims[0];
}
