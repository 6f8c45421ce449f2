import type { ColumnTable } from "arquero";
import { modelFlopsUtilization } from "../../compute/model-flops-utilization.js";
import { peakFlopsPerGpu, type PeakPrecision } from "../../compute/peak-flops.js";
import { trainingFlop } from "../../compute/training-flop.js";
import type { RunComputeRow } from "../../data/load-run-compute.js";
import type { TrainingRunRow } from "../../data/load-training-runs.js";
import { fail } from "../messages.js";
import { gpuSpec } from "../../gpu/catalog.js";
import { flopText, percentText, quantityText } from "../../format/text.js";
import { rowsOf } from "../../data/rows-of.js";
import { knownKeys } from "../../validate/known-keys.js";
import { resultsOf } from "../../validate/result-of.js";

/** The runs whose utilization is checked by default: DeepSeek-V3's pre-training and Llama 3.1 405B. */
const MFU_RUNS = ["deepseek-v3-pre-training", "llama-3.1-405b"] as const;

/**
 * One run's utilization at one peak: what its published hours imply, beside what its authors report.
 *
 * @category The frontier
 */
export interface MfuRow {
  readonly id: string;
  readonly model: string;
  readonly gpu: string;
  readonly precision: PeakPrecision;
  /** The GPU's dense peak at `precision`, TFLOPS (`data/gpus.csv`). */
  readonly peakTflops: number;
  readonly gpuHours: number;
  readonly activeParams: number;
  readonly tokens: number;
  /** 6 × active parameters × tokens. */
  readonly flop: number;
  /** The authors' own FLOP figure, or null. */
  readonly reportedFlop: number | null;
  /** flop ÷ (GPU-hours × 3,600 × peak). */
  readonly mfu: number;
  readonly mfuText: string;
  /** The MFU its authors (or Epoch's reading of them) report at this precision, or null. */
  readonly reportedMfuLow: number | null;
  readonly reportedMfuHigh: number | null;
  readonly reportedMfuText: string;
  readonly source: string;
}

/**
 * Each run's model FLOP utilization from its published GPU-hours, at the GPU's dense BF16 peak and,
 * where it has one, its FP8 peak, beside the MFU its authors report. `runs` is `loadTable("training-runs")`
 * (GPU and hours), `compute` is `loadRunCompute()` (active parameters, tokens, reported figures).
 *
 * DeepSeek-V3: 6 × 37B × 14.8T = 3.29 × 10²⁴ FLOP in 2.664M H800-hours is 34.6% of 989.5 TFLOPS (BF16) and 17.3% of 1,979 (FP8).
 *
 * @category The frontier
 */
export function mfuRows(
  runs: ColumnTable | readonly TrainingRunRow[],
  compute: ColumnTable | readonly RunComputeRow[],
  options: { readonly ids?: readonly string[] } = {},
): MfuRow[] {
  knownKeys(options, ["ids"], "options");
  const { ids = MFU_RUNS } = options;
  const byId = new Map(rowsOf<TrainingRunRow>(runs, "runs").map((r) => [r.id, r]));
  const computeById = new Map(rowsOf<RunComputeRow>(compute, "compute").map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const run = byId.get(id);
    const c = computeById.get(id);
    if (!run || !c)
      fail("unknownEntry", {
        name: "run with compute figures",
        value: id,
        known: [...computeById.keys()].filter((k) => byId.has(k)),
      });
    if (run.gpu === null || run.gpu_hours === null)
      fail("unknownEntry", { name: "run with GPU and GPU-hours", value: id, known: [] });
    const flop = trainingFlop({ activeParams: c.active_params, tokens: c.tokens });
    const spec = gpuSpec(run.gpu);
    const precisions: PeakPrecision[] = spec.fp8Tflops === undefined ? ["bf16"] : ["bf16", "fp8"];
    return precisions.map((precision) => {
      const peak = peakFlopsPerGpu(run.gpu as string, precision);
      const mfu = modelFlopsUtilization({ flop, gpuHours: run.gpu_hours as number, peakFlopsPerGpu: peak });
      const reported = c.reported_mfu_precision === precision;
      return {
        id,
        model: run.model,
        gpu: spec.gpu,
        precision,
        peakTflops: peak / 1e12,
        gpuHours: run.gpu_hours as number,
        activeParams: c.active_params,
        tokens: c.tokens,
        flop,
        reportedFlop: c.reported_flop,
        mfu,
        mfuText: percentText(mfu),
        reportedMfuLow: reported ? c.reported_mfu_low : null,
        reportedMfuHigh: reported ? c.reported_mfu_high : null,
        reportedMfuText: reported ? percentText(c.reported_mfu_low as number, c.reported_mfu_high as number) : "—",
        source: c.source,
      };
    });
  });
}

/**
 * One sentence per run from {@link mfuRows}, every figure computed:
 * `DeepSeek-V3's 3.29 × 10²⁴ FLOP (6 × active parameters × tokens) in 2,664,000 H800-hours imply 34.6% of BF16 peak and 17.3% of FP8 peak; reported: 38.9–43.7% of BF16 peak.`
 *
 * @example
 * print(mfuSentences(mfuRows(loadTable("training-runs"), loadTable("run-compute"))));
 *
 * @category The frontier
 */
export function mfuSentences(rows: readonly MfuRow[]): string[] {
  resultsOf(rows, ["id", "model", "precision", "mfuText"], "rows", "mfuRows()");
  const ids = [...new Set(rows.map((r) => r.id))];
  return ids.map((id) => {
    const own = rows.filter((r) => r.id === id);
    const first = own[0] as MfuRow;
    const implied = own.map((r) => `${r.mfuText} of ${r.precision.toUpperCase()} peak`).join(" and ");
    const reported = own
      .filter((r) => r.reportedMfuLow !== null)
      .map((r) => `${r.reportedMfuText} of ${r.precision.toUpperCase()} peak`);
    return `${first.model}'s ${flopText(first.flop)} FLOP (6 × active parameters × tokens) in ${quantityText(first.gpuHours)} ${first.gpu}-hours imply ${implied}; reported: ${reported.length > 0 ? reported.join(", ") : "none"}.`;
  });
}
