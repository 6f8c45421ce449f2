import { fail } from "./messages.js";
import { gpuSpec } from "../gpu/catalog.js";
import { peakPrecisions, type PeakPrecision } from "../data/load-run-compute.js";

export { peakPrecisions, type PeakPrecision } from "../data/load-run-compute.js";

/**
 * One GPU's dense peak in FLOP per second, from `data/gpus.csv` (TFLOPS × 10^12):
 * `peakFlopsPerGpu("H800", "bf16")` → 989.5e12, `peakFlopsPerGpu("H800", "fp8")` → 1,979e12.
 * A GPU without FP8 (A100, A800) is an error: `invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)`.
 *
 * @category Compute
 */
export function peakFlopsPerGpu(gpu: string, precision: PeakPrecision = "bf16"): number {
  if (!(peakPrecisions as readonly string[]).includes(precision)) {
    fail("notOneOf", { name: "precision", value: precision, choices: peakPrecisions });
  }
  const spec = gpuSpec(gpu);
  const tflops = precision === "bf16" ? spec.bf16Tflops : spec.fp8Tflops;
  if (tflops === undefined) fail("noPeak", { gpu: spec.gpu, precision });
  return tflops * 1e12;
}
