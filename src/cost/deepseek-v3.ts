/**
 * DeepSeek-V3's own training-cost account: DeepSeek-AI, "DeepSeek-V3 Technical Report",
 * arXiv:2412.19437 (2024-12-27), Table 1: "Training Costs | Pre-Training | Context Extension |
 * Post-Training | Total; in H800 GPU Hours | 2664K | 119K | 5K | 2788K; in USD | $5.328M |
 * $0.238M | $0.01M | $5.576M", "assuming the rental price of H800 is $2 per GPU hour".
 * `test/cost/deepseek-v3.test.ts` checks these against `data/training-runs.csv`.
 */
import { runLengthTrainingStart } from "./training-start.js";

export interface TrainingStage {
  readonly stage: string;
  readonly gpuHours: number;
}

/** Table 1's three stages, in H800 GPU-hours. */
export const DEEPSEEK_V3_STAGES: readonly TrainingStage[] = Object.freeze([
  { stage: "Pre-training", gpuHours: 2_664_000 },
  { stage: "Context extension", gpuHours: 119_000 },
  { stage: "Post-training", gpuHours: 5_000 },
]);

/** Table 1's assumed H800 rental price, USD per GPU-hour. */
export const DEEPSEEK_V3_USD_PER_GPU_HOUR = 2;

/** The cluster: "trained on a cluster equipped with 2048 NVIDIA H800 GPUs" (§3.1). */
export const DEEPSEEK_V3_GPU_COUNT = 2_048;

/** The report's date: arXiv:2412.19437 v1, submitted 2024-12-27. */
export const DEEPSEEK_V3_PUBLISHED = "2024-12-27";

/** The run of `data/training-runs.csv` whose cost Table 1 gives: the three stages' total. */
export const DEEPSEEK_V3_RUN_ID = "deepseek-v3-total";

/**
 * What the figure leaves out, in the report's words (§1): "Note that the aforementioned costs
 * include only the official training of DeepSeek-V3, excluding the costs associated with prior
 * research and ablation experiments on architectures, algorithms, or data."
 */
export const DEEPSEEK_V3_SCOPE =
  "Note that the aforementioned costs include only the official training of DeepSeek-V3, excluding the costs associated with prior research and ablation experiments on architectures, algorithms, or data.";

/**
 * The developer, as Epoch AI's database names the organisation (`Organization`: DeepSeek, row
 * DeepSeek-V3 of data/All ML Systems - full view.csv at 263c40a): Epoch's PUE rule reads it.
 */
export const DEEPSEEK_V3_DEVELOPER = "DeepSeek";

/**
 * The final run's start by this project's rule (training-start.ts: the report's date − the run's
 * GPU-hours ÷ its 2,048 GPUs − 60 days): 2024-09-01. The default `trainingStart`, and the year the
 * electricity defaults to when no date is given.
 */
export const DEEPSEEK_V3_TRAINING_START = runLengthTrainingStart({
  published: DEEPSEEK_V3_PUBLISHED,
  gpuHours: DEEPSEEK_V3_STAGES.reduce((sum, s) => sum + s.gpuHours, 0),
  gpuCount: DEEPSEEK_V3_GPU_COUNT,
}).day;
