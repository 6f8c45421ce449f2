import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { obeys, positive } from "../input/rules.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import type { CostView } from "./cost-view.js";
import { defaultRun, type TrainingStage } from "./default-run.js";

export type { TrainingStage } from "./default-run.js";
import { writeMoney, writeRange } from "./formula.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link reportedCost}: the lab's stages and its assumed rental price.
 *
 * @category Cost views
 */
export interface ReportedOptions {
  /** The lab's stages and their GPU-hours. Defaults to the default case's (DeepSeek-V3's Table 1, from data/case-stages.csv). */
  stages?: readonly TrainingStage[];
  /** The rental price the lab assumed per GPU-hour. Defaults to the default case's claim's (DeepSeek-V3 Table 1's, data/case-claims.csv). */
  ratePerGpuHour?: MoneyInput;
}

/**
 * The lab's own figure, by its own method: each stage's GPU-hours × the assumed rental price.
 * With the defaults it reproduces DeepSeek-V3's Table 1 exactly:
 * 2,664K + 119K + 5K = 2,788K H800 GPU-hours at $2 → $5.328M + $0.238M + $0.01M = $5.576M.
 *
 * @example
 * reportedCost().low; // 5_576_000, Table 1 of the DeepSeek-V3 report
 *
 * @category Cost views
 */
export function reportedCost(options: ReportedOptions = {}): CostView {
  knownKeys(options, ["stages", "ratePerGpuHour"], "options");
  const { stages = defaultRun().stages, ratePerGpuHour = defaultRun().rate } = options;
  if (!isList(stages) || stages.length === 0) fail("notStages", { name: "stages", value: stages });
  const checked = stages.map((s, i) => ({
    stage:
      typeof s?.stage === "string" && s.stage
        ? s.stage
        : fail("notString", { name: `stages[${i}].stage`, value: s?.stage, nonEmpty: true }),
    gpuHours:
      typeof s.gpuHours === "number" && obeys(s.gpuHours, positive)
        ? s.gpuHours
        : fail("notPositive", { name: `stages[${i}].gpuHours`, value: s.gpuHours, unit: "GPU-hours" }),
  }));
  return computeReported(
    checked,
    asMoneyRange(ratePerGpuHour, "ratePerGpuHour", positive),
    labReportedLabels(defaultRun().where),
  );
}

/** How a reported view names itself: its label and its method, with its source. */
export interface ReportedLabels {
  readonly label: string;
  readonly basis: string;
}

/** The labels of the lab's own figure from its paper: `(where)` names the table (`DeepSeek-V3 Technical Report, Table 1`). */
export function labReportedLabels(where: string): ReportedLabels {
  return {
    label: "Reported: the lab's figure",
    basis: `the lab's own method: GPU-hours of the final run's stages × its assumed rental price (${where})`,
  };
}

/**
 * The core of {@link reportedCost}: the same view from stages and a price already checked and
 * normalised, with no checks of its own. `estimate()` calls it with the case's stages.
 */
export function computeReported(stages: readonly TrainingStage[], rate: MoneyRange, labels: ReportedLabels): CostView {
  const c = rate.currency;
  const breakdown = stages.map((s) => ({
    label: s.stage,
    ...moneyRange(s.gpuHours * rate.low, s.gpuHours * rate.high, c),
    formula: `${writeRange({ low: s.gpuHours, high: s.gpuHours })} GPU-hours × ${writeMoney(rate)}`,
  }));
  const hours = stages.reduce((t, s) => t + s.gpuHours, 0);
  return {
    view: "reported",
    ...labels,
    ...moneyRange(hours * rate.low, hours * rate.high, c),
    breakdown,
  };
}

/** The total GPU-hours of the stages (2,788,000 for DeepSeek-V3, the default case). */
export function totalGpuHours(stages: readonly TrainingStage[] = defaultRun().stages): number {
  return stages.reduce((t, s) => t + s.gpuHours, 0);
}
