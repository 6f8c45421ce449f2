import { parseAmount } from "../amount/parse-amount.js";
import { derived } from "../data/csv-loader.js";
import { DEFAULT_CASE, loadCases, type CaseRow } from "../data/load-cases.js";
import { loadCaseClaims, type CaseClaimRow } from "../data/load-case-claims.js";
import { durationHours, loadCaseStages, type CaseStageRow } from "../data/load-case-stages.js";
import { tableRows } from "../data/table-rows.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import { runLengthTrainingStart } from "./training-start.js";

/** A stage of a run as the reported view counts it: its name and GPU-hours. */
export interface TrainingStage {
  readonly stage: string;
  readonly gpuHours: number;
}

/**
 * The default case's run as the cost views' own defaults take it (`reportedCost()` with no
 * stages, `amortizedCost()` with no training start): its stages, the rental price its claim
 * states, its report's date and its training start by this project's rule. Read from
 * `data/cases.csv`, `data/case-stages.csv` and `data/case-claims.csv` (src/cases/ assembles the
 * whole case for everything above the cost views).
 */
export interface DefaultRun {
  readonly stages: readonly TrainingStage[];
  readonly rate: MoneyRange;
  /** Where the claim appeared: `DeepSeek-V3 Technical Report, Table 1`. */
  readonly where: string;
  readonly published: string;
  readonly trainingStart: string;
}

export const defaultRun = derived(
  () => loadCases(),
  (table): DefaultRun => {
    const row = tableRows<CaseRow>(table).find((r) => r.id === DEFAULT_CASE)!;
    const stages = tableRows<CaseStageRow>(loadCaseStages())
      .filter((s) => s.case === DEFAULT_CASE)
      .map((s) => ({ stage: s.stage, gpuHours: s.gpu_hours ?? s.gpu_count! * durationHours(s.duration!) }));
    const claim = tableRows<CaseClaimRow>(loadCaseClaims()).find((c) => c.case === DEFAULT_CASE)!;
    const rate = parseAmount(claim.rate!);
    const published = row.published.toISOString().slice(0, 10);
    return {
      stages,
      rate: moneyRange(rate.low, rate.high, rate.unit),
      where: claim.where,
      published,
      trainingStart: runLengthTrainingStart({
        published,
        gpuHours: stages.reduce((t, s) => t + s.gpuHours, 0),
        gpuCount: row.run_gpus!,
      }).day,
    };
  },
);
